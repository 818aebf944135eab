import { dateToSerial } from '../../core/sheet/excel-date';
import type { CellValue } from '../../core/sheet/grid';
import { PortError } from '../../core/ports/workbook-port';
import { unescapeXstring } from './xstring';

/** A `<c>` element as read from a sheet: its type attribute and the text of its children. */
export interface RawCell {
  /** `t`: n (or none), s, str, inlineStr, b, e, d. */
  readonly type: string | null;
  /**
   * The text of `<v>`, or null when the cell has no `<v>` (for a formula: no saved result); a
   * reader may give a number or shared-string index already parsed from the bytes.
   */
  readonly value: string | number | null;
  /** The text of `<f>`, or null when the cell holds no formula. */
  readonly formula: string | null;
  /** The text of `<is>`, or null when the cell has no inline string. */
  readonly inline: string | null;
}

/**
 * A cell's value as core sees it (ECMA-376 Part 1, 18.3.1.4 and 18.18.11, ST_CellType):
 * numbers, shared strings by index, inline strings, booleans, error values `{ error }`, ISO
 * 8601 dates (`t="d"`) as 1900-system serials, and a formula's saved result by its type. A
 * formula with no saved result is `{ formula }`, so that core can say why the cell shows
 * nothing; an empty string is null (core treats both alike). A shared-string index the table
 * does not have means a damaged file.
 *
 * @example
 * cellValue({ type: 's', value: '0', formula: null, inline: null }, ['三月']) //=> '三月'
 * cellValue({ type: 'd', value: '2025-05-01T00:00:00', formula: null, inline: null }, []) //=> 45778
 * cellValue({ type: null, value: null, formula: 'SUM(A1:A3)', inline: null }, []) //=> { formula: 'SUM(A1:A3)' }
 */
export function cellValue(cell: RawCell, sharedStrings: readonly string[]): CellValue {
  if (cell.inline !== null) return nonEmpty(unescapeXstring(cell.inline));
  const v = cell.value;
  if (v === null || (v === '' && cell.type !== 'str')) return cell.formula !== null ? { formula: cell.formula } : null;
  if (typeof v === 'number') return cell.type === 's' ? sharedString(sharedStrings, v) : Number.isFinite(v) ? v : null;
  switch (cell.type) {
    case 's':
      return sharedString(sharedStrings, Number(v));
    case 'str':
    case 'inlineStr':
      return nonEmpty(unescapeXstring(v));
    case 'b':
      return v === '1' || v === 'true';
    case 'e':
      return { error: v };
    case 'd':
      return isoDateSerial(v);
    default: {
      const n = Number(v);
      return Number.isFinite(n) ? n : null;
    }
  }
}

function sharedString(strings: readonly string[], index: number): string | null {
  const text = strings[index];
  if (text === undefined) throw PortError.file({ code: 'file_damaged' }, `shared string ${index} is not in the table`);
  return nonEmpty(text);
}

function nonEmpty(text: string): string | null {
  return text === '' ? null : text;
}

const ISO_DATE = /^(-?\d{4,})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?(?:Z|[+-]\d{2}:?\d{2})?$/;
const ISO_TIME = /^(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?$/;

/**
 * The 1900-system serial of an ISO 8601 date or date-time as a `t="d"` cell holds it (what
 * openpyxl and SheetJS write); a bare time is a fraction of a day. The time is Excel's wall
 * clock: a zone designator is read past, not applied, as Excel does. Null when it is no date.
 *
 * @example
 * isoDateSerial('2025-05-01') //=> 45778
 * isoDateSerial('2025-05-01T12:00:00.000Z') //=> 45778.5
 * isoDateSerial('06:00:00') //=> 0.25
 */
export function isoDateSerial(text: string): number | null {
  const trimmed = text.trim();
  const time = ISO_TIME.exec(trimmed);
  if (time) return dayFraction(time[1], time[2], time[3]);
  const m = ISO_DATE.exec(trimmed);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const serial = dateToSerial(year, month, day);
  return m[4] === undefined ? serial : serial + dayFraction(m[4], m[5], m[6]);
}

function dayFraction(hours: string, minutes: string, seconds: string | undefined): number {
  return (Number(hours) * 3600 + Number(minutes) * 60 + Number(seconds ?? 0)) / 86_400;
}
