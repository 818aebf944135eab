import ExcelJS from 'exceljs';

/**
 * A cell as tests write it. A `Date` is a calendar date (its UTC fields are the
 * wall-clock value Excel will show); `{ date: 'YYYY-MM-DD' }` is the same, shorter.
 */
export type CellInput =
  | string
  | number
  | boolean
  | null
  | undefined
  | Date
  | { readonly date: string }
  | { readonly formula: string; readonly result?: string | number | boolean | { error: string } }
  /** An error value: '#N/A', '#REF!', '#VALUE!', '#DIV/0!', '#NAME?', '#NULL!', '#NUM!'. */
  | { readonly error: string }
  | { readonly richText: readonly string[] }
  | { readonly text: string; readonly hyperlink: string };

export interface SheetInput {
  readonly name: string;
  /** Rows from `start` (default A1) downwards; `undefined`/`null` cells stay empty. */
  readonly rows?: readonly (readonly CellInput[])[];
  /** Top-left cell of `rows`, e.g. 'B3'. */
  readonly start?: string;
  /** Ranges to merge, e.g. ['A1:G1', 'B3:B5']. */
  readonly merges?: readonly string[];
  /** Number formats by address, e.g. { C4: 'yyyy/m/d' }. */
  readonly formats?: Readonly<Record<string, string>>;
  readonly state?: 'visible' | 'hidden' | 'veryHidden';
  /** Tables to add over existing cells: name and range of header + rows. */
  readonly tables?: readonly {
    readonly name: string;
    readonly ref: string;
    readonly columns: readonly string[];
    readonly rows: readonly (readonly (string | number)[])[];
  }[];
}

/**
 * An .xlsx workbook (its bytes) built with exceljs from a compact description,
 * so tests run on real files without keeping binary fixtures.
 *
 * @example
 * await makeXlsx([{ name: '活动安排', rows: [['月份', '活动内容'], ['三月', '三八节活动']], merges: [] }])
 * //=> Uint8Array [0x50, 0x4b, …]
 */
export async function makeXlsx(sheets: readonly SheetInput[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const sheet of sheets) {
    const ws = wb.addWorksheet(sheet.name, { state: sheet.state ?? 'visible' });
    const start = sheet.start ? ws.getCell(sheet.start) : ws.getCell('A1');
    const top = Number(start.row);
    const left = Number(start.col);
    (sheet.rows ?? []).forEach((row, r) => {
      row.forEach((value, c) => {
        if (value === null || value === undefined) return;
        const cell = ws.getCell(top + r, left + c);
        cell.value = toExcelValue(value);
        if (isDate(value)) cell.numFmt = 'yyyy/m/d';
      });
    });
    for (const [address, format] of Object.entries(sheet.formats ?? {})) ws.getCell(address).numFmt = format;
    for (const range of sheet.merges ?? []) ws.mergeCells(range);
    for (const table of sheet.tables ?? []) {
      ws.addTable({
        name: table.name,
        ref: table.ref,
        headerRow: true,
        columns: table.columns.map((name) => ({ name })),
        rows: table.rows.map((r) => [...r]),
      });
    }
  }
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

function isDate(value: CellInput): boolean {
  return value instanceof Date || (typeof value === 'object' && value !== null && 'date' in value);
}

function toExcelValue(value: Exclude<CellInput, null | undefined>): ExcelJS.CellValue {
  if (value instanceof Date) return value;
  if (typeof value !== 'object') return value;
  if ('date' in value) {
    const [y, m, d] = value.date.split('-').map(Number);
    return new Date(Date.UTC(y, m - 1, d));
  }
  if ('richText' in value) return { richText: value.richText.map((text) => ({ text })) };
  if ('formula' in value) return { formula: value.formula, result: value.result } as ExcelJS.CellFormulaValue;
  if ('error' in value) return { error: value.error } as ExcelJS.CellErrorValue;
  return { text: value.text, hyperlink: value.hyperlink };
}
