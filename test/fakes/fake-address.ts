/** Addresses and rectangles as the fake Excel keeps them (zero-based, like Excel's rowIndex/columnIndex). */

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

export interface Rect {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

export function columnName(col: number): string {
  let s = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Excel quotes a sheet name in an address unless it is a plain word (letters, digits, _ and .). */
export function quoteSheetName(name: string): string {
  const plain = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) && !/^R\d*C\d*$/i.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

export function formatRect(r: Rect): string {
  const a = `${columnName(r.col)}${r.row + 1}`;
  if (r.rows === 1 && r.cols === 1) return a;
  return `${a}:${columnName(r.col + r.cols - 1)}${r.row + r.rows}`;
}

export function formatAddress(sheet: string, r: Rect): string {
  return `${quoteSheetName(sheet)}!${formatRect(r)}`;
}

/** Splits "Sheet!A1:B2" into its sheet (unquoted) and range part. */
export function splitSheet(address: string): { sheet: string | null; ref: string } {
  const quoted = /^'((?:[^']|'')+)'!(.+)$/.exec(address);
  if (quoted) return { sheet: quoted[1].replace(/''/g, "'"), ref: quoted[2] };
  const bang = address.lastIndexOf('!');
  if (bang > 0) return { sheet: address.slice(0, bang), ref: address.slice(bang + 1) };
  return { sheet: null, ref: address };
}

/** "A1", "A1:C3", "B:B", "2:4" → a rectangle; null when it is none of those. */
export function parseRef(ref: string): Rect | null {
  const clean = ref.replace(/\$/g, '').trim();
  let m = /^([A-Za-z]{1,3})(\d{1,7})(?::([A-Za-z]{1,3})(\d{1,7}))?$/.exec(clean);
  if (m) {
    const r1 = Number(m[2]) - 1;
    const c1 = columnIndex(m[1]);
    const r2 = m[4] ? Number(m[4]) - 1 : r1;
    const c2 = m[3] ? columnIndex(m[3]) : c1;
    return checked(Math.min(r1, r2), Math.min(c1, c2), Math.abs(r2 - r1) + 1, Math.abs(c2 - c1) + 1);
  }
  m = /^([A-Za-z]{1,3}):([A-Za-z]{1,3})$/.exec(clean);
  if (m) {
    const c1 = columnIndex(m[1]);
    const c2 = columnIndex(m[2]);
    return checked(0, Math.min(c1, c2), MAX_ROWS, Math.abs(c2 - c1) + 1);
  }
  m = /^(\d{1,7}):(\d{1,7})$/.exec(clean);
  if (m) {
    const r1 = Number(m[1]) - 1;
    const r2 = Number(m[2]) - 1;
    return checked(Math.min(r1, r2), 0, Math.abs(r2 - r1) + 1, MAX_COLS);
  }
  return null;
}

function checked(row: number, col: number, rows: number, cols: number): Rect | null {
  if (row < 0 || col < 0 || row + rows > MAX_ROWS || col + cols > MAX_COLS) return null;
  return { row, col, rows, cols };
}

export function intersect(a: Rect, b: Rect): Rect | null {
  const row = Math.max(a.row, b.row);
  const col = Math.max(a.col, b.col);
  const rowEnd = Math.min(a.row + a.rows, b.row + b.rows);
  const colEnd = Math.min(a.col + a.cols, b.col + b.cols);
  return rowEnd > row && colEnd > col ? { row, col, rows: rowEnd - row, cols: colEnd - col } : null;
}

export function contains(outer: Rect, row: number, col: number): boolean {
  return row >= outer.row && row < outer.row + outer.rows && col >= outer.col && col < outer.col + outer.cols;
}
