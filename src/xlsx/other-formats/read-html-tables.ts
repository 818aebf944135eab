import type { CellValue, Grid, GridRow, MergedArea } from '../../core/sheet/grid';
import { PortError } from '../../core/ports/workbook-port';
import type { ReadLimits } from '../read-limits';
import type { WorkbookData } from '../../core/ports/workbook-data';
import { cellBudget, type CellBudget } from './cell-budget';
import { decodeHtmlEntities } from './decode-html-entities';
import { decodeText } from './decode-text';
import { looksLikeText } from './looks-like-text';
import { scanHtml } from './scan-html';
import { textCellValue } from './text-cell-value';

/** The spans HTML allows (colspan ≤ 1000, rowspan ≤ 65534); rowspan=0 ("to the end") counts as 1. */
const MAX_COLSPAN = 1000;
const MAX_ROWSPAN = 65534;

/** What a page saved as .xls says about itself when it is a page and not text. */
const PAGE_MARKUP = /<(?:html|head|body|meta|title|div|p|span|form|frameset)\b/i;

/**
 * The tables of an HTML page — what OA and web systems export and name .xls, and what
 * "Save as web page" writes — as a workbook of one sheet per table with values. The charset
 * comes from the bytes or the page's `<meta charset>` (see `decodeText`); each cell's text is
 * what a browser shows (markup dropped, white space collapsed, `<br>` a line break, character
 * references decoded) and becomes a value as `textCellValue` decides; rowspan and colspan
 * become merged areas. A table inside another table's cell is a sheet of its own, and a layout
 * table left with no text is none. Sheets are named as Excel's own `<x:Name>` elements say, else
 * by the table's caption or LibreOffice's heading, else Sheet1, Sheet2 ….
 *
 * A page with no table is `file_web_page_no_table`; text that is no page `file_not_spreadsheet`.
 *
 * @example
 * readHtmlTables(gb2312Bytes, READ_LIMITS).sheets[0].merges //=> [{ top: 0, left: 0, bottom: 0, right: 5 }, …]
 */
export function readHtmlTables(bytes: Uint8Array, limits: ReadLimits): WorkbookData {
  const { text } = decodeText(bytes, { declared: declaredCharset(bytes) });
  if (!looksLikeText(text)) throw PortError.file({ code: 'file_not_spreadsheet', looksLike: null }, 'binary bytes');
  const tables = collectTables(text, cellBudget(limits)).filter((t) => t.rows.length > 0);
  if (tables.length === 0) {
    if (PAGE_MARKUP.test(text.slice(0, 64 * 1024)) || /<table\b/i.test(text)) {
      throw PortError.file({ code: 'file_web_page_no_table' });
    }
    throw PortError.file({ code: 'file_not_spreadsheet', looksLike: 'text' }, 'no markup');
  }
  const names = sheetNames(text, tables);
  const sheets: Grid[] = tables.map((t, i) => ({ sheetName: names[i], rows: t.rows, merges: t.merges }));
  const sheetTables: Record<string, readonly string[]> = {};
  for (const name of names) sheetTables[name] = [];
  return { kind: 'html', sheets, settings: {}, sheetNames: names, sheetTables };
}

/** The charset a page declares in its first bytes (`<meta charset=…>` or `content="…; charset=…"`). */
function declaredCharset(bytes: Uint8Array): string | null {
  let head = '';
  const n = Math.min(bytes.length, 4096);
  for (let i = 0; i < n; i++) head += String.fromCharCode(bytes[i]);
  return /<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)/i.exec(head)?.[1] ?? null;
}

interface Table {
  readonly order: number;
  readonly rows: GridRow[];
  readonly merges: MergedArea[];
  /** The caption, or the heading LibreOffice writes before each sheet's table. */
  label: string;
}

interface Building extends Table {
  row: number;
  col: number;
  /** Column → the last row a cell spanning down from above covers. */
  readonly covered: Map<number, number>;
  cols: number[];
  values: CellValue[];
  cell: { text: string } | null;
  inCaption: boolean;
}

/** Every table of the page, in document order, built as the page is scanned. */
function collectTables(html: string, budget: CellBudget): Table[] {
  const done: Table[] = [];
  const open: Building[] = [];
  let heading: { em: string } | null = null;
  let headingLabel = '';
  let inEm = false;
  let order = 0;
  scanHtml(html, {
    tag: (name, closing, attributes) => {
      const table = open[open.length - 1];
      if (name === 'table') {
        if (!closing) {
          open.push(newTable(order++, headingLabel));
          headingLabel = '';
        } else if (table) {
          finishRow(table, budget);
          done.push(open.pop()!);
        }
      } else if (table) {
        tableTag(table, name, closing, attributes, budget);
      } else if (/^h[1-6]$/.test(name)) {
        if (!closing) heading = { em: '' };
        else if (heading) [headingLabel, heading] = [heading.em.trim(), null];
      } else if (name === 'em') {
        inEm = !closing;
      }
    },
    text: (raw) => {
      const table = open[open.length - 1];
      if (table?.cell) table.cell.text += cellText(raw);
      else if (table?.inCaption) table.label += cellText(raw);
      else if (!table && heading && inEm) heading.em += cellText(raw);
    },
  });
  while (open.length > 0) {
    const table = open.pop()!;
    finishRow(table, budget);
    done.push(table);
  }
  return done.sort((a, b) => a.order - b.order);
}

function newTable(order: number, label: string): Building {
  return { order, rows: [], merges: [], label, row: -1, col: 0, covered: new Map(), cols: [], values: [], cell: null, inCaption: false };
}

/** A tag inside a table: rows, cells, line breaks, the caption. */
function tableTag(table: Building, name: string, closing: boolean, attributes: string, budget: CellBudget): void {
  switch (name) {
    case 'tr':
      finishRow(table, budget);
      if (!closing) {
        table.row++;
        table.col = 0;
      }
      return;
    case 'td':
    case 'th':
      finishCell(table, budget);
      if (!closing) startCell(table, attributes, budget);
      return;
    case 'br':
      if (table.cell) table.cell.text += '\n';
      return;
    case 'p':
    case 'div':
    case 'li':
      if (closing && table.cell && table.cell.text !== '') table.cell.text += '\n';
      return;
    case 'caption':
      table.inCaption = !closing;
      return;
    default:
      return;
  }
}

/** Places a cell in the next column no cell from above still covers, and records its span. */
function startCell(table: Building, attributes: string, budget: CellBudget): void {
  if (table.row < 0) table.row = 0;
  while ((table.covered.get(table.col) ?? -1) >= table.row) table.col++;
  const rowspan = span(attributes, 'rowspan', MAX_ROWSPAN);
  const colspan = span(attributes, 'colspan', MAX_COLSPAN);
  const { row, col } = table;
  if (rowspan > 1 || colspan > 1) {
    // A merged area costs a cell per column it covers: a page of huge spans is refused like a page of cells.
    budget.takeMany(colspan);
    table.merges.push({ top: row, left: col, bottom: row + rowspan - 1, right: col + colspan - 1 });
    if (rowspan > 1) for (let c = col; c < col + colspan; c++) table.covered.set(c, row + rowspan - 1);
  }
  table.cell = { text: '' };
  table.cols.push(col);
  table.values.push(null);
  table.col += colspan;
}

function span(attributes: string, name: 'rowspan' | 'colspan', max: number): number {
  const found = new RegExp(`\\b${name}\\s*=\\s*["']?\\s*(\\d{1,9})`, 'i').exec(attributes);
  const value = found ? Number(found[1]) : 1;
  return Math.min(Math.max(value, 1), max);
}

/** Ends the open cell: its text, trimmed, becomes its value (an empty one leaves no cell). */
function finishCell(table: Building, budget: CellBudget): void {
  const cell = table.cell;
  if (!cell) return;
  table.cell = null;
  const value = textCellValue(trimCell(cell.text));
  if (value === null) {
    table.cols.pop();
    table.values.pop();
    return;
  }
  budget.take();
  table.values[table.values.length - 1] = value;
}

function finishRow(table: Building, budget: CellBudget): void {
  finishCell(table, budget);
  if (table.cols.length > 0) table.rows.push({ row: table.row, cols: table.cols, values: table.values });
  table.cols = [];
  table.values = [];
}

/** Text as a browser lays it out: runs of white space are one space; references decoded. */
function cellText(raw: string): string {
  return decodeHtmlEntities(raw.replace(/[ \t\n\r\f]+/g, ' '));
}

/** Spaces and line breaks trimmed from both ends, and from around each line break. */
function trimCell(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && (text.charCodeAt(start) === 0x20 || text.charCodeAt(start) === 0x0a)) start++;
  while (end > start && (text.charCodeAt(end - 1) === 0x20 || text.charCodeAt(end - 1) === 0x0a)) end--;
  const trimmed = text.slice(start, end);
  return trimmed.includes('\n')
    ? trimmed
        .split('\n')
        .map((line) => line.trim())
        .join('\n')
    : trimmed;
}

/**
 * Sheet names: Excel's `<x:ExcelWorksheet><x:Name>` list (which OA templates copy) when it
 * names every table, else each table's own label, else Sheet1, Sheet2 …; never the same twice.
 */
function sheetNames(html: string, tables: readonly Table[]): string[] {
  const excel = [...html.matchAll(/<x:Name>([^<]{1,200})<\/x:Name>/gi)].map((m) => decodeHtmlEntities(m[1]).trim());
  const taken = new Set<string>();
  return tables.map((table, i) => {
    const wanted = (excel.length === tables.length ? excel[i] : trimCell(table.label)) || `Sheet${i + 1}`;
    let name = wanted;
    for (let k = 2; taken.has(name); k++) name = `${wanted} (${k})`;
    taken.add(name);
    return name;
  });
}
