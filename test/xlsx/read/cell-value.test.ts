import fc from 'fast-check';
import { dateToSerial, serialToDate } from '../../../src/core/sheet/excel-date';
import { PortError } from '../../../src/core/ports/workbook-port';
import { cellValue, isoDateSerial, type RawCell } from '../../../src/xlsx/read/cell-value';

const cell = (raw: Partial<RawCell>): RawCell => ({ type: null, value: null, formula: null, inline: null, ...raw });

describe('cellValue', () => {
  it.each([
    ['a number', cell({ value: '45778' }), 45778],
    ['a number parsed from the bytes', cell({ value: 3.5 }), 3.5],
    ['a shared string by index', cell({ type: 's', value: '1' }), '三月'],
    ['a shared string index parsed from the bytes', cell({ type: 's', value: 0 }), '一月'],
    ['an empty shared string', cell({ type: 's', value: 2 }), null],
    ['an inline string with _x000D_ for a carriage return', cell({ type: 'inlineStr', inline: '行一_x000D_\n行二' }), '行一\r\n行二'],
    ['a formula’s string result', cell({ type: 'str', value: '4月', formula: 'TEXT(4,"0")&"月"' }), '4月'],
    ['a formula’s empty string result', cell({ type: 'str', value: '', formula: 'T(1)' }), null],
    ['a boolean', cell({ type: 'b', value: '1' }), true],
    ['a strict boolean', cell({ type: 'b', value: 'false' }), false],
    ['an error value', cell({ type: 'e', value: '#N/A', formula: 'NA()' }), { error: '#N/A' }],
    ['an ISO date', cell({ type: 'd', value: '2025-05-01T00:00:00' }), 45778],
    ['a formula with no saved result', cell({ formula: 'SUM(A1:A3)' }), { formula: 'SUM(A1:A3)' }],
    ['a formula with an empty saved result (openpyxl writes <v></v>)', cell({ formula: 'A2+1', value: '' }), { formula: 'A2+1' }],
    ['a cell with nothing in it', cell({ type: 's' }), null],
    ['a number that is none', cell({ value: 'abc' }), null],
  ])('reads %s', (_label, raw, expected) => {
    expect(cellValue(raw, ['一月', '三月', ''])).toEqual(expected);
  });

  it('refuses a shared-string index the table does not have', () => {
    const error = (() => {
      try {
        cellValue(cell({ type: 's', value: 3 }), ['一月']);
      } catch (e) {
        return e;
      }
      return null;
    })();
    expect([error instanceof PortError, (error as PortError).problem]).toEqual([true, { code: 'file_damaged' }]);
  });

  it('gives back any number written as the text of <v>', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        expect(cellValue(cell({ value: String(n) }), [])).toBe(n === 0 ? 0 : n);
      }),
    );
  });
});

describe('isoDateSerial', () => {
  it('gives the serial of any date from 1900-03-01 to 9999-12-31, with its time of day', () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 2_958_465 }), fc.integer({ min: 0, max: 86_399 }), (serial, seconds) => {
        const d = serialToDate(serial)!;
        const pad = (n: number, w = 2) => String(n).padStart(w, '0');
        const time = `${pad(Math.floor(seconds / 3600))}:${pad(Math.floor(seconds / 60) % 60)}:${pad(seconds % 60)}`;
        const iso = `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}T${time}`;
        expect(isoDateSerial(iso)).toBeCloseTo(serial + seconds / 86_400, 9);
        expect(isoDateSerial(`${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`)).toBe(dateToSerial(d.year, d.month, d.day));
      }),
    );
  });

  it.each([
    ['2025-05-01T12:00:00.000Z', 45778.5],
    ['2025-05-01T06:00:00+08:00', 45778.25],
    ['2025-05-01 18:00', 45778.75],
    ['06:00:00', 0.25],
    ['2025-13-01', null],
    ['五月', null],
  ])('reads %s as %s', (text, serial) => {
    expect(isoDateSerial(text)).toBe(serial);
  });
});
