import type { CellValue, Grid, GridRow, MergedArea } from '../../core/sheet/grid';
import { PortError } from '../../core/ports/workbook-port';
import { cellValue } from './cell-value';
import type { ReadBudget } from './read-budget';
import type { CellStyles } from './read-styles';
import { appendCellText } from './xstring';
import type { XmlHandler, XmlTokenizer } from './xml-tokenizer';

/** What reading a sheet needs from the rest of the workbook. */
export interface SheetContext {
  readonly sharedStrings: readonly string[];
  readonly styles: CellStyles;
  /** The workbook counts dates from 1904 (`workbookPr/@date1904`): date serials are moved to 1900's. */
  readonly date1904: boolean;
  readonly budget: ReadBudget;
}

/** Days from 1900-01-00 (Excel's day 0 of the 1900 system) to 1904-01-01. */
const DAYS_1900_TO_1904 = 1462;
/** The largest sheet Excel has: XFD1048576. */
const MAX_ROWS = 1_048_576;
const MAX_COLS = 16_384;
/** The format given to an ISO date cell whose own format shows no date (it was written as a date). */
const ISO_DATE_FORMAT = 'yyyy-mm-dd';

const NONE = 0;
const VALUE = 1;
const FORMULA = 2;
const INLINE = 3;

/**
 * A handler for a worksheet part (ECMA-376 Part 1, 18.3) that builds core's sparse grid as the
 * sheet streams past: one row per `<row>` with cells, each with only its own cells, so memory
 * follows the cells, never the rectangle around them. Merged areas come from `mergeCells`.
 * Cells are counted against the budget as they are kept.
 *
 * @example
 * const sheet = new WorksheetHandler('活动安排', context); pkg.read('xl/worksheets/sheet1.xml', sheet);
 * sheet.grid() //=> { sheetName: '活动安排', rows: [{ row: 0, cols: [0, 1], values: ['月份', '活动'] }, …], merges: […] }
 */
export class WorksheetHandler implements XmlHandler {
  private readonly rows: GridRow[] = [];
  private readonly merges: MergedArea[] = [];
  private readonly sharedFormulas = new Map<string, string>();
  private inSheetData = false;
  private ordered = true;
  // The row being filled, in arrays reused from row to row: a row keeps exact-size copies, where
  // arrays grown by push would keep room for 17 cells each.
  private rowIndex = -1;
  private readonly cols: number[] = [];
  /** The columns of the row finished last, shared by the next row that has the same. */
  private lastCols: readonly number[] = [];
  private readonly values: CellValue[] = [];
  /** Cells in `cols` and `values` so far (the arrays are never shrunk, so they keep their room). */
  private count = 0;
  /** Formats beside `values`, made only once a cell of the row has one. */
  private formats: (string | undefined)[] | null = null;
  private rowOrdered = true;
  // The cell being read.
  private col = -1;
  private type: string | null = null;
  private style = 0;
  private value: string | number | null = null;
  private formula: string | null = null;
  private sharedIndex: string | null = null;
  private inline: string | null = null;
  private mode = NONE;
  private inInline = false;
  private inPhonetic = false;

  constructor(
    private readonly sheetName: string,
    private readonly context: SheetContext,
  ) {}

  open(name: string, t: XmlTokenizer): void {
    if (name === 'sheetData') this.inSheetData = true;
    else if (name === 'mergeCell') this.addMerge(t);
    else if (this.inSheetData) this.openInSheetData(name, t);
  }

  close(name: string, t: XmlTokenizer): void {
    if (!this.inSheetData) return;
    switch (name) {
      case 'v':
      case 't':
      case 'f':
        if (name === 'f') this.rememberSharedFormula();
        this.mode = NONE;
        t.capture = false;
        return;
      case 'is':
        this.inInline = false;
        return;
      case 'rPh':
        this.inPhonetic = false;
        return;
      case 'c':
        this.finishCell();
        return;
      case 'row':
        this.finishRow();
        return;
      case 'sheetData':
        this.finishRow();
        this.inSheetData = false;
        return;
      default:
        return;
    }
  }

  text(t: XmlTokenizer): void {
    if (this.mode === VALUE) {
      // Numbers and shared-string indexes, nearly every cell, are parsed from the bytes with no string made.
      const numeric = this.type === null || this.type === 'n' || this.type === 's';
      this.value = numeric && this.value === '' ? t.textNumber() : appendCellText(String(this.value ?? ''), t.text());
    } else if (this.mode === FORMULA) this.formula = appendCellText(this.formula ?? '', t.text());
    else if (this.mode === INLINE) this.inline = appendCellText(this.inline ?? '', t.text());
  }

  /** The sheet as read; call once the part has been read to its end. */
  grid(): Grid {
    this.finishRow();
    return { sheetName: this.sheetName, rows: this.ordered ? this.rows : inRowOrder(this.rows), merges: this.merges };
  }

  private openInSheetData(name: string, t: XmlTokenizer): void {
    switch (name) {
      case 'row': {
        this.finishRow();
        this.rowIndex = t.attrSpan('r') ? rowNumber(t) - 1 : this.rowIndex + 1;
        this.col = -1;
        return;
      }
      case 'c':
        this.startCell(t);
        return;
      case 'v':
        this.capture(t, VALUE);
        this.value = '';
        return;
      case 'f':
        this.capture(t, FORMULA);
        this.formula = '';
        if (t.attr('t') === 'shared') this.sharedIndex = t.attr('si');
        return;
      case 'is':
        this.inInline = true;
        this.inline = '';
        return;
      case 't':
        if (this.inInline && !this.inPhonetic) this.capture(t, INLINE);
        return;
      case 'rPh':
        this.inPhonetic = true;
        return;
      default:
        return;
    }
  }

  private capture(t: XmlTokenizer, mode: number): void {
    this.mode = mode;
    t.capture = true;
  }

  private startCell(t: XmlTokenizer): void {
    let row = this.rowIndex < 0 ? 0 : this.rowIndex;
    let col = row === this.rowIndex ? this.col + 1 : 0;
    this.type = null;
    this.style = 0;
    while (t.nextAttr()) {
      if (t.attrNameIs('r')) {
        const at = parseRef(t.bytes, t.spanFrom, t.spanTo);
        row = Math.floor(at / MAX_COLS);
        col = at % MAX_COLS;
      } else if (t.attrNameIs('t')) this.type = cellType(t.bytes, t.spanFrom, t.spanTo);
      else if (t.attrNameIs('s')) this.style = t.textNumber();
    }
    if (row !== this.rowIndex) {
      this.finishRow();
      this.rowIndex = row;
    }
    this.col = col;
    this.value = this.formula = this.inline = this.sharedIndex = null;
  }

  private finishCell(): void {
    if (this.value === null && this.formula === null && this.inline === null) return;
    const { sharedStrings, styles, date1904, budget } = this.context;
    let formula = this.formula;
    if (formula === '' && this.sharedIndex !== null) formula = this.sharedFormulas.get(this.sharedIndex) ?? '';
    let v = cellValue({ type: this.type, value: this.value, formula, inline: this.inline }, sharedStrings);
    if (v === null) return;
    let format = styles.formats[this.style];
    if (typeof v === 'number') {
      const isDate = styles.dates[this.style] === true;
      if (this.type === 'd' && !isDate) format = ISO_DATE_FORMAT;
      else if (date1904 && isDate && this.type !== 'd') v += DAYS_1900_TO_1904;
    }
    budget.addCells(1);
    const n = this.count;
    if (n > 0 && this.cols[n - 1] >= this.col) this.rowOrdered = false;
    this.cols[n] = this.col;
    this.values[n] = v;
    this.count = n + 1;
    if (format !== undefined && this.formats === null) this.formats = new Array<string | undefined>(n).fill(undefined);
    if (this.formats !== null) this.formats.push(format);
  }

  private rememberSharedFormula(): void {
    if (this.sharedIndex !== null && this.formula) this.sharedFormulas.set(this.sharedIndex, this.formula);
  }

  private finishRow(): void {
    const n = this.count;
    if (n === 0) return;
    const rows = this.rows;
    if (rows.length > 0 && rows[rows.length - 1].row >= this.rowIndex) this.ordered = false;
    const cols = this.sameCols(n) ?? this.cols.slice(0, n);
    this.lastCols = cols;
    const values = this.values.slice(0, n);
    const row: GridRow =
      this.formats !== null ? { row: this.rowIndex, cols, values, formats: this.formats } : { row: this.rowIndex, cols, values };
    rows.push(this.rowOrdered ? row : mergedRow(this.rowIndex, [row]));
    this.count = 0;
    this.formats = null;
    this.rowOrdered = true;
  }

  /**
   * The previous row's columns when this row has the same ones: a schedule's rows mostly fill the
   * same columns, and a row's `cols` is never written to, so one array serves them all.
   */
  private sameCols(n: number): readonly number[] | null {
    const last = this.lastCols;
    if (last.length !== n) return null;
    for (let i = 0; i < n; i++) if (last[i] !== this.cols[i]) return null;
    return last;
  }

  private addMerge(t: XmlTokenizer): void {
    if (!t.attrSpan('ref')) return;
    this.context.budget.addCells(1);
    this.merges.push(parseRange(t.bytes, t.spanFrom, t.spanTo));
  }
}

/** Rows written out of order, or one row written twice, put back as core expects them: ascending, one each. */
function inRowOrder(rows: readonly GridRow[]): GridRow[] {
  const byRow = new Map<number, GridRow[]>();
  for (const row of rows) byRow.set(row.row, [...(byRow.get(row.row) ?? []), row]);
  return [...byRow.keys()].sort((a, b) => a - b).map((r) => mergedRow(r, byRow.get(r)!));
}

/** One row from the cells of `parts`, in column order; of two cells in one column the later one stays, as Excel keeps it. */
function mergedRow(row: number, parts: readonly GridRow[]): GridRow {
  if (parts.length === 1 && isAscending(parts[0].cols)) return parts[0];
  const cells = parts.flatMap((p) => p.cols.map((c, i) => ({ c, v: p.values[i], f: p.formats?.[i] })));
  cells.sort((a, b) => a.c - b.c); // stable: of two cells in one column, the later stays later
  const kept = cells.filter((cell, i) => i === cells.length - 1 || cells[i + 1].c !== cell.c);
  const formats = kept.map((cell) => cell.f);
  const merged = { row, cols: kept.map((cell) => cell.c), values: kept.map((cell) => cell.v) };
  return formats.some((f) => f !== undefined) ? { ...merged, formats } : merged;
}

function isAscending(cols: readonly number[]): boolean {
  for (let i = 1; i < cols.length; i++) if (cols[i] <= cols[i - 1]) return false;
  return true;
}

function damaged(detail: string): PortError {
  return PortError.file({ code: 'file_damaged' }, detail);
}

const CELL_TYPES = ['s', 'n', 'b', 'e', 'd', 'str', 'inlineStr'] as const;

/** A cell's `t` as one of the few types there are, read from the bytes with no string made. */
function cellType(bytes: Uint8Array, from: number, to: number): string {
  for (const type of CELL_TYPES) {
    if (type.length !== to - from) continue;
    let same = true;
    for (let i = 0; i < type.length && same; i++) same = bytes[from + i] === type.charCodeAt(i);
    if (same) return type;
  }
  return String.fromCharCode(...bytes.subarray(from, to));
}

function rowNumber(t: XmlTokenizer): number {
  const n = t.textNumber();
  if (!Number.isInteger(n) || n < 1 || n > MAX_ROWS) throw damaged(`row number ${t.text()}`);
  return n;
}

/**
 * An A1 reference ('XFD1048576', `$` signs allowed) in `bytes[from, to)`, parsed from the bytes
 * as one number, zero-based `row * 16384 + col` (no object made for a cell).
 *
 * @example
 * parseRef(utf8('B3'), 0, 2) //=> 2 * 16384 + 1
 */
export function parseRef(bytes: Uint8Array, from: number, to: number): number {
  let col = 0;
  let row = 0;
  let i = from;
  if (bytes[i] === 36) i++;
  for (; i < to; i++) {
    const c = bytes[i] & ~32; // upper case
    if (c < 65 || c > 90) break;
    col = col * 26 + (c - 64);
  }
  if (bytes[i] === 36) i++;
  const digitsFrom = i;
  for (; i < to; i++) {
    const d = bytes[i] - 48;
    if (d < 0 || d > 9) break;
    row = row * 10 + d;
  }
  if (i !== to || i === digitsFrom || col < 1 || col > MAX_COLS || row < 1 || row > MAX_ROWS) {
    throw damaged(`cell reference ${String.fromCharCode(...bytes.subarray(from, to))}`);
  }
  return (row - 1) * MAX_COLS + (col - 1);
}

function parseRange(bytes: Uint8Array, from: number, to: number): MergedArea {
  const colon = bytes.subarray(from, to).indexOf(58);
  const a = parseRef(bytes, from, colon < 0 ? to : from + colon);
  const b = colon < 0 ? a : parseRef(bytes, from + colon + 1, to);
  const [aRow, aCol, bRow, bCol] = [Math.floor(a / MAX_COLS), a % MAX_COLS, Math.floor(b / MAX_COLS), b % MAX_COLS];
  return { top: Math.min(aRow, bRow), left: Math.min(aCol, bCol), bottom: Math.max(aRow, bRow), right: Math.max(aCol, bCol) };
}
