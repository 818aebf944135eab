import fs from 'fs';
import path from 'path';
import { analyzeOptionsFromSettings } from '../../../src/core/settings/analyze-options-from-settings';
import { analyzeSheet } from '../../../src/core/plan/analyze-sheet';
import { scheduleOf } from '../../helpers/schedule-of';
import type { AnalysisResult } from '../../../src/core/plan/analysis';
import type { CellValue, Grid } from '../../../src/core/sheet/grid';
import type { PeriodOptions } from '../../../src/core/plan/period';
import { readWorkbook } from '../../../src/xlsx/read-workbook';
import { makeXlsx } from '../../helpers/make-xlsx';

/**
 * A union office's schedule as secretaries keep it: a merged title row, a month
 * cell merged over two activities, a month nobody can read, a blank month, an
 * impossible month, and no activity in February, July or August.
 */
export const SCHEDULE_SHEET = '活动安排';
export const SCHEDULE_ROWS: readonly (readonly CellValue[])[] = [
  ['2024年红星小学工会活动安排表', null, null, null, null],
  ['月份', '工作内容', '工作类别', '负责人', '完成情况'],
  ['1月', '召开工会委员会，制定年度工作计划', '自身建设', '张红', '已完成'],
  ['3月', '庆“三八”教职工基本素质展示', '文体活动', '李明', '已完成'],
  [null, '配合区教育局组织教师参加互助保险', '关爱帮扶', '王芳', '已完成'],
  ['4月', '组织教职工参加区级技能大赛', '文体活动', '李明', '进行中'],
  ['5月', '庆“五一”组织离退休教职工联谊活动', '关爱帮扶', '王芳', '未完成'],
  ['找时间', '教职工才艺大比武', '文体活动', '李明', null],
  ['6月', '配合党支部开展民主生活会', '民主管理', '张红', null],
  ['9月', '庆祝教师节', '文体活动', '李明', null],
  ['10月', '国庆节庆祝活动', '文体活动', '李明', null],
  ['11月', '召开第五届教代会', '民主管理', '张红', null],
  [null, '工会经费收支审计', '自身建设', '张红', null],
  ['12月', '年终总结，走访慰问困难教职工', '关爱帮扶', '王芳', null],
  ['13月', '迎新年长跑', '文体活动', '李明', null],
];
export const SCHEDULE_MERGES = ['A1:E1', 'A4:A5'];
export const NOTES_SHEET = '说明';
export const NOTES_ROWS: readonly (readonly CellValue[])[] = [['本表由工会办公室维护。'], ['每月底前更新完成情况。']];

/** The scenario as an .xlsx file (notes sheet first, so detection has to look past it). */
export function scenarioXlsx(): Promise<Uint8Array> {
  return makeXlsx([
    { name: NOTES_SHEET, rows: NOTES_ROWS.map((r) => [...r]) },
    { name: SCHEDULE_SHEET, rows: SCHEDULE_ROWS.map((r) => [...r]), merges: SCHEDULE_MERGES },
  ]);
}

/**
 * The workbook the standalone test opens: the project's sample in assets/samples
 * when there is one, else the scenario above. Either way the test works out what
 * the page must show from the same file with core, so nothing is hard-coded.
 */
export async function standaloneWorkbook(): Promise<{ name: string; bytes: Uint8Array }> {
  const dir = path.resolve(__dirname, '..', '..', '..', 'assets', 'samples');
  const sample = fs.existsSync(dir)
    ? fs
        .readdirSync(dir)
        .filter((f) => f.endsWith('.xlsx'))
        .sort()[0]
    : undefined;
  if (sample) return { name: sample, bytes: new Uint8Array(fs.readFileSync(path.join(dir, sample))) };
  return { name: '工会活动安排.xlsx', bytes: await scenarioXlsx() };
}

/** What core makes of a workbook file: the schedule's grid and its analysis. */
export async function expectedAnalysis(bytes: Uint8Array, options: PeriodOptions = {}): Promise<{ grid: Grid; result: AnalysisResult }> {
  const data = await readWorkbook(bytes);
  const found = await scheduleOf(data);
  return { grid: found.grid, result: analyzeSheet(found.grid, { ...analyzeOptionsFromSettings(data.settings), ...options }) };
}
