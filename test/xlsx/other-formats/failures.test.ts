import * as XLSX from '@e965/xlsx';
import fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';
import type { FileProblem } from '../../../src/core/ports/file-problem';
import { PortError } from '../../../src/core/ports/workbook-port';
import { readOtherFormat } from '../../../src/xlsx/other-formats/read-other-format';
import { READ_LIMITS, type ReadLimits } from '../../../src/xlsx/read-limits';
import type { FileKind, WorkbookData } from '../../../src/core/ports/workbook-data';
import { fixture } from './fixtures';

type Kind = Exclude<FileKind, 'xlsx'>;

/** What a read that must fail fails with: a PortError carrying its file problem, nothing else. */
async function problem(bytes: Uint8Array, kind: Kind, limits: ReadLimits = READ_LIMITS): Promise<FileProblem | string> {
  try {
    await readOtherFormat(bytes, kind, limits);
    return 'read without an error';
  } catch (error) {
    if (!(error instanceof PortError) || !error.problem) return `not a file problem: ${String(error)}`;
    expect(error.code).toBe(error.problem.code);
    return error.problem;
  }
}

const text = (s: string): Uint8Array => new TextEncoder().encode(s);
const ODS_MIMETYPE = 'application/vnd.oasis.opendocument.spreadsheet';

const MANIFEST =
  '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">' +
  `<manifest:file-entry manifest:full-path="/" manifest:media-type="${ODS_MIMETYPE}"/></manifest:manifest>`;

function ods(contentXml: string): Uint8Array {
  return zipSync({
    mimetype: [strToU8(ODS_MIMETYPE), { level: 0 }],
    'META-INF/manifest.xml': strToU8(MANIFEST),
    'content.xml': strToU8(contentXml),
  });
}

const odsTable = (rows: string): string =>
  '<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" ' +
  'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0">' +
  `<office:body><office:spreadsheet><table:table table:name="活动安排">${rows}</table:table>` +
  '</office:spreadsheet></office:body></office:document-content>';

describe('password-protected files', () => {
  it.each([
    ['schedule-encrypted.xls', 'xls'],
    ['excel-password-rc4.xls', 'xls'],
    ['excel-password-xor-biff5.xls', 'xls'],
    ['schedule-encrypted.ods', 'ods'],
  ] as const)('%s is file_encrypted', async (file, kind) => {
    expect(await problem(fixture(file), kind)).toEqual({ code: 'file_encrypted' });
  });

  it('names an encrypted .xlsx or .xlsb (a compound file with EncryptionInfo) file_encrypted, whatever it was taken for', async () => {
    const cfb = XLSX.CFB.utils.cfb_new();
    XLSX.CFB.utils.cfb_add(cfb, 'EncryptionInfo', new Uint8Array([4, 0, 4, 0, 0x40, 0, 0, 0]));
    XLSX.CFB.utils.cfb_add(cfb, 'EncryptedPackage', new Uint8Array(600));
    const bytes = new Uint8Array(XLSX.CFB.write(cfb, { type: 'array' }) as ArrayLike<number>);
    expect([await problem(bytes, 'xls'), await problem(bytes, 'xlsb'), await problem(bytes, 'ods')]).toEqual([
      { code: 'file_encrypted' },
      { code: 'file_encrypted' },
      { code: 'file_encrypted' },
    ]);
  });
});

describe('damaged and incomplete files', () => {
  it.each([
    ['schedule-truncated.xls', 'xls'],
    ['schedule-truncated.ods', 'ods'],
  ] as const)('%s (a download that stopped) is file_damaged', async (file, kind) => {
    expect(await problem(fixture(file), kind)).toEqual({ code: 'file_damaged' });
  });

  it('is file_damaged for a compound file whose sectors are garbage', async () => {
    const bytes = fixture('schedule.xls');
    bytes.fill(0xff, 512, 4096);
    expect(await problem(bytes, 'xls')).toEqual({ code: 'file_damaged' });
  });

  it('is file_damaged for an .ods whose content.xml does not inflate', async () => {
    const bytes = zipSync({ mimetype: [strToU8(ODS_MIMETYPE), { level: 0 }], 'content.xml': strToU8(odsTable('')) });
    const at = bytes.findIndex((_, i) => bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 3 && i > 0);
    bytes.fill(0x00, at + 60, at + 80);
    expect(await problem(bytes, 'ods')).toEqual({ code: 'file_damaged' });
  });
});

describe('bytes that are not what they were taken for', () => {
  it.each([
    ['not-a-workbook.doc', 'xls', { code: 'file_not_spreadsheet', looksLike: 'word' }],
    ['not-a-workbook.doc', 'ods', { code: 'file_not_spreadsheet', looksLike: 'word' }],
    ['schedule.ods', 'xls', { code: 'file_not_spreadsheet', looksLike: 'archive' }],
    ['schedule.xls', 'ods', { code: 'file_not_spreadsheet', looksLike: null }],
    ['schedule-utf8.csv', 'xlsb', { code: 'file_not_spreadsheet', looksLike: 'text' }],
    ['schedule.xlsx', 'ods', { code: 'file_not_spreadsheet', looksLike: 'archive' }],
    ['schedule-utf8.csv', 'fods', { code: 'file_not_spreadsheet', looksLike: 'text' }],
  ] as const)('%s taken for %s is %j', async (file, kind, expected) => {
    expect(await problem(fixture(file), kind)).toEqual(expected);
  });

  it('says what a PDF, an image and a Word .docx are', async () => {
    const docx = zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': strToU8('<w:document/>') });
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect([await problem(text('%PDF-1.7\n%âãÏÓ'), 'xls'), await problem(png, 'xls'), await problem(docx, 'xlsb')]).toEqual([
      { code: 'file_not_spreadsheet', looksLike: 'pdf' },
      { code: 'file_not_spreadsheet', looksLike: 'image' },
      { code: 'file_not_spreadsheet', looksLike: 'word' },
    ]);
  });

  it('takes an OpenDocument text document for no spreadsheet', async () => {
    const odt = zipSync({ mimetype: [strToU8('application/vnd.oasis.opendocument.text'), { level: 0 }], 'content.xml': strToU8('<x/>') });
    expect(await problem(odt, 'ods')).toEqual({ code: 'file_not_spreadsheet', looksLike: null });
  });

  it('calls prose with no delimiter text, not a spreadsheet, and binary bytes nothing at all', async () => {
    const prose = text('各位老师：\n本周五下午召开教职工大会，请准时参加。\n');
    expect([await problem(prose, 'csv'), await problem(prose, 'html'), await problem(new Uint8Array([0, 1, 2, 3, 0, 5]), 'csv')]).toEqual([
      { code: 'file_not_spreadsheet', looksLike: 'text' },
      { code: 'file_not_spreadsheet', looksLike: 'text' },
      { code: 'file_not_spreadsheet', looksLike: null },
    ]);
  });

  it('calls a web page without a table (a login page saved as .xls) file_web_page_no_table', async () => {
    expect(await problem(fixture('web-page-no-table.html'), 'html')).toEqual({ code: 'file_web_page_no_table' });
  });

  it('is file_empty for no bytes at all', async () => {
    expect(await problem(new Uint8Array(0), 'xls')).toEqual({ code: 'file_empty' });
  });
});

describe('files over the limits', () => {
  it('refuses a file larger than the file limit before reading it, with its size', async () => {
    const bytes = fixture('schedule.xls');
    expect(await problem(bytes, 'xls', { ...READ_LIMITS, fileBytes: 10_000 })).toEqual({
      code: 'file_too_large',
      size: bytes.length,
      limit: 10_000,
    });
  });

  it.each([
    ['schedule.xls', 'xls'],
    ['schedule.ods', 'ods'],
    ['schedule-utf8.csv', 'csv'],
    ['oa-export-gb2312.xls', 'html'],
  ] as const)('stops %s at the cell limit while converting', async (file, kind) => {
    expect(await problem(fixture(file), kind, { ...READ_LIMITS, cells: 20 })).toEqual({ code: 'file_too_many_cells', limit: 20 });
  });

  it('refuses an .ods whose few bytes repeat one cell over a whole sheet, before SheetJS creates a cell', async () => {
    const row =
      '<table:table-row table:number-rows-repeated="1048576"><table:table-cell table:number-columns-repeated="16384" ' +
      'office:value-type="string"><text:p>x</text:p></table:table-cell></table:table-row>';
    const bytes = ods(odsTable(row));
    expect(bytes.length).toBeLessThan(2000);
    expect(await problem(bytes, 'ods')).toEqual({ code: 'file_too_many_cells', limit: READ_LIMITS.cells });
  });

  it('stops inflating a zip bomb at the part limit, and at the ratio limit', async () => {
    const bomb = ods(odsTable(' '.repeat(3 * 1024 * 1024)));
    expect(bomb.length).toBeLessThan(10_000);
    const small = { ...READ_LIMITS, partBytes: 1024 * 1024 };
    const dense = { ...READ_LIMITS, ratio: 100 };
    expect([await problem(bomb, 'ods', small), await problem(bomb, 'ods', dense)]).toEqual([
      { code: 'file_too_large', size: expect.any(Number), limit: 1024 * 1024 },
      { code: 'file_too_large', size: null, limit: READ_LIMITS.totalBytes },
    ]);
  });

  it('refuses an HTML page of huge merged cells like a page of cells', async () => {
    const page = `<table>${'<tr><td colspan=1000 rowspan=60000>x</td></tr>'.repeat(200)}</table>`;
    expect(await problem(text(page), 'html', { ...READ_LIMITS, cells: 100_000 })).toEqual({ code: 'file_too_many_cells', limit: 100_000 });
  });
});

describe('unsafe XML', () => {
  it('refuses a flat OpenDocument file with a DTD, without expanding anything', async () => {
    const fods = fixture('schedule.fods');
    const xml = new TextDecoder().decode(fods).replace('?>', '?><!DOCTYPE office:document [<!ENTITY a "aaaaaaaaaa">]>');
    expect(await problem(text(xml), 'fods')).toEqual({ code: 'file_unsafe' });
  });

  it('refuses an .ods whose content.xml declares entities', async () => {
    expect(await problem(ods(odsTable('').replace('?>', '?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>')), 'ods')).toEqual({
      code: 'file_unsafe',
    });
  });
});

/**
 * A read's outcome as the rest of PlanSheet relies on it: a file problem, or a workbook whose grids
 * are sparse as core expects (rows and columns ascending, one value per column, no empty cell).
 */
async function outcome(bytes: Uint8Array, kind: Kind): Promise<string> {
  let data: WorkbookData;
  try {
    data = await readOtherFormat(bytes, kind, READ_LIMITS);
  } catch (error) {
    return error instanceof PortError && error.problem ? error.problem.code : `not a file problem: ${String(error)}`;
  }
  for (const sheet of data.sheets) {
    let last = -1;
    for (const row of sheet.rows) {
      const ascending = row.cols.every((c, i) => i === 0 || c > row.cols[i - 1]);
      const filled = row.values.length === row.cols.length && row.values.every((v) => v !== null && v !== '');
      if (row.row <= last || !ascending || !filled) return `malformed row ${row.row} of ${sheet.sheetName}`;
      last = row.row;
    }
  }
  return 'read';
}

describe('whatever the bytes', () => {
  const kinds: Kind[] = ['xls', 'xlsb', 'ods', 'fods', 'html', 'csv'];
  const seeds = ['schedule.xls', 'schedule.ods', 'schedule.fods', 'schedule-sheetjs.xlsb', 'oa-export-gb2312.xls', 'schedule-gbk.csv'];

  it('reads or refuses with a file problem, never with another error (cut and scribbled real files)', async () => {
    const files = seeds.map(fixture);
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: seeds.length - 1 }),
        fc.constantFrom(...kinds),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }),
        async (seed, kind, cut, scribbles) => {
          const bytes = files[seed].slice(0, Math.max(1, Math.floor(files[seed].length * cut)));
          for (const [where, value] of scribbles) bytes[Math.floor(where * (bytes.length - 1))] = value;
          expect(await outcome(bytes, kind)).toMatch(/^(read|file_[a-z_]+)$/);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('reads or refuses random bytes with a file problem', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ minLength: 1, maxLength: 2048 }), fc.constantFrom(...kinds), async (bytes, kind) => {
        expect(await outcome(bytes, kind)).toMatch(/^(read|file_[a-z_]+)$/);
      }),
      { numRuns: 150 },
    );
  });
});
