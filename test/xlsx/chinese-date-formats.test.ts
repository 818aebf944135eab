import JSZip from 'jszip';
import { readWorkbook } from '../../src/xlsx/read-workbook';
import { writePlanWorkbook } from '../../src/xlsx/write-plan-workbook';
import { rectangle } from '../helpers/grid';
import { makeXlsx } from '../helpers/make-xlsx';

/**
 * A workbook as a Chinese Excel writes it: the date cell uses a built-in,
 * language-dependent format id (27–36, 50–58) that styles.xml does not define.
 */
async function chineseExcelFile(id: number): Promise<Uint8Array> {
  const bytes = await makeXlsx([
    {
      name: '活动安排',
      rows: [
        ['月份', '活动内容'],
        [{ date: '2024-09-10' }, '教师节活动'],
      ],
    },
  ]);
  const zip = await JSZip.loadAsync(bytes);
  const styles = await zip.file('xl/styles.xml')!.async('string');
  zip.file(
    'xl/styles.xml',
    styles
      .replace(/<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\/m\/d"\/><\/numFmts>/, '')
      .replace('numFmtId="164"', `numFmtId="${id}"`),
  );
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

describe('Chinese Excel’s built-in date formats', () => {
  it('reads a cell in format 31 as a date with its format, from a Node Buffer (whose slice is a view) left as it was', async () => {
    const input = Buffer.from(await chineseExcelFile(31));
    const copy = Uint8Array.from(input);
    const grid = (await readWorkbook(input)).sheets[0];
    expect([rectangle(grid).values[1][0], rectangle(grid).formats[1][0], Buffer.compare(input, copy)]).toEqual([
      45545,
      'yyyy"年"m"月"d"日"',
      0,
    ]);
  });

  it('keeps the user’s Chinese date format in the copy that build writes: the style and sheet parts are the very same text', async () => {
    const input = await chineseExcelFile(31);
    const result = writePlanWorkbook(input, [], {});
    const [before, after] = await Promise.all([JSZip.loadAsync(input), JSZip.loadAsync(result.bytes)]);
    for (const name of ['xl/styles.xml', 'xl/worksheets/sheet1.xml']) {
      expect([name, await after.file(name)!.async('string')]).toEqual([name, await before.file(name)!.async('string')]);
    }
    const grid = (await readWorkbook(result.bytes)).sheets[0];
    expect([rectangle(grid).values[1][0], rectangle(grid).formats[1][0]]).toEqual([45545, 'yyyy"年"m"月"d"日"']);
  });
});
