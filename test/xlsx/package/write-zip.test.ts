import fc from 'fast-check';
import { unzipSync } from 'fflate';
import JSZip from 'jszip';
import { nativeDeflateChunk } from '../../../src/cli/native-deflate';
import { entryData, readZipDirectory } from '../../../src/xlsx/list-zip-entries';
import { crc32 } from '../../../src/xlsx/crc32';
import { writeZip, type CopiedEntry } from '../../../src/xlsx/package/write-zip';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

/** The entries of a zip as another reader (fflate) inflates them. */
const contents = (zip: Uint8Array): Record<string, string> =>
  Object.fromEntries(Object.entries(unzipSync(zip)).map(([name, data]) => [name, Buffer.from(data).toString('hex')]));

/** Every entry of a zip as a copy that keeps its stored bytes. */
function copies(zip: Uint8Array): CopiedEntry[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  return readZipDirectory(zip)!.entries.map((e) => ({
    kind: 'copied',
    nameBytes: zip.subarray(e.centralOffset + 46, e.centralOffset + 46 + view.getUint16(e.centralOffset + 28, true)),
    method: e.method,
    flags: e.flags,
    crc32: e.crc32,
    size: e.size,
    data: entryData(zip, e)!,
    time: view.getUint16(e.centralOffset + 12, true),
    date: view.getUint16(e.centralOffset + 14, true),
  }));
}

const names = fc.uniqueArray(fc.stringMatching(/^[a-z0-9_\u4e00-\u4e2f]{1,8}(\/[a-z0-9_\u4e00-\u4e2f]{1,8}){0,2}\.(xml|bin)$/), {
  minLength: 1,
  maxLength: 8,
});

describe('crc32', () => {
  it('gives the zip CRC, also continued over chunks', () => {
    expect([crc32(encode('123456789')), crc32(encode('6789'), crc32(encode('12345'))), crc32(new Uint8Array(0))]).toEqual([
      0xcbf43926, 0xcbf43926, 0,
    ]);
  });
});

describe('writeZip', () => {
  it('writes entries that other readers read back, content, names and sizes alike', () => {
    fc.assert(
      fc.property(names, fc.array(fc.uint8Array({ maxLength: 3000 }), { minLength: 8, maxLength: 8 }), (list, datas) => {
        const entries = list.map((name, i) => ({ kind: 'new' as const, name, content: datas[i] }));
        const zip = writeZip(entries, { now: new Date(2024, 0, 2, 3, 4, 6) });
        const expected = Object.fromEntries(list.map((name, i) => [name, Buffer.from(datas[i]).toString('hex')]));
        expect(contents(zip)).toEqual(expected);
        expect(readZipDirectory(zip)!.entries.map((e) => [e.name, e.size, e.crc32])).toEqual(
          list.map((n, i) => [n, datas[i].length, crc32(datas[i])]),
        );
      }),
      { numRuns: 40 },
    );
  });

  it('deflates content given as chunks exactly as the whole', () => {
    fc.assert(
      fc.property(fc.array(fc.uint8Array({ maxLength: 5000 }), { maxLength: 6 }), (chunks) => {
        const zip = writeZip([{ kind: 'new', name: 'a.xml', content: chunks }]);
        expect(contents(zip)).toEqual({ 'a.xml': Buffer.concat(chunks).toString('hex') });
      }),
      { numRuns: 40 },
    );
  });

  it('joins chunks compressed one by one (a native deflate ending each on a sync flush) into one stream', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.uint8Array({ maxLength: 5000 }), fc.string().map(encode)), { maxLength: 6 }), (chunks) => {
        const zip = writeZip([{ kind: 'new', name: 'a.xml', content: chunks }], { deflateChunk: nativeDeflateChunk });
        expect(contents(zip)).toEqual({ 'a.xml': Buffer.concat(chunks).toString('hex') });
      }),
      { numRuns: 40 },
    );
  });

  it('copies entries with their stored bytes, CRC, time and name bytes, from a zip with data descriptors', async () => {
    const source = new JSZip();
    source.file('xl/worksheets/sheet1.xml', '<worksheet>'.repeat(50));
    source.file('xl/media/图片.png', new Uint8Array([137, 80, 78, 71, 1, 2, 3]), { compression: 'STORE' });
    const input = await source.generateAsync({ type: 'uint8array', compression: 'DEFLATE', streamFiles: true });
    const zip = writeZip([...copies(input), { kind: 'new', name: 'new.xml', content: encode('<new/>') }]);
    const stored = (bytes: Uint8Array): string[][] =>
      readZipDirectory(bytes)!.entries.map((e) => [
        e.name,
        String(e.method),
        String(e.crc32),
        Buffer.from(entryData(bytes, e)!).toString('hex'),
      ]);
    const count = readZipDirectory(input)!.entries.length;
    expect(stored(zip).slice(0, count)).toEqual(stored(input));
    const loaded = await JSZip.loadAsync(zip);
    expect(await loaded.file('xl/media/图片.png')!.async('uint8array')).toEqual(new Uint8Array([137, 80, 78, 71, 1, 2, 3]));
    expect(await loaded.file('new.xml')!.async('string')).toBe('<new/>');
    // No data descriptors are written: the local headers hold the real CRC and sizes.
    const descriptors = (bytes: Uint8Array): string[] =>
      readZipDirectory(bytes)!
        .entries.filter((e) => e.flags & 8)
        .map((e) => e.name);
    expect(descriptors(input)).toEqual(['xl/worksheets/sheet1.xml', 'xl/media/图片.png']);
    expect(descriptors(zip)).toEqual([]);
  });

  it('round-trips any copied entries: a copy of a copy is the same archive', () => {
    fc.assert(
      fc.property(names, (list) => {
        const zip = writeZip(list.map((name) => ({ kind: 'new', name, content: encode(name.repeat(20)) })));
        expect(Buffer.from(writeZip(copies(zip))).equals(Buffer.from(zip))).toBe(true);
      }),
      { numRuns: 30 },
    );
  });
});
