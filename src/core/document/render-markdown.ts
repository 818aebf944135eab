import { blockText } from './block-text';
import { escapeMarkdown } from './escape-markdown';
import type { DocBlock, DocModel } from './doc-model';

/**
 * A document as Markdown (CommonMark with a GFM table): `#` for the title,
 * `##` for 一、 headings, `###` for （一） headings, every item and month line
 * a paragraph of its own — not a Markdown list, which would renumber them —
 * and the schedule as a table. User text is escaped so that it shows exactly
 * as typed.
 *
 * @example
 * renderMarkdown(buildDocument(analysis))
 * //=> '# 2023年工作计划\n\n## 一、主要工作\n\n### （一）文体活动\n\n1、元旦活动。\n\n## 二、主要活动安排\n\n一月：元旦活动。\n'
 */
export function renderMarkdown(doc: DocModel): string {
  return `${doc.blocks.flatMap((block) => blockMarkdown(block, doc)).join('\n\n')}\n`;
}

function blockMarkdown(block: DocBlock, doc: DocModel): string[] {
  switch (block.kind) {
    case 'title':
      return [`# ${inline(block.text)}`];
    case 'heading':
      return [`${'#'.repeat(block.level + 1)} ${inline(blockText(block, doc.lang))}`];
    case 'paragraph':
    case 'item':
    case 'month_line':
      return paragraphs(blockText(block, doc.lang));
    case 'signature':
      return paragraphs(blockText(block, doc.lang));
    case 'table':
      return [...paragraphs(block.caption), table(block.columns, block.rows)];
  }
}

/** Text that must stay on one line (a heading, a table cell). */
function inline(text: string): string {
  return escapeMarkdown(text.replace(/\s*[\r\n]+\s*/g, ' ').trim());
}

/** Each line its own paragraph: trimmed, since four leading spaces would make it code. */
function paragraphs(text: string): string[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map(escapeMarkdown);
}

function table(columns: readonly string[], rows: readonly (readonly string[])[]): string {
  const row = (cells: readonly string[]): string => `| ${cells.map(inline).join(' | ')} |`;
  const width = columns.length;
  // Every row gets exactly as many cells as the header, or GFM drops or invents cells.
  const fit = (cells: readonly string[]): string[] => Array.from({ length: width }, (_, i) => cells[i] ?? '');
  return [row(columns), `|${' --- |'.repeat(width)}`, ...rows.map((cells) => row(fit(cells)))].join('\n');
}
