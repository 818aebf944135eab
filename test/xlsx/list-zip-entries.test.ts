import JSZip from 'jszip';
import { listZipEntries } from '../../src/xlsx/list-zip-entries';

describe('listZipEntries', () => {
  it('lists the names in a zip, archive comment and UTF-8 names included', async () => {
    const zip = new JSZip();
    zip.file('xl/workbook.xml', '<workbook/>');
    zip.file('docs/说明.txt', '中文');
    const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', comment: 'made by a test' });
    expect(listZipEntries(bytes)).toEqual(['xl/', 'xl/workbook.xml', 'docs/', 'docs/说明.txt']);
  });

  it('reads a zip that sits inside a larger buffer', async () => {
    const zip = new JSZip();
    zip.file('a.xml', '<a/>');
    const bytes = await zip.generateAsync({ type: 'uint8array' });
    const padded = new Uint8Array(bytes.length + 8);
    padded.set(bytes, 8);
    expect(listZipEntries(padded.subarray(8))).toEqual(['a.xml']);
  });

  it('gives null for bytes that are not a zip', () => {
    expect(listZipEntries(new TextEncoder().encode('月份,活动\n1月,元旦活动\n'.repeat(10)))).toBeNull();
    expect(listZipEntries(new Uint8Array(0))).toBeNull();
  });
});
