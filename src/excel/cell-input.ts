import type { CellValue } from '../core/sheet/grid';
import type { OutputValue } from '../core/tables/sheet-spec';

const ERROR_VALUES = new Set([
  '#NULL!',
  '#DIV/0!',
  '#VALUE!',
  '#REF!',
  '#NAME?',
  '#NUM!',
  '#N/A',
  '#GETTING_DATA',
  '#SPILL!',
  '#CALC!',
  '#FIELD!',
  '#BLOCKED!',
  '#CONNECT!',
  '#BUSY!',
  '#UNKNOWN!',
  '#PYTHON!',
]);

/**
 * What to put in `range.values` so that a cell gets exactly this value. Writing
 * `values` is like typing: a string starting with =, + or - becomes a formula,
 * "3-4" or "2023年5月" may become a date, "001" a number. A leading apostrophe
 * makes Excel keep the rest as text (it is not stored), so every string gets one.
 *
 * @example
 * toCellInput('=HYPERLINK("x")') //=> '\'=HYPERLINK("x")'
 * toCellInput(3) //=> 3
 * toCellInput(null) //=> ''
 */
export function toCellInput(value: OutputValue): string | number {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? value : '';
  return value === '' ? '' : `'${value}`;
}

/**
 * A value from `range.values` as core's CellValue: '' is an empty cell, and
 * Excel reports error values (#N/A …) as their literal text.
 *
 * @example
 * fromHostValue('') //=> null
 * fromHostValue('#N/A') //=> { error: '#N/A' }
 */
export function fromHostValue(value: unknown): CellValue {
  if (value === '' || value === null || value === undefined) return null;
  if (typeof value === 'string') return ERROR_VALUES.has(value) ? { error: value } : value;
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  return String(value);
}
