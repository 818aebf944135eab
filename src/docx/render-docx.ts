import {
  AlignmentType,
  BorderStyle,
  Document,
  DocumentGridType,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  Tab,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import { blockText } from '../core/document/block-text';
import { columnWidths } from '../core/tables/column-widths';
import { stripXmlInvalid } from '../core/ports/strip-xml-invalid';
import type { DocBlock, DocModel } from '../core/document/doc-model';
import { docxStyles, NO_INDENT } from './docx-styles';
import { BODY_CHAR, CELL_MARGIN, LINE, MARGIN, PAGE, PAGE_NUMBER_CHAR, TABLE_HALF_CHAR } from './gbt-9704';
import { corePropertiesXml, fontTableXml } from './package-parts';

export interface RenderDocxOptions {
  /**
   * The creation time written into the document's properties. Defaults to now;
   * pass a fixed one for reproducible output.
   */
  readonly date?: Date;
}

const HEADING = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
  4: HeadingLevel.HEADING_4,
} as const;

/** Line breaks inside a cell become line breaks in Word; tabs become tab stops. */
function runs(text: string): TextRun[] {
  return stripXmlInvalid(text)
    .split(/\r\n|\r|\n/)
    .map(
      (line, i) =>
        new TextRun({
          break: i > 0 ? 1 : undefined,
          children: line.split('\t').flatMap((part, j) => [...(j > 0 ? [new Tab()] : []), ...(part ? [part] : [])]),
        }),
    );
}

function table(block: Extract<DocBlock, { kind: 'table' }>): (Paragraph | Table)[] {
  const padding = 2 * CELL_MARGIN;
  const capacity = (PAGE.width - MARGIN.left - MARGIN.right - block.columns.length * padding) / TABLE_HALF_CHAR;
  const widths = columnWidths(block.columns, block.rows, capacity).map((units) => Math.floor(units * TABLE_HALF_CHAR) + padding);
  const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
  const cell = (text: string, col: number, style: string) =>
    new TableCell({
      width: { size: widths[col], type: WidthType.DXA },
      verticalAlign: VerticalAlignTable.CENTER,
      children: [new Paragraph({ style, children: runs(text) })],
    });
  return [
    new Paragraph({ style: 'Caption', pageBreakBefore: true, children: runs(block.caption) }),
    new Table({
      margins: { left: CELL_MARGIN, right: CELL_MARGIN, top: CELL_MARGIN / 2, bottom: CELL_MARGIN / 2 },
      width: { size: widths.reduce((sum, w) => sum + w, 0), type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
      rows: [
        new TableRow({
          tableHeader: true,
          cantSplit: true,
          children: block.columns.map((text, col) => cell(text, col, 'TableHeading')),
        }),
        ...block.rows.map(
          (row) =>
            new TableRow({
              cantSplit: true,
              children: block.columns.map((_, col) => cell(row[col] ?? '', col, 'TableText')),
            }),
        ),
      ],
    }),
  ];
}

function blockToDocx(block: DocBlock, doc: DocModel): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'title':
      return [new Paragraph({ heading: HeadingLevel.TITLE, children: runs(block.text) })];
    case 'heading':
      return [new Paragraph({ heading: HEADING[block.level], children: runs(blockText(block, doc.lang)) })];
    case 'paragraph':
    case 'item':
    case 'month_line':
      return [new Paragraph({ children: runs(blockText(block, doc.lang)) })];
    case 'signature':
      // GB/T 9704 7.3.5.3: one blank line below the body, two characters in from the right.
      return [block.unit, block.date]
        .filter((text): text is string => Boolean(text))
        .map(
          (text, i) =>
            new Paragraph({
              alignment: AlignmentType.RIGHT,
              indent: { ...NO_INDENT, right: 2 * BODY_CHAR },
              spacing: i === 0 ? { before: LINE } : undefined,
              keepNext: true,
              children: runs(text),
            }),
        );
    case 'table':
      return table(block);
  }
}

/** "— 1 —", one 4号 character in from the outer edge: right on odd pages, left on even ones. */
function pageNumberFooter(side: 'odd' | 'even'): Footer {
  return new Footer({
    children: [
      new Paragraph({
        style: 'Footer',
        alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'odd' ? { ...NO_INDENT, right: PAGE_NUMBER_CHAR } : { ...NO_INDENT, left: PAGE_NUMBER_CHAR },
        children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'] })],
      }),
    ],
  });
}

/**
 * Writes a plan or summary as a Word document laid out like a Chinese official
 * document (GB/T 9704-2012): A4, 仿宋 3号 body in 22 lines of 28 characters, a 小标宋
 * title, 黑体/楷体 headings, "— 1 —" page numbers outside, the signature on
 * the right and, when the model has one, the schedule as a table on a page
 * of its own. Works in Node and in the browser.
 *
 * @param doc - The document, as `buildDocument` makes it
 * @param options - See `RenderDocxOptions`
 * @returns The bytes of the .docx file
 *
 * @example
 * const bytes = await renderDocx(buildDocument(analysis, { unit: '××学校工会' }));
 * //=> Uint8Array [0x50, 0x4b, …] (a zip: PK…)
 */
export async function renderDocx(doc: DocModel, options: RenderDocxOptions = {}): Promise<Uint8Array> {
  const document = new Document({
    title: stripXmlInvalid(doc.title),
    creator: stripXmlInvalid(doc.unit ?? ''),
    lastModifiedBy: stripXmlInvalid(doc.unit ?? ''),
    evenAndOddHeaderAndFooters: true,
    styles: docxStyles(doc.lang),
    sections: [
      {
        // A line grid of 22 lines a page (GB/T 9704 7.1), as Word's 公文 templates set it: Word snaps each body line to it.
        properties: { page: { size: PAGE, margin: MARGIN }, grid: { type: DocumentGridType.LINES, linePitch: LINE } },
        footers: { default: pageNumberFooter('odd'), even: pageNumberFooter('even') },
        children: doc.blocks.flatMap((block) => blockToDocx(block, doc)),
      },
    ],
  });
  return Packer.pack(document, 'uint8array', false, [
    { path: 'word/fontTable.xml', data: fontTableXml() },
    {
      path: 'docProps/core.xml',
      data: corePropertiesXml({ title: doc.title, creator: doc.unit, lang: doc.lang, date: options.date ?? new Date() }),
    },
  ]);
}
