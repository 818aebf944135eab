/**
 * The page of GB/T 9704-2012 (党政机关公文格式), in the units Word stores:
 * twips (1/20 pt) for lengths, half-points for font sizes.
 */

const twips = (millimetres: number): number => Math.round((millimetres / 25.4) * 1440);

/** A4. */
export const PAGE = { width: 11906, height: 16838 } as const;

/**
 * 天头 37 mm, bottom 35 mm, 订口 28 mm, right 26 mm: a 156 × 225 mm text block.
 * Rounded to the nearest twip (docx's `convertMillimetersToTwip` floors 37 mm to 2097).
 */
export const MARGIN = {
  top: twips(37),
  bottom: twips(35),
  left: twips(28),
  right: twips(26),
  header: twips(15),
  // The page number sits about 7 mm below the text block: 35 mm − 7 mm − one 14 pt line.
  footer: twips(22),
} as const;

/**
 * 22 lines of 3号 text a page: 225 mm / 22 = 28.99 pt, so 579 twips (28.95 pt).
 * 580 would need 12,760 twips and the text block has 12,756, leaving 21 lines.
 */
export const LINE = 579;

/**
 * 28 characters a line: 28 × 16 pt is 448 pt and the text block is 442 pt
 * wide, so each character gives up a quarter point (in 1/20 pt). Word's
 * character grid (docGrid linesAndChars, charSpace −849) would do the same in
 * Word, but LibreOffice spreads such a grid to 20 wide-spaced characters a
 * line, so the document has no grid and tightens the text instead.
 */
export const CHAR_SPACING = -5;

/** Font sizes in half-points: 2号 22 pt, 3号 16 pt, 4号 14 pt, 小四 12 pt. */
export const SIZE = { title: 44, body: 32, pageNumber: 28, table: 24 } as const;

/** A 3号 character: two of them are the first-line indent. */
export const BODY_CHAR = 320;

/** Half a 小四 character, the unit table columns are measured in. */
export const TABLE_HALF_CHAR = 120;

/** Word's usual cell padding left and right; half of it above and below keeps rows from crowding. */
export const CELL_MARGIN = 108;

/** A 4号 character: page numbers sit one of them in from the edge. */
export const PAGE_NUMBER_CHAR = 280;

/** Latin letters and digits stay in a Latin face beside the Chinese one. */
export const LATIN_FONT = 'Times New Roman';

/**
 * The faces GB/T 9704 names, as Word's run properties name them. What to use
 * when one is missing is declared once, in the font table (see `fontTableXml`).
 */
export const FONT = {
  body: '仿宋_GB2312',
  title: '方正小标宋简体',
  heading1: '黑体',
  heading2: '楷体_GB2312',
  heading3: '仿宋_GB2312',
  heading4: '仿宋_GB2312',
  pageNumber: '宋体',
  table: '仿宋_GB2312',
  tableHeader: '黑体',
} as const;
