import { monthName as nameOfMonth } from './month-name';
import { groupLabel } from './group-label';
import type { CompletionCounts, DocLanguage } from './doc-language';
import { completionRate } from '../plan/completion-rate';
import { endsSentence } from '../document/ends-sentence';
import { monthsInWords } from './months-in-words';
import { romanNumeral } from './roman-numeral';
import { trimSentenceEnd } from '../document/trim-sentence-end';

const monthName = (month: number): string => nameOfMonth(month, 'en');
const finish = (text: string): string => (text === '' || endsSentence(text) ? text : `${text}.`);
const items = (n: number): string => `${n} ${n === 1 ? 'item' : 'items'}`;

function countsText(c: CompletionCounts): string {
  const parts = [`${c.done} done`];
  if (c.inProgress > 0) parts.push(`${c.inProgress} in progress`);
  if (c.notDone > 0) parts.push(`${c.notDone} not done`);
  if (c.cancelled > 0) parts.push(`${c.cancelled} cancelled`);
  if (c.other > 0) parts.push(`${c.other} other`);
  if (c.unknown > 0) parts.push(`${c.unknown} without a status`);
  return `${parts.join(', ')}; completion rate ${completionRate(c)}%`;
}

/** The words and numbering of an English work plan or summary, in the same structure as the Chinese one. */
export const EN: DocLanguage = {
  title(type, period, unit) {
    const name = type === 'plan' ? 'Work Plan' : 'Work Summary';
    const of = unit === null ? '' : ` of ${unit}`;
    if (period.year === null) return `${name}${of}`;
    if (period.startMonth === 1) return `${period.year} ${name}${of}`;
    return `${name}${of} for the ${period.year}–${period.year + 1} School Year`;
  },
  sections: {
    guidance: 'Guiding Principles',
    goals: 'Objectives',
    completion: 'Completion Overview',
    mainWork: 'Main Work',
    unfinished: 'Items Not Completed',
    schedule: 'Schedule of Main Activities',
    review: 'Activities by Month',
    nextSteps: 'Next Steps',
  },
  otherGroup: groupLabel('', 'en'),
  sectionLabel: (n) => `${romanNumeral(n)}. `,
  groupLabel: (n) => `(${n}) `,
  itemLabel: (n) => `${n}. `,
  monthName,
  everyMonth: 'Every month',
  yearLong: 'All year',
  finish,
  withNotes: (text, notes) => finish(`${trimSentenceEnd(text)} (${notes.join('; ')})`),
  monthLineText(texts) {
    const [only] = texts;
    if (texts.length === 1 && only !== undefined) return finish(only);
    return finish(texts.map((t, i) => `${i + 1}. ${trimSentenceEnd(t)}`).join('; '));
  },
  statusNote(kind, status) {
    switch (kind) {
      case 'in_progress':
        return 'in progress';
      case 'not_done':
        return 'not done';
      case 'cancelled':
        return 'cancelled';
      case 'other':
        return status?.trim() || 'other';
      default:
        return null;
    }
  },
  undecidedNote: 'date to be decided',
  timingText(timing, months, period) {
    if (timing === 'every_month') return 'every month';
    if (timing === 'year_long') return 'all year';
    if (timing === 'undecided') return 'to be decided';
    return months.length === 0 ? null : monthsInWords(months, period, 'en');
  },
  overallCompletion(counts, period) {
    const scope = period.startMonth === 1 ? 'the year' : 'the school year';
    const planned = `${items(counts.total)} ${counts.total === 1 ? 'was' : 'were'} planned for ${scope}`;
    if (counts.unknown === counts.total) return `${planned}; no status was recorded.`;
    return `${planned}: ${countsText(counts)}.`;
  },
  groupCompletion(group, counts) {
    if (counts.unknown === counts.total) return `${group}: ${items(counts.total)}, no status recorded.`;
    return `${group}: ${items(counts.total)}, ${countsText(counts)}.`;
  },
  unfinishedNotes: (when, owner, status) => [...(when === null ? [] : [when]), ...(owner === null ? [] : [`owner: ${owner}`]), status],
  date: (d) => `${d.day} ${monthName(d.month)} ${d.year}`,
  tableCaption: 'Appendix: Schedule of Activities',
  tableColumns: (type) => ['Month', 'Activity', 'Group', 'Owner', ...(type === 'summary' ? ['Status'] : [])],
};
