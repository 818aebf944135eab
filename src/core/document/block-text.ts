import type { DocBlock } from './doc-model';
import type { Lang } from '../words/lang';

/**
 * One block of a document as the line(s) a reader sees. A label carries its
 * own spacing ('一、', 'I. '), so it is simply followed by the text; a month
 * line's name by '：' in Chinese and ': ' in English. A signature gives its
 * unit and date on two lines; a table its caption and tab-separated rows.
 *
 * @example
 * blockText({ kind: 'heading', level: 1, label: '一、', text: '指导思想' }, 'zh') //=> '一、指导思想'
 * blockText({ kind: 'item', label: '1. ', text: 'New Year party.' }, 'en') //=> '1. New Year party.'
 * blockText({ kind: 'month_line', month: 1, label: 'January', text: 'New Year party.' }, 'en')
 * //=> 'January: New Year party.'
 */
export function blockText(block: DocBlock, lang: Lang): string {
  switch (block.kind) {
    case 'title':
    case 'paragraph':
      return block.text;
    case 'heading':
    case 'item':
      return `${block.label}${block.text}`;
    case 'month_line':
      return `${block.label}${lang === 'en' ? ': ' : '：'}${block.text}`;
    case 'signature':
      return [block.unit ?? '', block.date].filter((line) => line !== '').join('\n');
    case 'table':
      return [block.caption, block.columns, ...block.rows]
        .map((row) => (typeof row === 'string' ? row : row.map(cellText).join('\t')))
        .join('\n');
  }
}

/** A table cell on one line with no tab, so that pasting it keeps the columns. */
function cellText(cell: string): string {
  return cell.replace(/[\t\r\n]+/g, ' ');
}
