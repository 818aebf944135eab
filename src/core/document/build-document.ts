import type { Activity } from '../plan/activity';
import type { Analysis } from '../plan/analysis';
import type { DocBlock, DocModel, DocOptions, DocType } from './doc-model';
import { countCompletion } from '../plan/count-completion';
import type { DocLanguage, SectionKey } from '../words/doc-language';
import { EN } from '../words/doc-language-en';
import { ZH } from '../words/doc-language-zh';

interface Section {
  readonly key: SectionKey;
  readonly blocks: readonly DocBlock[];
}

interface Context {
  readonly analysis: Analysis;
  readonly type: DocType;
  readonly words: DocLanguage;
  /** The plan's task groups; `name` null for the items with no group (其他工作). */
  readonly groups: readonly { readonly name: string | null; readonly items: readonly Activity[] }[];
}

/**
 * The 工作计划 (plan) or 工作总结 (summary) of an analysed schedule, as a
 * document model that `renderText`, `renderMarkdown` and `renderDocx` turn
 * into text, Markdown or Word.
 *
 * The sections follow the reference documents: 指导思想 and 工作目标 only when
 * given (nothing is invented), 主要工作 by task group, and 主要活动安排 with one
 * line per month that has activities, in period order; items that run every
 * month (每月) or all year (全年, 长期) are listed once, on lines of their own
 * before the months ("每月：…", "全年：…"), not in every month line. The unit is
 * the one given, else the one the title of the schedule names. A summary adds the
 * completion figures, the items not completed and 下一步打算 when given.
 * Sections are numbered 一、二、… over the ones present.
 *
 * Labels carry their own spacing — '一、', '（一）', '1、' in Chinese; 'I. ',
 * '(1) ', '1. ' in English — so a heading or item reads `label + text`. A month
 * line reads `一月：…` or `January: …` (`blockText` joins every kind of block).
 *
 * @example
 * buildDocument(analysis, { unit: '××学校工会' })
 * //=> { type: 'plan', lang: 'zh', title: '2023年××学校工会工作计划', unit: '××学校工会', blocks: [
 * //     { kind: 'title', text: '2023年××学校工会工作计划' },
 * //     { kind: 'heading', level: 1, label: '一、', text: '主要工作' },
 * //     { kind: 'heading', level: 2, label: '（一）', text: '文体活动' },
 * //     { kind: 'item', label: '1、', text: '元旦活动。' },
 * //     { kind: 'heading', level: 1, label: '二、', text: '主要活动安排' },
 * //     { kind: 'month_line', month: 1, label: '一月', text: '元旦活动。' },
 * //     { kind: 'signature', unit: '××学校工会', date: '' } ] }
 */
export function buildDocument(analysis: Analysis, options: DocOptions = {}): DocModel {
  const type = options.type ?? 'plan';
  const lang = options.lang ?? 'zh';
  const words = lang === 'en' ? EN : ZH;
  // The unit the user gave, else the one the schedule's title names ("2025年XX医院工会工作安排").
  const unit = given(options.unit) ?? analysis.unit ?? null;
  const title = given(options.title) ?? words.title(type, analysis.period, unit);
  const groups = analysis.plan.groups.map((g) => ({ name: oneLine(g.name) || null, items: g.items }));
  const ctx: Context = { analysis, type, words, groups };

  const sections: Section[] = [
    { key: 'guidance', blocks: paragraphs(options.guidance) },
    { key: 'goals', blocks: paragraphs(options.goals) },
    ...(type === 'summary' ? [{ key: 'completion' as const, blocks: completionBlocks(ctx) }] : []),
    { key: 'mainWork', blocks: mainWorkBlocks(ctx) },
    ...(type === 'summary' ? [{ key: 'unfinished' as const, blocks: unfinishedBlocks(ctx) }] : []),
    { key: type === 'plan' ? 'schedule' : 'review', blocks: monthBlocks(ctx) },
    ...(type === 'summary' ? [{ key: 'nextSteps' as const, blocks: paragraphs(options.nextSteps) }] : []),
  ];

  const blocks: DocBlock[] = [{ kind: 'title', text: title }];
  let number = 0;
  for (const section of sections) {
    if (section.blocks.length === 0) continue;
    number++;
    blocks.push({ kind: 'heading', level: 1, label: words.sectionLabel(number), text: words.sections[section.key] });
    for (const block of section.blocks) blocks.push(block);
  }
  if (unit !== null || options.date) {
    blocks.push({ kind: 'signature', unit, date: options.date ? words.date(options.date) : '' });
  }
  if (options.includeScheduleTable && analysis.activities.length > 0) blocks.push(scheduleTable(ctx));
  return { type, lang, title, unit, blocks };
}

/** A one-line text option (a title, a unit), or null when it is missing or blank. */
function given(text: string | undefined): string | null {
  const line = oneLine(text ?? '');
  return line === '' ? null : line;
}

/** The user's own prose, one paragraph per line, exactly as written. */
function paragraphs(text: string | undefined): DocBlock[] {
  return (text ?? '')
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => ({ kind: 'paragraph', text: line }));
}

/** An activity's text on one line: a cell may hold line breaks, a document line may not. */
function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

function statusNotes(ctx: Context, activity: Activity): string[] {
  if (ctx.type === 'plan') return [];
  const note = ctx.words.statusNote(activity.statusKind, activity.status);
  return note === null ? [] : [note];
}

function itemText(ctx: Context, activity: Activity, notes: readonly string[]): string {
  const text = oneLine(activity.text);
  return notes.length === 0 ? ctx.words.finish(text) : ctx.words.withNotes(text, notes);
}

function mainWorkBlocks(ctx: Context): DocBlock[] {
  const { words } = ctx;
  const blocks: DocBlock[] = [];
  ctx.groups.forEach((group, g) => {
    blocks.push({ kind: 'heading', level: 2, label: words.groupLabel(g + 1), text: group.name ?? words.otherGroup });
    group.items.forEach((activity, i) => {
      // Like 篇四's 组织教师体检（待定）: an undecided month shows here, since the month lines cannot show it.
      const notes = [...(activity.timing === 'undecided' ? [words.undecidedNote] : []), ...statusNotes(ctx, activity)];
      blocks.push({ kind: 'item', label: words.itemLabel(i + 1), text: itemText(ctx, activity, notes) });
    });
  });
  return blocks;
}

function monthBlocks(ctx: Context): DocBlock[] {
  const { analysis, words } = ctx;
  const line = (month: number | 'every_month' | 'year_long', label: string, items: readonly Activity[]): DocBlock => ({
    kind: 'month_line',
    month,
    label,
    text: words.monthLineText(items.map((a) => itemText(ctx, a, statusNotes(ctx, a)))),
  });
  const blocks: DocBlock[] = [];
  const everyMonth = analysis.activities.filter((a) => a.timing === 'every_month');
  if (everyMonth.length > 0) blocks.push(line('every_month', words.everyMonth, everyMonth));
  if (analysis.plan.yearLong.length > 0) blocks.push(line('year_long', words.yearLong, analysis.plan.yearLong));
  for (const { month, items } of analysis.plan.months) {
    const own = items.filter((a) => a.timing !== 'every_month');
    if (own.length > 0) blocks.push(line(month, words.monthName(month), own));
  }
  return blocks;
}

function completionBlocks(ctx: Context): DocBlock[] {
  const { analysis, words } = ctx;
  if (analysis.activities.length === 0) return [];
  const blocks: DocBlock[] = [{ kind: 'paragraph', text: words.overallCompletion(countCompletion(analysis.activities), analysis.period) }];
  // With no task groups at all, a line for 其他工作 would only repeat the overall figures.
  if (ctx.groups.some((g) => g.name !== null)) {
    ctx.groups.forEach((group, i) => {
      const text = words.groupCompletion(group.name ?? words.otherGroup, countCompletion(group.items));
      blocks.push({ kind: 'item', label: words.itemLabel(i + 1), text });
    });
  }
  return blocks;
}

function unfinishedBlocks(ctx: Context): DocBlock[] {
  const { analysis, words } = ctx;
  const blocks: DocBlock[] = [];
  for (const activity of ctx.groups.flatMap((g) => g.items)) {
    const status = words.statusNote(activity.statusKind, activity.status);
    if (status === null) continue;
    const when = words.timingText(activity.timing, activity.months, analysis.period);
    const notes = words.unfinishedNotes(when, activity.owner?.trim() || null, status);
    blocks.push({ kind: 'item', label: words.itemLabel(blocks.length + 1), text: itemText(ctx, activity, notes) });
  }
  return blocks;
}

function scheduleTable(ctx: Context): DocBlock {
  const { analysis, type, words } = ctx;
  const order = (a: Activity): number => {
    const first = a.months[0];
    if (first !== undefined) return analysis.period.months.indexOf(first);
    return { months: 12, every_month: 12, year_long: 13, undecided: 14, none: 15 }[a.timing];
  };
  const rows = [...analysis.activities]
    .map((activity, index) => ({ activity, index }))
    .sort((x, y) => order(x.activity) - order(y.activity) || x.index - y.index)
    .map(({ activity: a }) => [
      capitalize(words.timingText(a.timing, a.months, analysis.period) ?? ''),
      oneLine(a.text),
      a.group?.trim() ?? '',
      a.owner?.trim() ?? '',
      ...(type === 'summary' ? [a.status?.trim() ?? ''] : []),
    ]);
  return { kind: 'table', caption: words.tableCaption, columns: words.tableColumns(type), rows };
}

/** A table cell starts like a sentence (Every month); Chinese text is unchanged. */
function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
