import type { Lang } from './lang';

const NOTE: Readonly<Record<Lang, string>> = {
  zh: '注意：原文件不是 .xlsx 格式，新文件只带上了它的数据（值和合并单元格），原有的格式未能保留；原文件本身没有改动。',
  en:
    'Note: the original is not an .xlsx workbook, so the new file carries its data (values and merged cells) ' +
    'but not its formatting; the original file is unchanged.',
};

/**
 * The one line the command line and the page say when the plan workbook had to start from a
 * file that is not OOXML (.xls, .et, .ods, .csv …): an .xlsx can take that file's values and
 * merged cells, not its formatting. (An OOXML workbook keeps everything: nothing to say then.)
 *
 * @example
 * valuesOnlyNote('en') //=> 'Note: the original is not an .xlsx workbook, so the new file carries its data …'
 */
export function valuesOnlyNote(lang: Lang): string {
  return NOTE[lang];
}
