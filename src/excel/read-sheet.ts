import { jsonByteLength } from '../core/ports/json-byte-length';
import { planBlocks } from '../core/ports/plan-blocks';
import { gridFromValues } from '../core/sheet/grid-from-values';
import type { CellValue, Grid, MergedArea } from '../core/sheet/grid';
import { PortError } from '../core/ports/workbook-port';
import { fromHostValue } from './cell-input';
import { CELL_READ_LIMIT, MAX_CELLS_PER_READ, MAX_MERGE_TILES, PAYLOAD_BUDGET } from './limits';
import { mergeTileCount, mergeTiles, type Rect } from './merge-tiles';
import { isApiSupported } from './requirements';
import { isPayloadTooLarge, officeErrorCode } from './to-port-error';

/** Rows read to measure a sheet too large for one response, before planning its blocks. */
const SAMPLE_ROWS = 100;
/** Bytes per row are measured on the rows read so far; the next rows may be longer. */
const SAFETY = 1.25;

interface Block {
  values: unknown[][];
  formats: unknown[][];
}

/** A block's first row and column, and its row and column counts. */
type BlockAt = [row: number, col: number, rows: number, cols: number];

/** The failures that say nothing about merged areas: a read that failed so fails again without them. */
const NOT_ABOUT_MERGES = /^(ItemNotFound|InvalidOperationInCellEditMode|ApiNotFound|AccessDenied|InvalidObjectPath)$/;

/** A sheet's used range read in one or more parts (blocks of rows). */
interface Read {
  readonly sheetName: string;
  readonly used: Rect;
  readonly parts: readonly Block[];
}

/** What one optimistic read of the whole used range gave. */
type Whole =
  | { readonly kind: 'read'; readonly sheetName: string; readonly used: Rect; readonly block: Block; readonly merges: MergedArea[] | null }
  | { readonly kind: 'blank'; readonly sheetName: string }
  /** Too large for one response, or for one read (then `used` is known when Excel answered null). */
  | { readonly kind: 'large'; readonly used: Rect | null };

/**
 * A sheet's used range as core's Grid: values, number formats and merged areas, in one round trip
 * when Excel can send it in one response. The used range counts cells with values only
 * (getUsedRange(true), ExcelApi 1.2): a fill, a border or a drop-down down a whole column would
 * otherwise stretch it to row 1,048,576. Beyond that, four things real hosts do:
 * - a response over Excel on the web's 5 MB is refused: the sheet is measured (its size and first
 *   rows, one more round trip) and read in blocks of rows that each fit, one round trip per block;
 * - a read of more than 5,000,000 cells gives null values or RangeExceedsLimit: such a used range is
 *   refused in words (PortError 'range_too_large'), whichever Excel chose;
 * - getMergedAreasOrNullObject fails over 512 merged areas, failing the whole read: the values are
 *   read again without them, and the merged areas in tiles that cannot hold more (one round trip);
 * - without ExcelApi 1.13 merged areas cannot be read: `merges` is null, so that core says so.
 */
export async function readSheet(context: Excel.RequestContext, name: string): Promise<Grid> {
  const withMerges = isApiSupported('1.13');
  let whole: Whole;
  let mergesInTiles = false;
  try {
    whole = await readWhole(context, name, withMerges);
  } catch (error) {
    // Excel names no error for the 512-area failure: any other failure fails this read again.
    if (!withMerges || NOT_ABOUT_MERGES.test(officeErrorCode(error))) throw error;
    whole = await readWhole(context, name, false);
    mergesInTiles = true;
  }
  if (whole.kind === 'blank') return { sheetName: whole.sheetName, rows: [], merges: withMerges ? [] : null };
  if (whole.kind === 'read' && !mergesInTiles) return toGrid(whole.sheetName, whole.used, [whole.block], whole.merges);
  const read: Read = whole.kind === 'read' ? { ...whole, parts: [whole.block] } : await readInBlocks(context, name, whole.used);
  const merges = withMerges ? await readMergesInTiles(context, name, read.used) : null;
  return toGrid(read.sheetName, read.used, read.parts, merges);
}

/** One round trip: the used range with its values, formats and (where asked) merged areas. */
async function readWhole(context: Excel.RequestContext, name: string, withMerges: boolean): Promise<Whole> {
  const sheet = context.workbook.worksheets.getItem(name);
  sheet.load('name');
  // getUsedRange, not …OrNullObject: what a call on a null object gives is undocumented.
  const used = sheet.getUsedRange(true);
  used.load('rowIndex,columnIndex,rowCount,columnCount,values,numberFormat');
  const merged = withMerges ? loadMerges(used) : null;
  try {
    await context.sync();
  } catch (error) {
    if (isPayloadTooLarge(error) || officeErrorCode(error) === 'RangeExceedsLimit') return { kind: 'large', used: null };
    throw error;
  }
  const rect = rectOf(used);
  if (isBlank(used)) return { kind: 'blank', sheetName: sheet.name };
  // Over Excel's cell limit for one read, `values` can come back null instead of an error.
  if (!Array.isArray(used.values) || !Array.isArray(used.numberFormat)) return { kind: 'large', used: rect };
  const block = { values: used.values, formats: used.numberFormat };
  return { kind: 'read', sheetName: sheet.name, used: rect, block, merges: merged === null ? null : mergesOf(merged) };
}

/** Measures the used range (unless already known) with its first rows, then reads the rest in blocks. */
async function readInBlocks(context: Excel.RequestContext, name: string, known: Rect | null): Promise<Read> {
  if (known) checkCellLimit(known);
  const sheet = context.workbook.worksheets.getItem(name);
  sheet.load('name');
  const used = sheet.getUsedRange(true);
  used.load('rowIndex,columnIndex,rowCount,columnCount');
  // The sample may reach below the used range; only the used rows are kept.
  const sample = used.getRow(0).getResizedRange(SAMPLE_ROWS - 1, 0);
  sample.load('values,numberFormat');
  await context.sync();

  const rect = rectOf(used);
  checkCellLimit(rect);
  const sampled = Math.min(SAMPLE_ROWS, rect.rows);
  const first: Block = { values: sample.values.slice(0, sampled), formats: sample.numberFormat.slice(0, sampled) };
  const maxRows = Math.floor(MAX_CELLS_PER_READ / rect.cols);
  const parts: Block[] = [first];
  let bytesPerRow = jsonByteLength(first) / sampled;
  // One round trip per block of rows (never per row), each sized from the rows read before it.
  for (let next = sampled; next < rect.rows;) {
    const [block] = planBlocks(rect.rows - next, Math.max(64, Math.ceil(bytesPerRow * SAFETY)), PAYLOAD_BUDGET, { maxRows });
    const part = await readBlock(context, name, rect.row + next, rect.col, block.count, rect.cols);
    parts.push(part);
    bytesPerRow = jsonByteLength(part) / block.count;
    next += block.count;
  }
  return { sheetName: sheet.name, used: rect, parts };
}

/** A used range beyond what Excel reads at once is refused, whatever Excel would have answered. */
function checkCellLimit(used: Rect): void {
  if (used.rows * used.cols > CELL_READ_LIMIT) {
    throw new PortError('range_too_large', `${used.rows} rows × ${used.cols} columns = ${used.rows * used.cols} cells`);
  }
}

/** Reads a block of rows; when the sample misjudged and Excel still refuses it, reads the two halves. */
async function readBlock(context: Excel.RequestContext, name: string, ...[row, col, rows, cols]: BlockAt): Promise<Block> {
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

/**
 * The merged areas of the used range in one round trip, asked tile by tile (mergeTiles) so that
 * no tile can exceed Excel's 512; null (core then warns) for a range needing too many tiles.
 */
async function readMergesInTiles(context: Excel.RequestContext, name: string, used: Rect): Promise<MergedArea[] | null> {
  if (mergeTileCount(used) > MAX_MERGE_TILES) return null;
  const sheet = context.workbook.worksheets.getItem(name);
  const tiles = mergeTiles(used).map((t) => loadMerges(sheet.getRangeByIndexes(t.row, t.col, t.rows, t.cols)));
  await context.sync();
  // An area is in the one tile holding its top-left cell (office-js #3611): none comes twice.
  return tiles.flatMap(mergesOf);
}

function rectOf(used: Excel.Range): Rect {
  return { row: used.rowIndex, col: used.columnIndex, rows: used.rowCount, cols: used.columnCount };
}

/** Excel gives a blank sheet's used range as the single empty cell A1. */
function isBlank(used: Excel.Range): boolean {
  return used.rowCount === 1 && used.columnCount === 1 && Array.isArray(used.values) && used.values[0]?.[0] === '';
}

function loadMerges(range: Excel.Range): Excel.RangeAreas {
  const merged = range.getMergedAreasOrNullObject();
  // Loaded through the areas object itself: it is a null object when nothing is merged.
  merged.load('areas/items/rowIndex,areas/items/columnIndex,areas/items/rowCount,areas/items/columnCount');
  return merged;
}

function mergesOf(merged: Excel.RangeAreas): MergedArea[] {
  if (merged.isNullObject) return [];
  return merged.areas.items.map((a) => ({
    top: a.rowIndex,
    left: a.columnIndex,
    bottom: a.rowIndex + a.rowCount - 1,
    right: a.columnIndex + a.columnCount - 1,
  }));
}

function toGrid(sheetName: string, used: Rect, parts: readonly Block[], merged: MergedArea[] | null): Grid {
  const values: CellValue[][] = [];
  const formats: string[][] = [];
  for (const part of parts) {
    for (const r of part.values) values.push(r.map(fromHostValue));
    for (const r of part.formats) formats.push(r.map((f) => (typeof f === 'string' ? f : 'General')));
  }
  return gridFromValues(sheetName, values, { origin: { row: used.row, col: used.col }, formats, merges: merged });
}
