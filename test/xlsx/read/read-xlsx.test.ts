import { READ_LIMITS, type ReadLimits } from '../../../src/xlsx/read-limits';
import type { FileProblem } from '../../../src/core/ports/file-problem';
import { PortError } from '../../../src/core/ports/workbook-port';
import { readZipDirectory } from '../../../src/xlsx/list-zip-entries';
import type { Inflater } from '../../../src/xlsx/read/inflate-entry';
import { readXlsx } from '../../../src/xlsx/read/read-xlsx';
import { entryDataOffset, makePackage, patchEntry } from '../../helpers/make-package';

const SHEET = 'xl/worksheets/sheet1.xml';
const inline = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;

async function problemOf(work: Promise<unknown>): Promise<FileProblem | string | null> {
  return work.then(
    () => null,
    (error: unknown) => (error instanceof PortError && error.problem ? error.problem : String(error)),
  );
}

/** A sheet part of `spaces` blanks between its tags: deflate packs it about 1,000 to 1. */
function whitespaceSheet(spaces: number): Uint8Array {
  const open = new TextEncoder().encode('<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>');
  const close = new TextEncoder().encode('</sheetData></worksheet>');
  const part = new Uint8Array(open.length + spaces + close.length).fill(32);
  part.set(open);
  part.set(close, open.length + spaces);
  return part;
}

const EXTERNAL_ENTITY = '<!DOCTYPE sst [<!ENTITY x SYSTEM "file:///etc/passwd">]><sst><si><t>&x;</t></si></sst>';
const limits = (changes: Partial<ReadLimits>): ReadLimits => ({ ...READ_LIMITS, ...changes });
/** Refused as too large by a limit whose size is not one of bytes (cells, the ratio). */
const tooMany = (limit: number) => ({ code: 'file_too_many_cells', limit });

describe.each<Inflater>(['native', 'fflate'])('readXlsx, inflating with %s', (inflater) => {
  const read = (bytes: Uint8Array, at: ReadLimits = READ_LIMITS) => readXlsx(bytes, at, inflater);

  it('reads a hand-written package: absolute and relative targets, prefixed names, cells and rows without r, stored parts', async () => {
    const bytes = makePackage({
      sheetData:
        '<row r="2"><c r="B2" t="s"><v>0</v></c><c t="s"><v>1</v></c></row>' +
        '<row><c t="n"><v>3</v></c>' +
        '<x:c xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" r="C3" s="1"><x:v>45778</x:v></x:c></row>',
      afterSheetData: '<mergeCells count="1"><mergeCell ref="B2:C2"/></mergeCells>',
      sharedStrings: ['<si><t>月份</t></si>', '<si><r><t>活</t></r><r><t>动</t></r></si>'],
      styles:
        '<numFmts count="1"><numFmt numFmtId="200" formatCode="yyyy&quot;年&quot;m&quot;月&quot;"/></numFmts>' +
        '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="200"/></cellXfs>',
      stored: [SHEET],
    });
    expect(await read(bytes)).toEqual({
      kind: 'xlsx',
      sheets: [
        {
          sheetName: 'S',
          rows: [
            { row: 1, cols: [1, 2], values: ['月份', '活动'] },
            { row: 2, cols: [0, 2], values: [3, 45778], formats: [undefined, 'yyyy"年"m"月"'] },
          ],
          merges: [{ top: 1, left: 1, bottom: 1, right: 2 }],
        },
      ],
      settings: {},
      sheetNames: ['S'],
      sheetTables: { S: [] },
    });
  });

  it('puts cells and rows written out of order back in order, the later of two cells in one place winning', async () => {
    const sheetData = [
      `<row r="3">${inline('C3', 'c')}${inline('A3', 'a')}</row>`,
      `<row r="1">${inline('A1', 'x')}</row>`,
      `<row r="3">${inline('A3', 'a2')}</row>`,
    ];
    const bytes = makePackage({ sheetData: sheetData.join('') });
    expect((await read(bytes)).sheets[0].rows).toEqual([
      { row: 0, cols: [0], values: ['x'] },
      { row: 2, cols: [0, 2], values: ['a2', 'c'] },
    ]);
  });

  it('reads a part written in UTF-16 with its byte order mark', async () => {
    const xml =
      `\ufeff<?xml version="1.0" encoding="UTF-16"?><worksheet><sheetData><row>${inline('A1', '三月')}</row></sheetData>` + '</worksheet>';
    const utf16 = new Uint8Array(xml.length * 2);
    for (let i = 0; i < xml.length; i++) new DataView(utf16.buffer).setUint16(i * 2, xml.charCodeAt(i), true);
    expect((await read(makePackage({ parts: { [SHEET]: utf16 } }))).sheets[0].rows).toEqual([{ row: 0, cols: [0], values: ['三月'] }]);
  });

  it.each<[string, () => Uint8Array, FileProblem]>([
    [
      'a part with a DTD that declares entities',
      () => makePackage({ parts: { [SHEET]: '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY lol "lol">]><worksheet/>' } }),
      { code: 'file_unsafe' },
    ],
    [
      'shared strings with an external entity',
      () => makePackage({ sharedStrings: [], parts: { 'xl/sharedStrings.xml': EXTERNAL_ENTITY } }),
      { code: 'file_unsafe' },
    ],
    ['an entity nobody declared', () => makePackage({ sheetData: `<row>${inline('A1', '&xxe;')}</row>` }), { code: 'file_damaged' }],
    [
      'a sheet whose part is missing',
      () => makePackage({ parts: { 'xl/_rels/workbook.xml.rels': '<R><Relationship Id="rId1" Type="x/worksheet" Target="a.xml"/></R>' } }),
      { code: 'file_damaged' },
    ],
    ['a cell beyond XFD1048576', () => makePackage({ sheetData: `<row>${inline('XFE1', 'x')}</row>` }), { code: 'file_damaged' }],
    [
      'a shared string that is not in the table',
      () => makePackage({ sheetData: '<row r="1"><c r="A1" t="s"><v>5</v></c></row>', sharedStrings: ['<si><t>a</t></si>'] }),
      { code: 'file_damaged' },
    ],
    ['a part whose CRC does not match', () => patchEntry(makePackage(), SHEET, { crc32: 0x12345678 }), { code: 'file_damaged' }],
    ['a part whose size does not match', () => patchEntry(makePackage(), SHEET, { size: 10 }), { code: 'file_damaged' }],
    [
      'a part whose compressed bytes are garbled',
      () => {
        const bytes = makePackage({ sheetData: `<row r="1">${inline('A1', '一二三四五六七八九十'.repeat(30))}</row>` });
        const at = entryDataOffset(bytes, SHEET);
        bytes.fill(0xff, at + 4, at + 40);
        return bytes;
      },
      { code: 'file_damaged' },
    ],
    ['a workbook cut short', () => makePackage().slice(0, 400), { code: 'file_damaged' }],
  ])('refuses %s', async (_label, make, problem) => {
    expect(await problemOf(read(make()))).toEqual(problem);
  });

  it('refuses a part encrypted with a zip password', async () => {
    const bytes = makePackage();
    const entry = readZipDirectory(bytes)!.entries.find((e) => e.name === SHEET)!;
    new DataView(bytes.buffer).setUint16(entry.centralOffset + 8, entry.flags | 1, true);
    expect(await problemOf(read(bytes))).toEqual({ code: 'file_encrypted' });
  });

  it('refuses a zip bomb that owns up to its size before inflating anything', async () => {
    const sheet = whitespaceSheet(8 << 20);
    const bomb = makePackage({ parts: { [SHEET]: sheet } });
    const refusal = { code: 'file_too_large', size: sheet.length, limit: 4 << 20 };
    expect(await problemOf(read(bomb, limits({ totalBytes: 4 << 20 })))).toEqual(refusal);
    expect(await problemOf(read(bomb, limits({ partBytes: 4 << 20 })))).toEqual(refusal);
  });

  it('refuses a zip bomb that lies about its size while inflating it, at the limit', async () => {
    const bomb = patchEntry(makePackage({ parts: { [SHEET]: whitespaceSheet(8 << 20) } }), SHEET, { size: 1000 });
    expect(await problemOf(read(bomb, limits({ totalBytes: 4 << 20 })))).toEqual({ code: 'file_too_large', size: null, limit: 4 << 20 });
    expect(await problemOf(read(bomb, limits({ partBytes: 2 << 20 })))).toEqual({ code: 'file_too_large', size: null, limit: 2 << 20 });
  });

  it('refuses a part that unpacks more than the ratio allows', async () => {
    const bomb = patchEntry(makePackage({ parts: { [SHEET]: whitespaceSheet(8 << 20) } }), SHEET, { size: 1000 });
    expect(await problemOf(read(bomb, limits({ ratio: 10 })))).toEqual({
      code: 'file_too_large',
      size: null,
      limit: READ_LIMITS.totalBytes,
    });
  });

  it('refuses a sheet with more cells than the limit, shared strings and merged areas counted', async () => {
    const cells = Array.from({ length: 60 }, (_, i) => `<c r="A${i + 1}"><v>${i}</v></c>`).join('');
    const merges = `<mergeCells>${Array.from({ length: 30 }, (_, i) => `<mergeCell ref="B${i + 1}:C${i + 1}"/>`).join('')}</mergeCells>`;
    const strings = Array.from({ length: 30 }, () => '<si><t>x</t></si>');
    const sheet = makePackage({ sheetData: `<row>${cells}</row>` });
    const crowded = makePackage({ sheetData: `<row>${cells}</row>`, afterSheetData: merges, sharedStrings: strings });
    expect(await problemOf(read(sheet, limits({ cells: 59 })))).toEqual(tooMany(59));
    expect(await read(sheet, limits({ cells: 60 }))).toHaveProperty('kind', 'xlsx');
    expect(await problemOf(read(crowded, limits({ cells: 100 })))).toEqual(tooMany(100));
  });
});

describe('the workbook part', () => {
  it('counts dates from 1904 when the workbook says so, whatever an extension list repeats', async () => {
    const { workbookHandler } = await import('../../../src/xlsx/read/workbook-handler');
    const { XmlTokenizer } = await import('../../../src/xlsx/read/xml-tokenizer');
    const handler = workbookHandler();
    const tokenizer = new XmlTokenizer(handler);
    tokenizer.write(
      new TextEncoder().encode(
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="r" xmlns:x15="x15">' +
          '<workbookPr date1904="1"/><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets>' +
          '<extLst><ext uri="{x}"><x15:workbookPr chartTrackingRefBase="1"/></ext></extLst></workbook>',
      ),
    );
    tokenizer.end();
    expect(handler.result()).toEqual({ sheets: [{ name: 'S', state: 'visible', relationshipId: 'rId1' }], date1904: true });
  });
});
