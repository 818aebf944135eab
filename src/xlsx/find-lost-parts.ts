import type { LostPartKind } from '../core/lost-part-label';

export type { LostPartKind };

export interface LostPart {
  readonly kind: LostPartKind;
  /** The zip entries of the original file behind it, e.g. ['xl/charts/chart1.xml']. */
  readonly parts: readonly string[];
}

const KINDS: readonly (readonly [LostPartKind, RegExp])[] = [
  ['charts', /^xl\/(charts|chartsheets)\/[^/]+\.xml$/],
  ['pivot_tables', /^xl\/(pivotTables|pivotCache)\/[^/]+\.xml$/],
  ['slicers', /^xl\/(slicers|slicerCaches|timelines|timelineCaches)\/[^/]+\.xml$/],
  ['external_links', /^xl\/externalLinks\/[^/]+\.xml$/],
  ['form_controls', /^xl\/(ctrlProps|activeX)\/[^/]+$/],
  ['embedded_objects', /^xl\/embeddings\/[^/]+$/],
  ['macros', /vbaProject\.bin$/],
  ['threaded_comments', /^xl\/(threadedComments\/[^/]+|persons\/person)\.xml$/],
  ['data_connections', /^(xl\/connections\.xml|xl\/queryTables\/[^/]+\.xml|xl\/model\/.+|customXml\/.+)$/],
];

const DRAWING = /^xl\/drawings\/drawing\d+\.xml$/;

/**
 * What the original file held that the rewritten copy lacks, by kind, judged
 * from the zip entry names of both. exceljs keeps cells, styles, merges, data
 * validations, conditional formats, notes, images, tables and defined names,
 * but drops charts, shapes, pivot tables, slicers and the like; the copy must
 * say so rather than lose them silently. Drawings are compared by count, since
 * exceljs writes its own drawing parts for the images it keeps.
 *
 * @example
 * findLostParts(['xl/charts/chart1.xml', 'xl/workbook.xml'], ['xl/workbook.xml'])
 * //=> [{ kind: 'charts', parts: ['xl/charts/chart1.xml'] }]
 */
export function findLostParts(before: readonly string[], after: readonly string[]): LostPart[] {
  const kept = new Set(after);
  const lost: LostPart[] = [];
  for (const [kind, pattern] of KINDS) {
    const parts = before.filter((name) => pattern.test(name) && !kept.has(name));
    if (parts.length > 0) lost.push({ kind, parts });
  }
  const drawingsBefore = before.filter((n) => DRAWING.test(n));
  const drawingsAfter = after.filter((n) => DRAWING.test(n)).length;
  if (drawingsBefore.length > drawingsAfter) lost.push({ kind: 'drawings', parts: drawingsBefore.slice(drawingsAfter) });
  return lost;
}
