import { monthName } from './month-name';
import { periodCaption } from './period-caption';
import type { Lang } from './lang';
import type { MonthStatus } from '../plan/coverage';

/** Why a file could not be written, by Node's error code, in words. */
const WRITE_PROBLEMS_ZH: Readonly<Record<string, string>> = {
  EACCES: '没有写入这个位置的权限',
  EPERM: '没有写入这个位置的权限',
  EROFS: '这个位置是只读的',
  ENOENT: '所在的文件夹不存在',
  ENOTDIR: '路径中有一部分不是文件夹',
  EISDIR: '这是一个文件夹',
  ENOSPC: '磁盘已满',
  EDQUOT: '超出了磁盘配额',
  EBUSY: '文件正被其他程序使用（例如在 Excel 或 WPS 中打开着），请先关闭它',
};
const WRITE_PROBLEMS_EN: Readonly<Record<string, string>> = {
  EACCES: 'no permission to write there',
  EPERM: 'no permission to write there',
  EROFS: 'that place is read-only',
  ENOENT: 'its folder does not exist',
  ENOTDIR: 'part of the path is not a folder',
  EISDIR: 'it is a folder',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EBUSY: 'another program is using the file (it may be open in Excel or WPS); close it first',
};

/** Every sentence the command line prints, in Chinese and English. */
const STRINGS = {
  zh: {
    sheetMissing: (f: string, s: string, all: readonly string[]) => `${f} 中没有名为“${s}”的工作表（现有：${all.join('、') || '无'}）。`,
    noSchedule: (f: string) =>
      `${f} 中没有找到活动安排表：没有哪张工作表在前 30 行内同时有“月份”列和“活动”列（也可用“时间”“日期”“活动内容”“工作内容”等列名），也没有一行写着一月至十二月的月份横排表。`,
    layout: {
      months_across: '按月份横排读取（月份在表头，任务组在左侧一列）',
      months_down: '按月份竖排读取（月份在第一列，任务组在表头）',
    },
    unitLine: (unit: string) => `单位：${unit}（取自标题）`,
    usage: (e: string) => `参数有误（wrong arguments）：${e}。运行 plansheet --help 查看用法。`,
    month: (m: number) => monthName(m, 'zh', 'short'),
    status: { covered: '✓', gap: '✗', exempt: '–' } as Record<MonthStatus, string>,
    periodLine: (year: number | null, start: number, exempt: readonly number[]) =>
      `计划期：${periodCaption(year, start, 'zh')}${exempt.length ? `（不计：${exempt.map((m) => `${m}月`).join('、')}）` : ''}`,
    summary: (activities: number, groups: number) => `共 ${activities} 项活动，${groups} 个任务组。`,
    gaps: (gaps: readonly number[]) =>
      gaps.length ? `缺少活动的月份：${gaps.map((m) => `${m}月`).join('、')}。` : '计划期内每个月都有活动安排。',
    issuesHead: (errors: number, warnings: number) => `问题：${errors} 个错误，${warnings} 个提醒`,
    noIssues: '没有发现问题。',
    severity: { error: '错误', warning: '提醒' },
    fileLine: (gaps: readonly number[], errors: number, warnings: number) =>
      `${gaps.length ? `缺 ${gaps.map((m) => `${m}月`).join('、')}` : '全覆盖'}  ${errors} 个错误  ${warnings} 个提醒`,
    totals: (files: number, clean: number, flagged: number, failed: number) =>
      `共 ${files} 个文件：${clean} 个通过，${flagged} 个有缺口或错误，${failed} 个无法读取。`,
    progress: (i: number, n: number, f: string) => `正在检查 ${i}/${n}：${f}`,
    docNotes: (gaps: readonly number[], errors: number, warnings: number) =>
      `注意：${gaps.length ? `缺少活动的月份：${gaps.map((m) => `${m}月`).join('、')}；` : ''}${errors} 个错误，${warnings} 个提醒（运行 plansheet check 查看详情）。`,
    docxNeedsOut: '生成 Word 文档需要用 -o 指定输出文件，例如 -o 工作计划.docx。',
    wrote: (f: string) => `已写入 ${f}`,
    sameAsInput: '输出文件不能与输入文件相同：源文件永远不会被改写。',
    cannotWrite: (f: string, code: string | undefined) =>
      `无法写入 ${f}：${WRITE_PROBLEMS_ZH[code ?? ''] ?? '写入失败'}。原来的文件（如果有）没有被改动。`,
  },
  en: {
    sheetMissing: (f: string, s: string, all: readonly string[]) => `${f} has no sheet named "${s}" (it has: ${all.join(', ') || 'none'}).`,
    noSchedule: (f: string) =>
      `No schedule found in ${f}: no sheet names both a month column and an activity column in its first 30 rows, ` +
      'or has a row of months (January to December) across.',
    layout: {
      months_across: 'Read with months across (months in the header, task groups down the left column)',
      months_down: 'Read with months down the first column (task groups across the header)',
    },
    unitLine: (unit: string) => `Unit: ${unit} (from the title)`,
    usage: (e: string) => `Wrong arguments: ${e}. Run plansheet --help for usage.`,
    month: (m: number) => monthName(m, 'en', 'short'),
    status: { covered: '✓', gap: '✗', exempt: '–' } as Record<MonthStatus, string>,
    periodLine: (year: number | null, start: number, exempt: readonly number[]) =>
      `Plan period: ${periodCaption(year, start, 'en')}${exempt.length ? ` (exempt: ${exempt.join(', ')})` : ''}`,
    summary: (activities: number, groups: number) => `${count(activities, 'activity', 'activities')} in ${count(groups, 'task group')}.`,
    gaps: (gaps: readonly number[]) =>
      gaps.length ? `Months with no activity: ${gaps.join(', ')}.` : 'Every month of the period has an activity.',
    issuesHead: (errors: number, warnings: number) => `Issues: ${count(errors, 'error')}, ${count(warnings, 'warning')}`,
    noIssues: 'No issues found.',
    severity: { error: 'error', warning: 'warning' },
    fileLine: (gaps: readonly number[], errors: number, warnings: number) =>
      `${gaps.length ? `gaps ${gaps.join(', ')}` : 'all covered'}  ${count(errors, 'error')}  ${count(warnings, 'warning')}`,
    totals: (files: number, clean: number, flagged: number, failed: number) =>
      `${files} files: ${clean} passed, ${flagged} with gaps or errors, ${failed} unreadable.`,
    progress: (i: number, n: number, f: string) => `Checking ${i}/${n}: ${f}`,
    docNotes: (gaps: readonly number[], errors: number, warnings: number) =>
      `Note: ${gaps.length ? `months with no activity: ${gaps.join(', ')}; ` : ''}${count(errors, 'error')}, ${count(warnings, 'warning')} (run plansheet check for details).`,
    docxNeedsOut: 'A Word document needs an output file: add -o plan.docx.',
    wrote: (f: string) => `Wrote ${f}`,
    sameAsInput: 'The output file cannot be the input file: the source is never written to.',
    cannotWrite: (f: string, code: string | undefined) =>
      `Cannot write ${f}: ${WRITE_PROBLEMS_EN[code ?? ''] ?? 'the write failed'}. Any file already there is unchanged.`,
  },
} as const;

function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function strings(lang: Lang): (typeof STRINGS)['zh'] {
  return STRINGS[lang] as (typeof STRINGS)['zh'];
}
