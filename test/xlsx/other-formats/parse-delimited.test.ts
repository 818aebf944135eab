import fc from 'fast-check';
import { decodeText } from '../../../src/xlsx/other-formats/decode-text';
import { parseDelimited, type Delimiter } from '../../../src/xlsx/other-formats/parse-delimited';
import { readDelimited } from '../../../src/xlsx/other-formats/read-delimited';
import { textCellValue } from '../../../src/xlsx/other-formats/text-cell-value';
import type { CellValue, GridRow } from '../../../src/core/sheet/grid';
import { READ_LIMITS } from '../../../src/xlsx/read-limits';
import { encodeGb18030, encodeUtf16, gbkCharacters } from './encode-text';

describe('parseDelimited', () => {
  it('reads quoted fields with delimiters, doubled quotes and line breaks in them', () => {
    expect(parseDelimited('月份,活动,备注\r\n3月,"学习""两会"",\r\n第二期",\n4月,植树,"a,b"\n')).toEqual({
      delimiter: ',',
      records: [
        ['月份', '活动', '备注'],
        ['3月', '学习"两会",\r\n第二期', ''],
        ['4月', '植树', 'a,b'],
      ],
    });
  });

  it('keeps a quote inside an unquoted field and text after a closing quote, as a careless writer meant', () => {
    expect(parseDelimited('a,b\n庆"三八",x"y"z\n').records).toEqual([
      ['a', 'b'],
      ['庆"三八"', 'x"y"z'],
    ]);
  });

  it('ends lines at CRLF, LF or a lone CR, keeps blank lines as rows and drops no trailing empty field', () => {
    expect(parseDelimited('a,b\r\rc,d\re,\n').records).toEqual([['a', 'b'], [''], ['c', 'd'], ['e', '']]);
  });

  it("takes the delimiter from Excel's sep= line, and guesses tab and semicolon", () => {
    expect([
      parseDelimited('sep=;\r\na;b,c\r\n1;2\r\n'),
      parseDelimited('月份\t活动\n3月\t学习, 讨论\n4月\t植树\n').delimiter,
      parseDelimited('月份;活动;负责人\n3月;学习,讨论;张\n').delimiter,
    ]).toEqual([
      {
        delimiter: ';',
        records: [
          ['a', 'b,c'],
          ['1', '2'],
        ],
      },
      '\t',
      ';',
    ]);
  });

  it('does not take a delimiter that appears only inside quoted fields', () => {
    expect(parseDelimited('x,";;"\ny,";;"\n').delimiter).toBe(',');
  });

  it('finds no delimiter in text that has no columns', () => {
    expect(parseDelimited('各位老师：\n本周五开会。\n')).toEqual({ delimiter: null, records: [] });
  });

  it('runs an unterminated quote to the end of the text', () => {
    expect(parseDelimited('a,b\n1,"open\n2,3\n').records).toEqual([
      ['a', 'b'],
      ['1', 'open\n2,3\n'],
    ]);
  });
});

/** A table as a careful writer writes it: a field with a delimiter, a quote or a line break is quoted. */
function writeDelimited(rows: readonly (readonly string[])[], delimiter: Delimiter): string {
  const field = (s: string): string => (/[,;\t"\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  return rows.map((r) => r.map(field).join(delimiter)).join('\r\n') + '\r\n';
}

describe('CSV written by any program and read back', () => {
  // Characters a schedule's cells hold: ASCII, GBK's Chinese and full-width punctuation, and the
  // characters CSV must quote. The header row is a schedule's, as every exported schedule has one:
  // its Chinese is what tells GBK bytes from UTF-8.
  const gbk = gbkCharacters();
  const char = fc.oneof(
    fc.constantFrom(',', ';', '\t', '"', '\n', '\r', ' ', '月', '、', '，', '“', '”'),
    fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)),
    fc.constantFrom(...gbk),
  );
  const cell = fc.array(char, { maxLength: 12 }).map((cs) => cs.join(''));
  const header = ['月份', '活动内容', '负责人', '完成情况', '备注'];
  const table = fc
    .integer({ min: 2, max: 5 })
    .chain((width) =>
      fc
        .array(fc.array(cell, { minLength: width, maxLength: width }), { minLength: 1, maxLength: 8 })
        .map((rows) => [header.slice(0, width), ...rows]),
    );
  const encodings: Record<string, (text: string) => Uint8Array> = {
    'UTF-8': (t) => new TextEncoder().encode(t),
    'UTF-8 with BOM': (t) => new TextEncoder().encode(`\uFEFF${t}`),
    'UTF-16 LE': (t) => encodeUtf16(t, 'le'),
    'UTF-16 BE': (t) => encodeUtf16(t, 'be'),
    GB18030: encodeGb18030,
  };

  it('decodes and splits any table of strings back into the same fields, in every encoding and with every delimiter', () => {
    fc.assert(
      fc.property(table, fc.constantFrom<Delimiter>(',', '\t', ';'), fc.constantFrom(...Object.keys(encodings)), (rows, sep, encoding) => {
        const bytes = encodings[encoding](writeDelimited(rows, sep));
        expect(parseDelimited(decodeText(bytes).text).records).toEqual(rows);
      }),
      { numRuns: 400 },
    );
  });

  it('reads any such file into the grid of its non-empty fields, each typed by textCellValue', () => {
    fc.assert(
      fc.property(table, fc.constantFrom(...Object.keys(encodings)), (rows, encoding) => {
        const data = readDelimited(encodings[encoding](writeDelimited(rows, ',')), READ_LIMITS);
        const expected: GridRow[] = [];
        rows.forEach((fields, row) => {
          const cols: number[] = [];
          const values: CellValue[] = [];
          fields.forEach((f, col) => {
            const value = textCellValue(f);
            if (value !== null) [cols[cols.length], values[values.length]] = [col, value];
          });
          if (cols.length > 0) expected.push({ row, cols, values });
        });
        expect(data.sheets).toEqual([{ sheetName: 'Sheet1', rows: expected, merges: [] }]);
      }),
      { numRuns: 200 },
    );
  });
});
