import { zipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compoundFileNames } from '../../../src/xlsx/read/compound-file-names';
import { sniffFileKind } from '../../../src/xlsx/read/sniff-file-kind';
import { makeXlsx } from '../../helpers/make-xlsx';

const FIXTURES = join(__dirname, '../../fixtures/readers');
const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(join(FIXTURES, name)));
const text = (s: string): Uint8Array => new TextEncoder().encode(s);
const zip = (names: readonly string[], stored: Record<string, string> = {}): Uint8Array =>
  zipSync({
    ...Object.fromEntries(Object.entries(stored).map(([n, t]) => [n, [text(t), { level: 0 }]])),
    ...Object.fromEntries(names.map((n) => [n, text('<x/>')])),
  });
const notSpreadsheet = (looksLike: string | null) => ({ problem: { code: 'file_not_spreadsheet', looksLike } });

describe('sniffFileKind', () => {
  it.each([
    ['an .xlsx from exceljs', async () => makeXlsx([{ name: 'S', rows: [['月份']] }]), { kind: 'xlsx' }],
    ['an .xlsx from LibreOffice', async () => fixture('libreoffice.xlsx'), { kind: 'xlsx' }],
    ['a strict .xlsx', async () => fixture('strict.xlsx'), { kind: 'xlsx' }],
    ['an .xls from LibreOffice (whatever it is named)', async () => fixture('libreoffice.xls'), { kind: 'xls' }],
    ['an .ods from LibreOffice', async () => fixture('libreoffice.ods'), { kind: 'ods' }],
    ['a binary .xlsb', async () => zip(['[Content_Types].xml', 'xl/workbook.bin', 'xl/worksheets/sheet1.bin']), { kind: 'xlsb' }],
    ['an .xlsx with a password to open', async () => fixture('libreoffice-encrypted.xlsx'), { problem: { code: 'file_encrypted' } }],
    ['a .docx from LibreOffice', async () => fixture('libreoffice-note.docx'), notSpreadsheet('word')],
    ['a .doc from LibreOffice', async () => fixture('libreoffice-note.doc'), notSpreadsheet('word')],
    ['a PDF from LibreOffice', async () => fixture('libreoffice-note.pdf'), notSpreadsheet('pdf')],
    ['a .pptx', async () => zip(['[Content_Types].xml', 'ppt/presentation.xml']), notSpreadsheet('powerpoint')],
    ['an .odt', async () => zip(['content.xml'], { mimetype: 'application/vnd.oasis.opendocument.text' }), notSpreadsheet('word')],
    ['a zip of photos', async () => zip(['DSC0001.jpg']), notSpreadsheet('archive')],
    ['a PNG', async () => Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13), notSpreadsheet('image')],
    ['a JPEG', async () => Uint8Array.of(0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46), notSpreadsheet('image')],
    ['a 7z archive', async () => Uint8Array.of(0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c, 0, 4), notSpreadsheet('archive')],
    [
      'an HTML table saved as .xls',
      async () => text('\ufeff<html xmlns:x="urn:schemas-microsoft-com:office:excel"><table><tr><td>月份</td></tr></table></html>'),
      { kind: 'html' },
    ],
    ['a web page', async () => text('  <!DOCTYPE html>\n<html><body>登录</body></html>'), { kind: 'html' }],
    [
      'SpreadsheetML 2003 XML',
      async () => text('<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"/>'),
      { kind: 'spreadsheetml' },
    ],
    [
      'a flat OpenDocument spreadsheet',
      async () =>
        text(
          '<?xml version="1.0"?><office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" ' +
            'office:mimetype="application/vnd.oasis.opendocument.spreadsheet"/>',
        ),
      { kind: 'fods' },
    ],
    ['some other XML', async () => text('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>'), notSpreadsheet('text')],
    ['UTF-8 CSV', async () => text('月份,活动\n1月,元旦\n'), { kind: 'csv' }],
    ['GB18030 CSV', async () => Uint8Array.of(0xd4, 0xc2, 0xb7, 0xdd, 0x2c, 0xbb, 0xee, 0xb6, 0xaf, 0x0d, 0x0a), { kind: 'csv' }],
    ['UTF-16 text with its byte order mark', async () => Uint8Array.of(0xff, 0xfe, 8, 0x67, 9, 0, 0x3b, 0x6d), { kind: 'csv' }],
    ['a text starting with BM (no bitmap)', async () => text('BMI,体重\n22,60\n'), { kind: 'csv' }],
    ['binary bytes', async () => Uint8Array.of(0, 1, 2, 3, 0xfe, 0x00, 0x10), notSpreadsheet(null)],
    ['a zip cut short', async () => (await makeXlsx([{ name: 'S' }])).slice(0, 200), { problem: { code: 'file_damaged' } }],
    ['0 bytes', async () => new Uint8Array(0), { problem: { code: 'file_empty' } }],
  ])('knows %s', async (_label, make, expected) => {
    expect(sniffFileKind(await make())).toEqual(expected);
  });
});

describe('compoundFileNames', () => {
  it('lists the streams of an .xls, a .doc and an encrypted .xlsx', () => {
    const named = (file: string) => compoundFileNames(fixture(file))!.filter((n) => !n.startsWith('\u0005') && !n.startsWith('\u0001'));
    expect([named('libreoffice.xls'), named('libreoffice-note.doc'), named('libreoffice-encrypted.xlsx')]).toEqual([
      ['Root Entry', 'Workbook'],
      ['Root Entry', '1Table', 'WordDocument'],
      ['Root Entry', 'EncryptionInfo', 'EncryptedPackage'],
    ]);
  });

  it('gives null for a compound file whose directory is cut off', () => {
    expect(compoundFileNames(fixture('libreoffice.xls').slice(0, 1024))).toBeNull();
  });
});
