import { monthName as nameOfMonth } from './month-name';
import { groupLabel } from './group-label';
import type { DocLanguage } from './doc-language';
import { chineseOrdinal } from './chinese-ordinal';
import { completionRate } from '../plan/completion-rate';
import { endsSentence } from '../document/ends-sentence';
import { monthsInWords } from './months-in-words';
import { trimSentenceEnd } from '../document/trim-sentence-end';
import type { CompletionCounts } from './doc-language';

const monthName = (month: number): string => nameOfMonth(month, 'zh');
const finish = (text: string): string => (text === '' || endsSentence(text) ? text : `${text}。`);

function countsText(c: CompletionCounts): string {
  if (c.unknown === c.total) return '完成情况均未填写';
  const parts = [`已完成${c.done}项`];
  if (c.inProgress > 0) parts.push(`进行中${c.inProgress}项`);
  if (c.notDone > 0) parts.push(`未完成${c.notDone}项`);
  if (c.cancelled > 0) parts.push(`取消${c.cancelled}项`);
  if (c.other > 0) parts.push(`其他情况${c.other}项`);
  if (c.unknown > 0) parts.push(`未填写完成情况${c.unknown}项`);
  return `其中${parts.join('，')}，完成率${completionRate(c)}%`;
}

/** The words and numbering of a Chinese 工作计划 / 工作总结, after the reference documents. */
export const ZH: DocLanguage = {
  title(type, period, unit) {
    const name = type === 'plan' ? '工作计划' : '工作总结';
    const year = period.year === null ? '' : period.startMonth === 1 ? `${period.year}年` : `${period.year}—${period.year + 1}学年`;
    return `${year}${unit ?? ''}${name}`;
  },
  sections: {
    guidance: '指导思想',
    goals: '工作目标',
    completion: '工作完成情况',
    mainWork: '主要工作',
    unfinished: '未完成事项',
    schedule: '主要活动安排',
    review: '主要活动回顾',
    nextSteps: '下一步打算',
  },
  otherGroup: groupLabel('', 'zh'),
  sectionLabel: (n) => `${chineseOrdinal(n)}、`,
  groupLabel: (n) => `（${chineseOrdinal(n)}）`,
  itemLabel: (n) => `${n}、`,
  monthName,
  everyMonth: '每月',
  yearLong: '全年',
  finish,
  withNotes: (text, notes) => finish(`${trimSentenceEnd(text)}（${notes.join('，')}）`),
  monthLineText(texts) {
    const [only] = texts;
    if (texts.length === 1 && only !== undefined) return finish(only);
    return finish(texts.map((t, i) => `${i + 1}、${trimSentenceEnd(t)}`).join('；'));
  },
  statusNote(kind, status) {
    switch (kind) {
      case 'in_progress':
        return '进行中';
      case 'not_done':
        return '未完成';
      case 'cancelled':
        return '已取消';
      case 'other':
        return status?.trim() || '其他情况';
      default:
        return null;
    }
  },
  undecidedNote: '待定',
  timingText(timing, months, period) {
    if (timing === 'every_month') return '每月';
    if (timing === 'year_long') return '全年';
    if (timing === 'undecided') return '待定';
    return months.length === 0 ? null : monthsInWords(months, period, 'zh');
  },
  overallCompletion(counts, period) {
    const scope = period.startMonth === 1 ? '全年' : '本学年';
    return `${scope}共安排工作${counts.total}项，${countsText(counts)}。`;
  },
  groupCompletion: (group, counts) => `${group}：共${counts.total}项，${countsText(counts)}。`,
  unfinishedNotes: (when, owner, status) => [...(when === null ? [] : [when]), ...(owner === null ? [] : [`负责人：${owner}`]), status],
  date: (d) => `${d.year}年${d.month}月${d.day}日`,
  tableCaption: '附：主要活动安排表',
  tableColumns: (type) => ['月份', '活动', '任务组', '负责人', ...(type === 'summary' ? ['完成情况'] : [])],
};
