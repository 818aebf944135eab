/**
 * Writes the sample schedule `assets/samples/2024年工会活动安排.xlsx`:
 *   node bin/run-ts.js scripts/make-sample.ts
 *
 * A school trade union's 2024 schedule as a secretary keeps it: a merged title
 * row, month cells merged down over their activities, months written every
 * way people write them (1月, 三月, 3-4月, 第一季度, a real date, 全年, 待定),
 * months with nothing planned (6月; 7月 and 8月, the summer holiday a school
 * exempts with --exempt 7,8) and the mistakes the check must catch: 十三月,
 * 正月 (a lunar month), a row with a month but no activity, a repeated row and
 * a #N/A left by a failed lookup. Activities are taken from the reference plans.
 *
 * No item is 每月 or 上半年: either would cover June and leave the sample
 * without a gap to show.
 */
import ExcelJS from 'exceljs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

type Month = string | Date | { formula: string; result: { error: string } } | null;
/** 月份, 活动内容, 工作类别, 负责人, 完成情况, 备注 — `null` month: merged into the one above. */
type Row = readonly [Month, string | null, string | null, string | null, string | null, string | null];

const ROWS: readonly Row[] = [
  ['1月', '元旦迎新联欢活动', '文体活动', '王老师', '已完成', null],
  [null, '制定本年度工会工作计划', '自身建设', '张主席', '已完成', null],
  ['二月', '春节走访慰问离退休教师', '关爱服务', '李老师', '已完成', null],
  [null, '组织教职工学习贯彻教育局文件', '思想政治', '张主席', '已完成', null],
  ['第一季度', '开展中青年教师基本功大赛', '师德建设', '教务处', '已完成', null],
  ['三月', '庆“三八”女教职工基本素质展示活动', '文体活动', '刘老师', '已完成', null],
  [null, '配合区教育局组织教师参加互助保险', '关爱服务', '李老师', '已完成', null],
  [null, '召开五届五次教职工代表大会', '民主管理', '张主席', '已完成', '审议绩效工资分配方案'],
  ['3-4月', '学习《中小学教师职业道德规范》', '师德建设', '张主席', '已完成', null],
  ['4月', '组织教职工参加市教育工会羽毛球比赛', '文体活动', '王老师', '已完成', null],
  [null, '教工运动会', '文体活动', '王老师', '取消', '因雨取消，改在秋季举行'],
  ['五月', '庆“五一”离退休教职工联谊活动', '关爱服务', '李老师', '已完成', null],
  [null, '评选优秀年级组', '师德建设', '教务处', '进行中', null],
  [new Date(Date.UTC(2024, 8, 10)), '庆祝教师节活动', '师德建设', '张主席', '未完成', null],
  [null, '表彰优秀教师和优秀班主任', '师德建设', '校长室', '未完成', null],
  ['十月', '国庆节庆祝活动', '思想政治', '刘老师', '未完成', null],
  [null, '师德师风讲座', '师德建设', '教务处', '未完成', null],
  ['11月', '准备学校工会档案（教工之家）', '自身建设', '张主席', '进行中', null],
  [null, '特困教职工调查', '关爱服务', '李老师', '未完成', null],
  ['十二月', '校务公开自查', '民主管理', '张主席', '未完成', null],
  [null, '1、总结本年度工会工作', '自身建设', '张主席', '未完成', null],
  [null, '2、迎新年教职工趣味活动', '文体活动', '王老师', '未完成', null],
  ['第四季度', '“教工小家”及工会积极分子评比', '自身建设', '工会委员会', '未完成', null],
  ['全年', '坚持校务公开，落实教职工知情权、参与权和监督权', '民主管理', '张主席', '进行中', null],
  [null, '做好困难教职工帮扶和“五必访”工作', '关爱服务', '李老师', '进行中', null],
  ['待定', '组织教职工健康体检', '关爱服务', '李老师', null, '时间待定'],
  ['十三月', '困难教职工慰问', '关爱服务', '李老师', null, null],
  ['正月', '春节团拜会', '文体活动', '王老师', '已完成', null],
  ['5月', null, '文体活动', '王老师', null, '活动内容待补'],
  ['十二月', '校务公开自查', '民主管理', '张主席', '未完成', null],
  [
    { formula: 'VLOOKUP("普通话测试",说明!A:B,2,FALSE)', result: { error: '#N/A' } },
    '组织教师参加区级普通话测试',
    '师德建设',
    '教务处',
    null,
    null,
  ],
];

const HEADERS = ['序号', '月份', '活动内容', '工作类别', '负责人', '完成情况', '备注'];
const WIDTHS = [6, 12, 46, 12, 12, 10, 24];
const THIN: ExcelJS.Border = { style: 'thin', color: { argb: 'FF999999' } };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

const NOTES = [
  '填表说明',
  '1. 每行填写一项活动；同一月份的多项活动，可把“月份”单元格向下合并。',
  '2. 月份可写“3月”“三月”“3-4月”“第一季度”“全年”“待定”，也可填日期。',
  '3. 工作类别：思想政治、民主管理、师德建设、文体活动、关爱服务、自身建设。',
  '4. 完成情况：已完成、进行中、未完成、取消。',
  '5. 七、八月为暑假，不安排集中活动。',
  '制表：校工会办公室　2024年1月8日',
];

async function makeSample(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '××学校工会';
  wb.created = new Date(Date.UTC(2024, 0, 8));
  wb.modified = wb.created;

  const ws = wb.addWorksheet('活动安排', { views: [{ state: 'frozen', xSplit: 0, ySplit: 2, topLeftCell: 'A3', activeCell: 'A3' }] });
  WIDTHS.forEach((width, c) => (ws.getColumn(c + 1).width = width));

  const title = ws.getCell('A1');
  title.value = '2024年××学校工会主要活动安排表';
  title.font = { bold: true, size: 16 };
  title.alignment = { horizontal: 'center', vertical: 'middle' };
  ws.getRow(1).height = 30;
  ws.mergeCells('A1:G1');

  HEADERS.forEach((header, c) => {
    const cell = ws.getCell(2, c + 1);
    cell.value = header;
    cell.font = { bold: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
    cell.alignment = { horizontal: 'center', vertical: 'middle' };
    cell.border = BORDER;
  });

  let mergeStart = -1;
  ROWS.forEach(([month, ...rest], i) => {
    const r = i + 3;
    const values = [i + 1, month, ...rest];
    values.forEach((value, c) => {
      const cell = ws.getCell(r, c + 1);
      if (value !== null) cell.value = value as ExcelJS.CellValue;
      cell.border = BORDER;
      cell.alignment = {
        vertical: 'middle',
        wrapText: c === 2 || c === 6,
        horizontal: c === 0 || c === 1 || c === 5 ? 'center' : undefined,
      };
    });
    if (month instanceof Date) ws.getCell(r, 2).numFmt = 'yyyy/m/d';
    // A run of rows whose month cell is empty shares the month above: merge it down.
    const next = ROWS[i + 1];
    if (month !== null) mergeStart = r;
    if ((next === undefined || next[0] !== null) && r > mergeStart) ws.mergeCells(mergeStart, 2, r, 2);
  });

  const notes = wb.addWorksheet('说明');
  notes.getColumn(1).width = 80;
  NOTES.forEach((text, i) => {
    const cell = notes.getCell(i + 1, 1);
    cell.value = text;
    if (i === 0) cell.font = { bold: true, size: 14 };
  });

  const dir = resolve(__dirname, '..', 'assets', 'samples');
  await mkdir(dir, { recursive: true });
  const path = join(dir, '2024年工会活动安排.xlsx');
  await writeFile(path, new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
  return path;
}

makeSample().then(
  (path) => process.stdout.write(`wrote ${path}\n`),
  (error: unknown) => {
    process.stderr.write(`make-sample failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
