import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runBuild } from '../../src/cli/commands/build';
import type { Io } from '../../src/cli/io';
import { CLI_ADAPTERS } from '../../src/cli/main';
import { loadSchedule } from '../../src/cli/load-schedule';
import { analyzeSheet } from '../../src/core/plan/analyze-sheet';
import { readWorkbook } from '../../src/xlsx/read-workbook';
import type { WorkbookData } from '../../src/core/ports/workbook-data';
import { grid, rectangle } from '../helpers/grid';
import { tempFolder } from '../helpers/run-cli';

// The readers of .xls, .ods and .csv are another issue's; here the schedule comes as they would give it.
jest.mock('../../src/cli/load-schedule', () => ({ loadSchedule: jest.fn() }));

const SCHEDULE = grid(
  [
    ['2024年工会活动安排', null],
    ['月份', '活动内容'],
    ['一月', '元旦活动'],
    [null, '教工运动会'],
  ],
  { merges: ['A1:B1', 'A3:A4'] },
);
const XLS: WorkbookData = { kind: 'xls', sheets: [SCHEDULE], settings: {}, sheetNames: ['活动安排'], sheetTables: {} };

function capture(): Io & { out: string; err: string } {
  const io = { out: '', err: '', isTTY: false, stdout: (t: string) => void (io.out += t), stderr: (t: string) => void (io.err += t) };
  return io;
}

describe('plansheet build on a file that is not OOXML', () => {
  it('writes a new .xlsx with the values and the plan sheets, and says in one line that the formatting stayed behind', async () => {
    const analyzed = analyzeSheet(SCHEDULE, { year: 2024 });
    if (!analyzed.ok) throw new Error('not a schedule');
    const dir = await tempFolder({ '活动安排.xls': new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]) });
    jest.mocked(loadSchedule).mockResolvedValue({
      ok: true,
      analysis: analyzed.analysis,
      settings: {},
      data: XLS,
      bytes: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]),
    });
    for (const [lang, note] of [
      ['zh', '注意：原文件不是 .xlsx 格式，新文件只带上了它的数据（值和合并单元格），原有的格式未能保留；原文件本身没有改动。'],
      [
        'en',
        'Note: the original is not an .xlsx workbook, so the new file carries its data (values and merged cells) ' +
          'but not its formatting; the original file is unchanged.',
      ],
    ] as const) {
      const io = capture();
      expect(await runBuild({ files: [join(dir, '活动安排.xls')], lang }, io, CLI_ADAPTERS)).toBe(0);
      expect(io.err.split('\n')[0]).toBe(note);
    }
    expect((await readdir(dir)).sort()).toEqual(['活动安排.plansheet.xlsx', '活动安排.xls']);
    const data = await readWorkbook(await readFile(join(dir, '活动安排.plansheet.xlsx')));
    expect(data.sheetNames).toEqual(['活动安排', 'Main Work', 'Monthly Schedule', 'Coverage', '_plansheet']);
    expect([rectangle(data.sheets[0]).values, data.sheets[0].merges]).toEqual([
      [
        ['2024年工会活动安排', null],
        ['月份', '活动内容'],
        ['一月', '元旦活动'],
        [null, '教工运动会'],
      ],
      [
        { top: 0, left: 0, bottom: 0, right: 1 },
        { top: 2, left: 0, bottom: 3, right: 0 },
      ],
    ]);
  });
});
