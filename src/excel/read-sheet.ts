import { jsonByteLength } from '../core/json-byte-length';
import { planBlocks } from '../core/plan-blocks';
import { gridFromValues } from '../core/grid-from-values';
import type { CellValue, Grid, MergedArea } from '../core/types';
import { fromHostValue } from './cell-input';
import { MAX_CELLS_PER_READ, PAYLOAD_BUDGET } from './limits';
import { isApiSupported } from './requirements';
import { isPayloadTooLarge } from './to-port-error';

/** Rows read to measure a sheet too large for one response, before planning its blocks. */
const SAMPLE_ROWS = 100;
/** Bytes per row are measured on the rows read so far; the next rows may be longer. */
const SAFETY = 1.25;

interface Block {
  values: unknown[][];
  formats: unknown[][];
}

type MergedAreas = Excel.RangeAreas | null;

/**
 * A sheet's used range as core's Grid: values, number formats and merged
 * areas, in one round trip when Excel can send it in one response. Excel on the
 * web refuses a response over 5 MB; a sheet that large is then measured (its
 * size and first rows, one more round trip) and read in blocks of rows that each
 * fit, one round trip per block. Without ExcelApi 1.13 merged areas cannot be
 * read: `merges` is null, so that core says so instead of guessing.
 */
export async function readSheet(context: Excel.RequestContext, name: string): Promise<Grid> {
  const withMerges = isApiSupported('1.13');
  const sheet = context.workbook.worksheets.getItem(name);
  sheet.load('name');
  // getUsedRange, not …OrNullObject: what a call on a null object gives is undocumented.
  const used = sheet.getUsedRange();
  used.load('rowIndex,columnIndex,rowCount,columnCount,values,numberFormat');
  const merged = loadMerges(used, withMerges);
  try {
    await context.sync();
  } catch (error) {
    if (!isPayloadTooLarge(error)) throw error;
    return readInBlocks(context, name, withMerges);
  }
  if (isBlank(used)) return emptyGrid(sheet.name, withMerges);
  // Over Excel's cell limit for one read, `values` can come back null instead of an error.
  if (!Array.isArray(used.values) || !Array.isArray(used.numberFormat)) return readInBlocks(context, name, withMerges);
  return toGrid(sheet.name, used.rowIndex, used.columnIndex, [{ values: used.values, formats: used.numberFormat }], merges(merged));
}

async function readInBlocks(context: Excel.RequestContext, name: string, withMerges: boolean): Promise<Grid> {
  const sheet = context.workbook.worksheets.getItem(name);
  sheet.load('name');
  const used = sheet.getUsedRange();
  used.load('rowIndex,columnIndex,rowCount,columnCount');
  // The sample may reach below the used range; only the used rows are kept.
  const sample = used.getRow(0).getResizedRange(SAMPLE_ROWS - 1, 0);
  sample.load('values,numberFormat');
  const merged = loadMerges(used, withMerges);
  await context.sync();

  const { rowIndex, columnIndex, rowCount, columnCount } = used;
  const sampled = Math.min(SAMPLE_ROWS, rowCount);
  const first: Block = { values: sample.values.slice(0, sampled), formats: sample.numberFormat.slice(0, sampled) };
  const maxRows = Math.floor(MAX_CELLS_PER_READ / columnCount);
  const parts: Block[] = [first];
  let bytesPerRow = jsonByteLength(first) / sampled;
  // One round trip per block of rows (never per row), each sized from the rows read before it.
  for (let next = sampled; next < rowCount; ) {
    const [block] = planBlocks(rowCount - next, Math.max(64, Math.ceil(bytesPerRow * SAFETY)), PAYLOAD_BUDGET, { maxRows });
    const part = await readBlock(context, name, rowIndex + next, columnIndex, block.count, columnCount);
    parts.push(part);
    bytesPerRow = jsonByteLength(part) / block.count;
    next += block.count;
  }
  return toGrid(sheet.name, rowIndex, columnIndex, parts, merges(merged));
}

/** Reads a block of rows; when the sample misjudged and Excel still refuses it, reads the two halves. */
async function readBlock(context: Excel.RequestContext, name: string, row: number, col: number, rows: number, cols: number): Promise<Block> {
  const range = context.workbook.worksheets.getItem(name).getRangeByIndexes(row, col, rows, cols);
  range.load('values,numberFormat');
  try {
    await context.sync();
    return { values: range.values, formats: range.numberFormat };
  } catch (error) {
    if (!isPayloadTooLarge(error) || rows === 1) throw error;
    const half = Math.ceil(rows / 2);
    const top = await readBlock(context, name, row, col, half, cols);
    const bottom = await readBlock(context, name, row + half, col, rows - half, cols);
    return { values: [...top.values, ...bottom.values], formats: [...top.formats, ...bottom.formats] };
  }
}

/** Excel gives a blank sheet's used range as the single empty cell A1. */
function isBlank(used: Excel.Range): boolean {
  return used.rowCount === 1 && used.columnCount === 1 && Array.isArray(used.values) && used.values[0]?.[0] === '';
}

function emptyGrid(sheetName: string, withMerges: boolean): Grid {
  return { sheetName, rows: [], merges: withMerges ? [] : null };
}

function loadMerges(used: Excel.Range, withMerges: boolean): MergedAreas {
  if (!withMerges) return null;
  const merged = used.getMergedAreasOrNullObject();
  // Loaded through the areas object itself: it is a null object when nothing is merged.
  merged.load('areas/items/rowIndex,areas/items/columnIndex,areas/items/rowCount,areas/items/columnCount');
  return merged;
}

function merges(merged: MergedAreas): MergedArea[] | null {
  if (merged === null) return null;
  if (merged.isNullObject) return [];
  return merged.areas.items.map((a) => ({
    top: a.rowIndex,
    left: a.columnIndex,
    bottom: a.rowIndex + a.rowCount - 1,
    right: a.columnIndex + a.columnCount - 1,
  }));
}

function toGrid(sheetName: string, row: number, col: number, parts: readonly Block[], merged: MergedArea[] | null): Grid {
  const values: CellValue[][] = [];
  const formats: string[][] = [];
  for (const part of parts) {
    for (const r of part.values) values.push(r.map(fromHostValue));
    for (const r of part.formats) formats.push(r.map((f) => (typeof f === 'string' ? f : 'General')));
  }
  return gridFromValues(sheetName, values, { origin: { row, col }, formats, merges: merged });
}
