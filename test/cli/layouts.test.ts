import { join } from 'node:path';
import { makeXlsx, type CellInput, type SheetInput } from '../helpers/make-xlsx';
import { runCli, tempFolder } from '../helpers/run-cli';

const MONTHS = ['一月', '二月', '三月', '四月', '五月', '六月', '七月', '八月', '九月', '十月', '十一月', '十二月'];
const ALL = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

async function workbook(sheet: SheetInput): Promise<string> {
  const dir = await tempFolder({ 'plan.xlsx': await makeXlsx([sheet]) });
  return join(dir, 'plan.xlsx');
}

/** A hospital union's year as a matrix: task groups down column A, 一月…十二月 across, several items in a cell. */
const across: CellInput[][] = [
  ['2025年XX医院工会工作安排'],
  ['项目', ...MONTHS, '备注'],
  [
    '思想建设',
    '1、制定年度工作计划\n2、学习贯彻上级工会文件',
    null,
    '庆“三八”女职工座谈会',
    null,
    '“庆五一”劳动竞赛表彰',
    null,
    '配合党委开展庆“七一”活动',
    null,
    null,
    '国庆节庆祝活动',
    '职工代表巡视',
    '年度总结',
  ],
  [
    '关爱服务',
    '春节走访慰问困难职工',
    null,
    null,
    '职工健康体检；心理健康讲座',
    '庆三八趣味运动会',
    '六一亲子活动',
    null,
    '夏季送清凉',
    '中秋节慰问',
    null,
    null,
    '迎新年扑克比赛',
  ],
];

describe('plansheet check on the layouts people draw', () => {
  it('reads months across with 项目 in the corner, says so, and takes the unit and the year from the title', async () => {
    const file = await workbook({ name: '工作安排', rows: across, merges: ['A1:N1'] });
    const json = JSON.parse((await runCli(['check', file, '--json'])).stdout);
    expect([json.layout, json.unit, json.period.year, json.activities, json.gaps]).toEqual(['months_across', 'XX医院工会', 2025, 16, [2]]);
    expect(json.groups).toEqual([
      { name: '思想建设', count: 8 },
      { name: '关爱服务', count: 8 },
    ]);
    const text = await runCli(['check', file]);
    expect(text).toEqual({
      code: 1,
      stderr: '',
      stdout: [
        `${file} › 工作安排`,
        '按月份横排读取（月份在表头，任务组在左侧一列）',
        '单位：XX医院工会（取自标题）',
        '计划期：2025年',
        '',
        '  1月  2月  3月  4月  5月  6月  7月  8月  9月 10月 11月 12月',
        '    3    0    1    2    2    1    1    1    1    1    1    2',
        '    ✓    ✗    ✓    ✓    ✓    ✓    ✓    ✓    ✓    ✓    ✓    ✓',
        '',
        '缺少活动的月份：2月。',
        '共 16 项活动，2 个任务组。',
        '',
        '问题：0 个错误，1 个提醒：',
        '  F4    提醒  “庆三八趣味运动会”安排在 5 月，三八妇女节在 3 月。',
        '',
      ].join('\n'),
    });
  });

  it('says "read with months across" in English and in the JSON for every file', async () => {
    const file = await workbook({
      name: 'Plan',
      rows: [
        [null, ...ALL.map((m) => `${m}月`)],
        ['文体活动', '元旦联欢', '春节联欢'],
      ],
    });
    const run = await runCli(['check', file, '--lang', 'en']);
    expect(run.stdout.split('\n')[1]).toBe('Read with months across (months in the header, task groups down the left column)');
    const many = JSON.parse((await runCli(['check', file, file, '--json'])).stdout);
    expect(many.map((o: { layout: string }) => o.layout)).toEqual(['months_across', 'months_across']);
  });

  it('reads the transposed matrix and prints the same months as the matrix it transposes', async () => {
    const rows: CellInput[][] = [['2025年XX医院工会工作安排'], ['月份', '思想建设', '关爱服务']];
    MONTHS.forEach((month, k) => rows.push([month, across[2][k + 1], across[3][k + 1]]));
    const down = JSON.parse((await runCli(['check', await workbook({ name: '工作安排', rows, merges: ['A1:C1'] }), '--json'])).stdout);
    const original = await workbook({ name: '工作安排', rows: across, merges: ['A1:N1'] });
    const matrix = JSON.parse((await runCli(['check', original, '--json'])).stdout);
    expect(down.layout).toBe('months_down');
    expect([down.months, down.groups, down.activities]).toEqual([matrix.months, matrix.groups, matrix.activities]);
  });

  it('counts blank month cells for the month above, with one warning per run, in a list', async () => {
    const rows: CellInput[][] = [
      ['月份', '活动内容', '工作类别'],
      ['1月', '元旦联欢', '文体活动'],
      ['2月', '春节走访慰问', '关爱服务'],
      [null, '困难职工帮扶', '关爱服务'],
      [null, '学习上级文件', '思想建设'],
      [null, '工会例会', '自身建设'],
      ['3月', '庆三八', '文体活动'],
    ];
    const run = await runCli(['check', await workbook({ name: '安排', rows }), '--json', '--year', '2025']);
    const json = JSON.parse(run.stdout);
    expect(json.months.slice(0, 3).map((m: { count: number }) => m.count)).toEqual([1, 4, 1]);
    expect(json.issues).toEqual([
      { cell: 'A4', severity: 'warning', code: 'month_filled_from_above', message: 'A4–A6 月份空白，按上方的“2月”计入。' },
    ]);
  });

  it('warns about festivals in the wrong month and suggests a month for one with none', async () => {
    const rows: CellInput[][] = [
      ['2024年工会活动安排'],
      ['月份', '活动内容'],
      ['5月', '庆“三八”中青年教职工基本素质展示'],
      ['3月', '三八红旗手评选'],
      ['6月', '建国庆典筹备'],
      ['3月', '中秋节慰问'],
      ['待定', '教师节慰问'],
    ];
    const run = await runCli(['check', await workbook({ name: '安排', rows }), '--json']);
    expect(JSON.parse(run.stdout).issues.map((i: { cell: string; message: string }) => [i.cell, i.message])).toEqual([
      ['B3', '“庆“三八”中青年教职工基本素质展示”安排在 5 月，三八妇女节在 3 月。'],
      ['B6', '“中秋节慰问”安排在 3 月，2024 年中秋节在 9 月 17 日。'],
      ['A7', '月份“待定”尚未确定，该活动暂不计入任何月份。'],
      ['B7', '“教师节慰问”可安排在 9 月。'],
    ]);
  });
});

describe('plansheet doc on a months-across matrix', () => {
  it('titles and signs the plan with the unit the title names, and lists 每月 / 全年 items once', async () => {
    const rows: CellInput[][] = [
      ['2025年XX医院工会工作安排'],
      ['工作类别', ...MONTHS, '全年'],
      ['自身建设', '制定年度工作计划', null, null, null, null, null, null, null, null, null, null, '年度总结', '工会委员例会（每月）'],
    ];
    const run = await runCli(['doc', await workbook({ name: '安排', rows })]);
    expect(run.stdout).toBe(
      [
        '2025年XX医院工会工作计划',
        '',
        '一、主要工作',
        '（一）自身建设',
        '　　1、制定年度工作计划。',
        '　　2、年度总结。',
        '　　3、工会委员例会（每月）。',
        '二、主要活动安排',
        '　　全年：工会委员例会（每月）。',
        '　　一月：制定年度工作计划。',
        '　　十二月：年度总结。',
        '',
        'XX医院工会',
        '',
      ].join('\n'),
    );
    const titled = await runCli(['doc', await workbook({ name: '安排', rows }), '--unit', '第一人民医院工会']);
    expect(titled.stdout.split('\n')[0]).toBe('2025年第一人民医院工会工作计划');
  });
});
