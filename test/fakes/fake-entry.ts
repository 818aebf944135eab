/**
 * What a cell holds, and how Excel turns what is written to `range.values`
 * into cell content. Setting `values` is like typing: the Excel JavaScript API
 * reference says a string starting with "=", "+" or "-" is interpreted as a
 * formula, and locale-shaped strings become dates. A leading apostrophe is
 * entry syntax (the "quote prefix"): it is not stored, and what follows stays
 * text. A cell formatted as Text ("@") keeps what is typed as text.
 */

export type Scalar = string | number | boolean;

export interface CellModel {
  /** Absent means an empty cell. For an error cell, the error literal (e.g. "#NAME?"). */
  value?: Scalar;
  error?: boolean;
  /** "=..." when the cell holds a formula. */
  formula?: string;
  numberFormat?: string;
  quotePrefix?: boolean;
}

export const GENERAL = 'General';
export const ERROR_LITERALS = ['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#SPILL!', '#CALC!'];

const NUMBER = /^[+-]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?([eE][+-]?\d+)?$/;

function asNumber(text: string): number | null {
  const t = text.trim();
  if (t === '' || t === '+' || t === '-' || t === '.') return null;
  const percent = t.endsWith('%');
  const body = percent ? t.slice(0, -1) : t;
  if (!NUMBER.test(body) || !/\d/.test(body)) return null;
  const n = Number(body.replace(/,/g, ''));
  if (!Number.isFinite(n)) return null;
  return percent ? n / 100 : n;
}

function asDateSerial(text: string): number | null {
  const m = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/.exec(text.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const date = new Date(ms);
  if (date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return ms / 86_400_000 + 25_569;
}

/** A tiny formula evaluator: enough to show that a formula's value is not the text that was written. */
export function evaluateFormula(formula: string): { value: Scalar; error?: boolean } {
  const body = formula.replace(/^=/, '').trim();
  const n = asNumber(body.replace(/^\+/, ''));
  if (n !== null) return { value: n };
  const str = /^"((?:[^"]|"")*)"$/.exec(body);
  if (str) return { value: str[1].replace(/""/g, '"') };
  const link = /^HYPERLINK\(\s*"((?:[^"]|"")*)"\s*(?:,\s*"((?:[^"]|"")*)"\s*)?\)$/i.exec(body);
  if (link) return { value: (link[2] ?? link[1]).replace(/""/g, '"') };
  return { value: '#NAME?', error: true };
}

/** The cell after `input` was written into it through `range.values`; null input leaves it unchanged. */
export function enterValue(input: unknown, cell: CellModel | undefined): CellModel | undefined {
  if (input === null || input === undefined) return cell;
  const base: CellModel = cell?.numberFormat !== undefined ? { numberFormat: cell.numberFormat } : {};
  if (typeof input === 'number') return Number.isFinite(input) ? { ...base, value: input } : { ...base, value: '#NUM!', error: true };
  if (typeof input === 'boolean') return { ...base, value: input };
  const text = String(input);
  if (text === '') return Object.keys(base).length ? base : undefined;
  if (text.startsWith("'")) {
    const rest = text.slice(1);
    return rest === '' ? { ...base, quotePrefix: true } : { ...base, value: rest, quotePrefix: true };
  }
  if (base.numberFormat === '@') return { ...base, value: text };
  const number = asNumber(text);
  if (number !== null) {
    const percent = text.trim().endsWith('%') && (base.numberFormat ?? GENERAL) === GENERAL;
    return { ...base, value: number, ...(percent ? { numberFormat: '0%' } : {}) };
  }
  if (/^[=+\-@]/.test(text)) {
    const formula = text.startsWith('=') ? text : `=${text}`;
    return { ...base, formula, ...evaluateFormula(formula) };
  }
  if (/^(true|false)$/i.test(text)) return { ...base, value: text.toLowerCase() === 'true' };
  const serial = asDateSerial(text);
  if (serial !== null) {
    const format = (base.numberFormat ?? GENERAL) === GENERAL ? 'yyyy/m/d' : base.numberFormat;
    return { ...base, value: serial, numberFormat: format };
  }
  return { ...base, value: text };
}

/** What `range.values` reads back for a cell. */
export function readValue(cell: CellModel | undefined): Scalar {
  return cell?.value ?? '';
}

/** What `range.formulas` reads back: the formula, or the value (a text cell's quote prefix is not shown). */
export function readFormula(cell: CellModel | undefined): Scalar {
  return cell?.formula ?? cell?.value ?? '';
}

export function readNumberFormat(cell: CellModel | undefined): string {
  return cell?.numberFormat ?? GENERAL;
}
