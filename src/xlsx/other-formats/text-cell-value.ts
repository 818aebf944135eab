import type { CellValue } from '../../core/sheet/grid';

/** Excel's error values, as a cell shows them and CSV or HTML exports write them. */
const ERRORS = new Set(['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#GETTING_DATA']);

/**
 * A plain decimal number as a spreadsheet writes one: an optional minus, no leading zero
 * (a code such as 007 stays text), at most 15 digits before the point (what a double keeps).
 */
const PLAIN_NUMBER = /^-?(?:0|[1-9]\d{0,14})(?:\.\d{1,15})?$/;

/**
 * What a cell of a CSV file or an HTML table holds, from its text: the one decision for
 * every text format, made here once.
 *
 * Text stays text — what the user typed, or what the exporting program displayed. Core's
 * month grammar reads "3月", "2024-03", "2024/9/10" and "2025年3月" as text just as it reads
 * the date cells they were shown from, so guessing dates here (as SheetJS's CSV reader does,
 * in the US order m/d/y) could only lose. Two kinds of text are not text in the sheet they
 * came from, and become what they were: plain decimal numbers (a 序号 column, a month
 * typed as 3) become numbers, and Excel's error values (#N/A) become errors. An empty field
 * is an empty cell. TRUE and FALSE stay text: in a schedule they are words, not checkboxes.
 *
 * @example
 * textCellValue('12') //=> 12
 * textCellValue('007') //=> '007'
 * textCellValue('2024/9/10') //=> '2024/9/10'
 * textCellValue('#N/A') //=> { error: '#N/A' }
 * textCellValue('') //=> null
 */
export function textCellValue(text: string): CellValue {
  if (text === '') return null;
  if (PLAIN_NUMBER.test(text)) return Number(text);
  if (text.charCodeAt(0) === 0x23 /* # */ && ERRORS.has(text)) return { error: text };
  return text;
}
