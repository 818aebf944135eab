import fc from 'fast-check';
import { dateToSerial, serialToDate } from '../../../src/core/sheet/excel-date';

/** Days in a month of the real (proleptic Gregorian) calendar, via ECMAScript's own calendar. */
function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const realDate = fc
  .record({ year: fc.integer({ min: 1901, max: 2199 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
  .map(({ year, month, day }) => ({ year, month, day: Math.min(day, daysInMonth(year, month)) }));

describe('serialToDate', () => {
  it.each([
    [1, { year: 1900, month: 1, day: 1 }],
    [31, { year: 1900, month: 1, day: 31 }],
    [32, { year: 1900, month: 2, day: 1 }],
    [59, { year: 1900, month: 2, day: 28 }],
    [60, { year: 1900, month: 2, day: 29 }],
    [61, { year: 1900, month: 3, day: 1 }],
    [367, { year: 1901, month: 1, day: 1 }],
    [36526, { year: 2000, month: 1, day: 1 }],
    [36585, { year: 2000, month: 2, day: 29 }],
    [44927, { year: 2023, month: 1, day: 1 }],
    [45000, { year: 2023, month: 3, day: 15 }],
    [45000.999, { year: 2023, month: 3, day: 15 }],
    [45292, { year: 2024, month: 1, day: 1 }],
    [45351, { year: 2024, month: 2, day: 29 }],
    [2958465, { year: 9999, month: 12, day: 31 }],
    [1.5, { year: 1900, month: 1, day: 1 }],
  ])('reads serial %p as %p', (serial, date) => {
    expect(serialToDate(serial)).toEqual(date);
  });

  it.each([[0], [0.5], [-1], [-0], [2958466], [1e12], [NaN], [Infinity], [-Infinity]])(
    'gives null for %p, which Excel cannot show as a date',
    (serial) => {
      expect(serialToDate(serial)).toBeNull();
    },
  );

  it('agrees with a plain day count from 1899-12-30 for every serial from 61 on', () => {
    const base = Date.UTC(1899, 11, 30);
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 2958465 }), (serial) => {
        const d = new Date(base + serial * 86_400_000);
        expect(serialToDate(serial)).toEqual({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
      }),
    );
  });

  it('gives the same date for every time of the same day', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2958465 }), fc.double({ min: 0, max: 0.999999, noNaN: true }), (serial, time) => {
        expect(serialToDate(serial + time)).toEqual(serialToDate(serial));
      }),
    );
  });
});

describe('dateToSerial', () => {
  it.each([
    [1900, 1, 1, 1],
    [1900, 2, 28, 59],
    [1900, 2, 29, 60],
    [1900, 3, 1, 61],
    [1899, 12, 31, 0],
    [2000, 2, 29, 36585],
    [2023, 3, 15, 45000],
    [2023, 13, 1, 45292],
    [2024, 0, 1, 45261],
    [2023, 12, 32, 45292],
    [9999, 12, 31, 2958465],
    [2023.9, 3.2, 15.7, 45000],
  ])('gives %p-%p-%p the serial %p', (year, month, day, serial) => {
    expect(dateToSerial(year, month, day)).toBe(serial);
  });

  it.each([
    [NaN, 1, 1],
    [2023, Infinity, 1],
    [2023, 1, -Infinity],
  ])('gives NaN for %p-%p-%p', (year, month, day) => {
    expect(dateToSerial(year, month, day)).toBeNaN();
  });

  it('round-trips through serialToDate for every date from 1901 to 2199', () => {
    fc.assert(
      fc.property(realDate, (date) => {
        expect(serialToDate(dateToSerial(date.year, date.month, date.day))).toEqual(date);
      }),
    );
  });

  it('round-trips every serial Excel can show', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2958465 }), (serial) => {
        const date = serialToDate(serial)!;
        expect(dateToSerial(date.year, date.month, date.day)).toBe(serial);
      }),
    );
  });

  it('counts one serial per day, with the phantom 1900-02-29 in between', () => {
    const serials: number[] = [];
    for (let month = 1; month <= 3; month++) {
      for (let day = 1; day <= (month === 2 ? 29 : 31); day++) serials.push(dateToSerial(1900, month, day));
    }
    expect(serials).toEqual(Array.from({ length: 31 + 29 + 31 }, (_, i) => i + 1));
  });
});
