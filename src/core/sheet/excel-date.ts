/**
 * Excel's 1900 date system: serial 1 is 1900-01-01 and serial 60 is the
 * 1900-02-29 that never was (Lotus 1-2-3 treated 1900 as a leap year and
 * Excel kept the mistake for compatibility), so every serial from 61 on is
 * one day "ahead" of a plain day count. The arithmetic below is Howard
 * Hinnant's days-from-civil algorithm: no Date objects, no time zones.
 */

/** The calendar date of a serial: what Excel shows in a date-formatted cell. */
export interface ExcelDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** Serial of 9999-12-31, the last day Excel can show. */
const MAX_SERIAL = 2_958_465;
const PHANTOM_LEAP_DAY = 60;
/** 1899-12-30 as days from 1970-01-01: serial 0 from 1900-03-01 on. */
const EPOCH_DAYS = daysFromCivil(1899, 12, 30);

/**
 * The date an Excel serial stands for, or null when it is no date Excel can
 * show (below 1, not finite, after 9999-12-31). The fractional part is the
 * time of day and is ignored.
 *
 * @example
 * serialToDate(1) //=> { year: 1900, month: 1, day: 1 }
 * serialToDate(60) //=> { year: 1900, month: 2, day: 29 }
 * serialToDate(45000.75) //=> { year: 2023, month: 3, day: 15 }
 * serialToDate(0) //=> null
 */
export function serialToDate(serial: number): ExcelDate | null {
  if (typeof serial !== 'number' || !Number.isFinite(serial) || serial < 1) return null;
  const whole = Math.floor(serial);
  if (whole > MAX_SERIAL) return null;
  if (whole === PHANTOM_LEAP_DAY) return { year: 1900, month: 2, day: 29 };
  // Before the phantom day the serial is a plain count from 1899-12-31.
  return civilFromDays(EPOCH_DAYS + whole + (whole < PHANTOM_LEAP_DAY ? 1 : 0));
}

/**
 * The Excel serial of a calendar date (the inverse of `serialToDate`). A month
 * or day past the end rolls over as in Excel's DATE() (month 13 is January of
 * the next year); non-integers are truncated; anything not finite gives NaN.
 * Dates before 1900-01-01 give serials below 1, which Excel cannot show.
 *
 * Adapters that receive JS Dates whose UTC fields hold Excel's wall-clock
 * value call it as `dateToSerial(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate())`.
 *
 * @example
 * dateToSerial(1900, 1, 1) //=> 1
 * dateToSerial(1900, 2, 29) //=> 60
 * dateToSerial(2023, 3, 15) //=> 45000
 */
export function dateToSerial(year: number, month: number, day: number): number {
  if (!Number.isFinite(year) || !Number.isFinite(month) || !Number.isFinite(day)) return NaN;
  const monthIndex = Math.trunc(month) - 1;
  const y = Math.trunc(year) + Math.floor(monthIndex / 12);
  const m = (((monthIndex % 12) + 12) % 12) + 1;
  const d = Math.trunc(day);
  if (y === 1900 && m === 2 && d === 29) return PHANTOM_LEAP_DAY;
  const count = daysFromCivil(y, m, d) - EPOCH_DAYS;
  // Days before 1900-03-01 did not get the phantom day added in front of them.
  return count <= PHANTOM_LEAP_DAY ? count - 1 : count;
}

/** Days from 1970-01-01 to y-m-d in the proleptic Gregorian calendar. */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

function civilFromDays(days: number): ExcelDate {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  return { year: era * 400 + yearOfEra + (month <= 2 ? 1 : 0), month, day };
}
