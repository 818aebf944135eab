import * as XLSX from '@e965/xlsx';
import fc from 'fast-check';
import { readCompoundDirectory } from '../../../src/xlsx/other-formats/read-compound-directory';
import { fixture } from './fixtures';

const CFB_FILES = [
  'schedule.xls',
  'features.xls',
  'excel-1904.xls',
  'excel-1904-biff5.xls',
  'wps-fn.et',
  'not-a-workbook.doc',
  'schedule-encrypted.xls',
];

describe('readCompoundDirectory', () => {
  it.each(CFB_FILES)("lists the streams of %s as SheetJS's own compound-file reader does (unused entries aside)", (file) => {
    const bytes = fixture(file);
    type Entry = { name: string; type: number };
    const index: Entry[] = XLSX.CFB.read(bytes, { type: 'array' }).FileIndex;
    const sheetJs = index.filter((e) => e.type !== 0).map((e) => [e.name, e.type]);
    expect(readCompoundDirectory(bytes)?.map((e) => [e.name, e.type])).toEqual(sheetJs);
  });

  it("gives each stream's first bytes: the BOF record of BIFF8 and of BIFF5", () => {
    const bof = (file: string, stream: string) => [...(readCompoundDirectory(fixture(file))?.find((e) => e.name === stream)?.head ?? [])];
    expect([bof('schedule.xls', 'Workbook'), bof('excel-1904-biff5.xls', 'Book')]).toEqual([
      [0x09, 0x08, 0x10, 0x00, 0x00, 0x06, 0x05, 0x00],
      [0x09, 0x08, 0x08, 0x00, 0x00, 0x05, 0x05, 0x00],
    ]);
  });

  it('finds the small streams kept in the mini stream too', () => {
    const summary = readCompoundDirectory(fixture('schedule.xls'))?.find((e) => e.name === '\u0005SummaryInformation');
    expect([...(summary?.head ?? [])]).toEqual([0xfe, 0xff, 0x00, 0x00, ...[...(summary?.head ?? [])].slice(4)]);
    expect(summary?.head.length).toBe(8);
  });

  it('is null for bytes that are no compound file, or whose FAT points outside them', () => {
    const broken = fixture('schedule.xls');
    broken.fill(0xee, 0x4c, 0x50);
    expect([
      readCompoundDirectory(new Uint8Array(100)),
      readCompoundDirectory(new Uint8Array(4096)),
      readCompoundDirectory(broken),
    ]).toEqual([null, null, null]);
  });

  it('returns a directory or null, and never throws, whatever a damaged file holds', () => {
    const files = CFB_FILES.map(fixture);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: files.length - 1 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 255 })), { maxLength: 16 }),
        (seed, cut, scribbles) => {
          const bytes = files[seed].slice(0, Math.floor(files[seed].length * cut));
          for (const [where, value] of scribbles) bytes[Math.floor(where * (bytes.length - 1))] = value;
          const directory = readCompoundDirectory(bytes);
          expect(directory === null || Array.isArray(directory)).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });
});
