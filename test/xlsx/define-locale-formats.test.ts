import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { defineLocaleFormats } from '../../src/xlsx/define-locale-formats';
import { writePlanWorkbook } from '../../src/xlsx/write-plan-workbook';
import { makeXlsx } from '../helpers/make-xlsx';

/**
 * A workbook as a Chinese Excel writes it: the date cell uses a built-in,
 * language-dependent format id that styles.xml does not define.
 */
async function chineseExcelFile(id: number, options: { keepNumFmts: boolean; streamFiles?: boolean }): Promise<Uint8Array> {
  const bytes = await makeXlsx([{ name: '活动安排', rows: [['月份', '活动内容'], [{ date: '2024-09-10' }, '教师节活动']] }]);
  const zip = await JSZip.loadAsync(bytes);
  const styles = await zip.file('xl/styles.xml')!.async('string');
  const numFmts = options.keepNumFmts ? '<numFmts count="0"/>' : '';
  zip.file(
    'xl/styles.xml',
    styles.replace(/<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\/m\/d"\/><\/numFmts>/, numFmts).replace('numFmtId="164"', `numFmtId="${id}"`),
  );
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', streamFiles: options.streamFiles ?? false });
}

/** For the writers that still rewrite a workbook through exceljs (issue 10 replaces them); reading has its own reader. */
describe('defineLocaleFormats', () => {
  it('rewrites only styles.xml: every other part of the zip is as it was', async () => {
    const original = await chineseExcelFile(31, { keepNumFmts: true });
    const copy = original.slice();
    const patched = await defineLocaleFormats(original);
    expect(original).toEqual(copy);
    const [before, after] = await Promise.all([JSZip.loadAsync(original), JSZip.loadAsync(patched)]);
    expect(Object.keys(after.files)).toEqual(Object.keys(before.files));
    for (const name of Object.keys(before.files).filter((n) => !before.files[n].dir && n !== 'xl/styles.xml')) {
      expect([name, await after.file(name)!.async('string')]).toEqual([name, await before.file(name)!.async('string')]);
    }
    const styles = await after.file('xl/styles.xml')!.async('string');
    expect(/<numFmts[^>]*>.*?<\/numFmts>/.exec(styles)?.[0]).toBe(
      '<numFmts count="1"><numFmt numFmtId="31" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts>',
    );
  });

  it('never changes the bytes it is given, a Node Buffer (whose slice is a view) included', async () => {
    const original = Buffer.from(await chineseExcelFile(31, { keepNumFmts: true }));
    const copy = Uint8Array.from(original);
    await defineLocaleFormats(original);
    expect(Uint8Array.from(original)).toEqual(copy);
  });

  it('gives back the very same bytes when every format the cells use is known', async () => {
    const bytes = await makeXlsx([{ name: 'S', rows: [['月份'], [{ date: '2024-09-10' }]] }]);
    expect(await defineLocaleFormats(bytes)).toBe(bytes);
    const notZip = new TextEncoder().encode('plain text');
    expect(await defineLocaleFormats(notZip)).toBe(notZip);
  });

  it('keeps the user’s Chinese date format in the copy that build writes', async () => {
    const result = await writePlanWorkbook(await chineseExcelFile(31, { keepNumFmts: true }), [], {});
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(result.bytes as unknown as ExcelJS.Buffer);
    const cell = wb.getWorksheet('活动安排')!.getCell('A2');
    expect([cell.numFmt, cell.value]).toEqual(['yyyy"年"m"月"d"日"', new Date(Date.UTC(2024, 8, 10))]);
  });
});
