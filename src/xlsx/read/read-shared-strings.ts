import type { ReadBudget } from './read-budget';
import { appendCellText, unescapeXstring } from './xstring';
import type { XmlHandler, XmlTokenizer } from './xml-tokenizer';

/**
 * A handler for the shared-string table (`xl/sharedStrings.xml`, ECMA-376 Part 1, 18.4): each
 * string item's text as the cell shows it, rich-text runs joined, phonetic runs (`rPh`, the
 * furigana or pinyin above the text) left out. Each string counts against the cell budget.
 *
 * @example
 * // <si><r><t>十</t></r><r><t>月</t></r></si><si><t>慰问</t><rPh><t>wei</t></rPh></si>
 * handler.strings //=> ['十月', '慰问']
 */
export function sharedStringsHandler(budget: ReadBudget): XmlHandler & { readonly strings: string[] } {
  const strings: string[] = [];
  let text = '';
  let inItem = false;
  let inPhonetic = false;
  return {
    strings,
    open(name: string, t: XmlTokenizer) {
      if (name === 'si') {
        inItem = true;
        text = '';
      } else if (name === 'rPh') inPhonetic = true;
      else if (name === 't' && inItem && !inPhonetic) t.capture = true;
    },
    close(name: string, t: XmlTokenizer) {
      if (name === 't') t.capture = false;
      else if (name === 'rPh') inPhonetic = false;
      else if (name === 'si') {
        inItem = false;
        budget.addCells(1);
        strings.push(unescapeXstring(text));
      }
    },
    text(t: XmlTokenizer) {
      text = appendCellText(text, t.text());
    },
  };
}
