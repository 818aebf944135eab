/**
 * A header cell's text reduced to what identifies it: no white space (also
 * full-width), no notes in brackets such as （必填） or (optional), no trailing
 * colon or asterisk, lower case, full-width letters folded to ASCII.
 *
 * @example
 * normalizeHeader(' 月 份（必填）：') //=> '月份'
 * normalizeHeader('Activity (required)') //=> 'activity'
 */
export function normalizeHeader(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[(（[【〔][^)）\]】〕]*[)）\]】〕]/g, '')
    .replace(/[\s\u3000*＊:：]/g, '')
    .toLowerCase();
}
