import {
  AlignmentType,
  LineRuleType,
  type IFontAttributesProperties,
  type IParagraphStylePropertiesOptions,
  type IStylesOptions,
} from 'docx';
import type { Lang } from '../core/words/lang';
import { BODY_CHAR, CHAR_SPACING, FONT, LATIN_FONT, LINE, SIZE } from './gbt-9704';

/** East Asian text in `eastAsia`, Latin letters and digits in Times New Roman. */
export function fonts(eastAsia: string, latin: string = LATIN_FONT): IFontAttributesProperties {
  return { ascii: latin, hAnsi: latin, cs: latin, eastAsia };
}

/** Word keeps firstLineChars over firstLine; LibreOffice and some previewers read only firstLine. */
export const BODY_INDENT = { firstLineChars: 200, firstLine: 2 * BODY_CHAR } as const;
export const NO_INDENT = { firstLineChars: 0, firstLine: 0 } as const;

/**
 * docx's types leave `widowControl` out of style options, although its writer of the document
 * defaults emits it (`<w:widowControl w:val="false"/>` in `w:pPrDefault`).
 */
const NO_WIDOW_CONTROL = { widowControl: false } as IParagraphStylePropertiesOptions;

/** Plain black upright text: docx's built-in headings are blue (Heading 5 and 6 too), Heading 4 italic. */
const PLAIN = { color: '000000', italics: false } as const;

function heading(level: 1 | 2 | 3 | 4 | 5 | 6, font: string, bold: boolean): NonNullable<IStylesOptions['default']>['heading1'] {
  return {
    run: { ...PLAIN, font: fonts(font), size: SIZE.body, sizeComplexScript: SIZE.body, bold },
    // outlineLevel puts the heading in Word's navigation pane and WPS's outline.
    paragraph: { outlineLevel: level - 1, keepNext: true, keepLines: true },
  };
}

/**
 * The styles of the document. Paragraphs name a style and carry no direct
 * formatting where they can avoid it, so a secretary who changes 正文 in Word
 * changes the whole body at once.
 *
 * GB/T 9704 sets no heading in bold; an English document has no 黑体/楷体 to
 * tell heading levels apart, so there the upper levels are bold.
 */
export function docxStyles(lang: Lang): IStylesOptions {
  const latinBold = lang === 'en';
  return {
    default: {
      document: {
        run: {
          // In Chinese, characters both scripts share (“ ” — …) take the Chinese face, as when typed in a
          // Chinese Word; English keeps them in the Latin face. Styles inherit the hint attribute by attribute.
          font: { ...fonts(FONT.body), hint: lang === 'zh' ? 'eastAsia' : undefined },
          size: SIZE.body,
          sizeComplexScript: SIZE.body,
          // The 28-character line is a Chinese measure; English text keeps its natural spacing.
          characterSpacing: lang === 'zh' ? CHAR_SPACING : undefined,
          language: { value: lang === 'zh' ? 'zh-CN' : 'en-US', eastAsia: 'zh-CN' },
        },
        // Widow and orphan control would move a paragraph's last lines to the next page and leave a page of
        // 21 lines; an official document keeps 22 a page (GB/T 9704 7.1), as Chinese Word templates do.
        paragraph: { spacing: { line: LINE, lineRule: LineRuleType.EXACT, before: 0, after: 0 }, ...NO_WIDOW_CONTROL },
      },
      title: {
        run: { ...PLAIN, font: fonts(FONT.title), size: SIZE.title, sizeComplexScript: SIZE.title, bold: latinBold },
        // GB/T 9704 7.3.3: one blank line between the title and the body.
        paragraph: { alignment: AlignmentType.CENTER, indent: NO_INDENT, spacing: { after: LINE }, keepNext: true },
      },
      heading1: heading(1, FONT.heading1, latinBold),
      heading2: heading(2, FONT.heading2, latinBold),
      heading3: heading(3, FONT.heading3, false),
      heading4: heading(4, FONT.heading4, false),
      // The model has four levels; a secretary who applies 标题 5 or 6 in Word must not get docx's blue.
      heading5: heading(5, FONT.heading4, false),
      heading6: heading(6, FONT.heading4, false),
      caption: {
        run: { ...PLAIN, font: fonts(FONT.heading1), size: SIZE.body, sizeComplexScript: SIZE.body, bold: latinBold },
        paragraph: { alignment: AlignmentType.CENTER, indent: NO_INDENT, spacing: { after: LINE }, keepNext: true },
      },
    },
    paragraphStyles: [
      {
        id: 'Normal',
        name: 'Normal',
        quickFormat: true,
        // Justified Chinese lines stay even; justified English at 16 pt opens wide gaps between words.
        paragraph: { alignment: lang === 'zh' ? AlignmentType.JUSTIFIED : AlignmentType.LEFT, indent: BODY_INDENT },
      },
      {
        id: 'Footer',
        name: 'footer',
        basedOn: 'Normal',
        paragraph: { indent: NO_INDENT, spacing: { line: 240, lineRule: LineRuleType.AUTO } },
        run: { font: fonts(FONT.pageNumber, FONT.pageNumber), size: SIZE.pageNumber, sizeComplexScript: SIZE.pageNumber },
      },
      {
        id: 'TableText',
        name: 'Table Text',
        basedOn: 'Normal',
        paragraph: { alignment: AlignmentType.LEFT, indent: NO_INDENT, spacing: { line: 360, lineRule: LineRuleType.AT_LEAST } },
        run: { font: fonts(FONT.table), size: SIZE.table, sizeComplexScript: SIZE.table },
      },
      {
        id: 'TableHeading',
        name: 'Table Heading',
        basedOn: 'TableText',
        paragraph: { alignment: AlignmentType.CENTER },
        run: { font: fonts(FONT.tableHeader), bold: latinBold },
      },
    ],
  };
}
