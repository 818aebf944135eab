import { blockText } from './block-text';
import type { DocBlock, DocModel } from './doc-model';

/** Chinese documents indent body text by two characters. */
const ZH_INDENT = '\u3000\u3000';

/**
 * A document as plain text, ready to paste into Word or WPS: one paragraph a
 * line, the title followed by a blank line, headings flush left, body lines
 * indented by two full-width spaces in Chinese (none in English), the
 * signature and the schedule table (tab-separated, so that Word can turn it
 * into a table) after a blank line each.
 *
 * @example
 * renderText(buildDocument(analysis))
 * //=> '2023年工作计划\n\n一、主要工作\n（一）文体活动\n　　1、元旦活动。\n二、主要活动安排\n　　一月：元旦活动。\n'
 */
export function renderText(doc: DocModel): string {
  const indent = doc.lang === 'en' ? '' : ZH_INDENT;
  const lines: string[] = [];
  // Appended one by one: spreading a long table's lines into push() overflows the stack.
  for (const block of doc.blocks) for (const line of blockLines(block, doc, indent)) lines.push(line);
  return `${lines.join('\n')}\n`;
}

function blockLines(block: DocBlock, doc: DocModel, indent: string): string[] {
  const text = blockText(block, doc.lang);
  switch (block.kind) {
    case 'title':
      return [oneLine(text), ''];
    case 'heading':
      return [oneLine(text)];
    case 'paragraph':
    case 'item':
    case 'month_line':
      // A hand-made model may hold line breaks; each line stays a paragraph of the body.
      return text
        .split(/\r\n|\r|\n/)
        .filter((line) => line.trim() !== '')
        .map((line) => indent + line.trim());
    case 'signature': {
      const lines = text
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '');
      return lines.length === 0 ? [] : ['', ...lines];
    }
    case 'table':
      return ['', ...text.split('\n')];
  }
}

function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ');
}
