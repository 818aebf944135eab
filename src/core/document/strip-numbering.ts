// ①…⑳, ⑴…⒇ and ⒈…⒛: numbers as single characters.
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇⒈⒉⒊⒋⒌⒍⒎⒏⒐⒑⒒⒓⒔⒕⒖⒗⒘⒙⒚⒛';
const LEADING_NUMBER = new RegExp(
  [
    `^[${CIRCLED}]\\s*`,
    '^[(（]\\s*[0-9０-９一二三四五六七八九十]+\\s*[)）]\\s*',
    // A number then a space is not numbering: "12 项检查", "100 名教师体检".
    '^[0-9０-９]{1,3}\\s*[、.．,，)）]\\s*(?![0-9０-９])',
    '^[一二三四五六七八九十]{1,3}\\s*、\\s*',
    '^[-•·●▪◆■*]\\s+',
  ].join('|'),
);

const MAY_START_NUMBERING = new RegExp(`[${CIRCLED}(（0-9０-９一二三四五六七八九十\\-•·●▪◆■*]`);

/**
 * Activity text without the numbering the user typed in front of it
 * (1、 2. （3） ① 一、 • …): the document numbers items itself.
 * A number that is part of the text ("3.8 妇女节", "2024年…") is kept.
 *
 * @example
 * stripNumbering('1、元旦活动') //=> '元旦活动'
 * stripNumbering('（3）教工运动会') //=> '教工运动会'
 * stripNumbering('3.8妇女节活动') //=> '3.8妇女节活动'
 */
export function stripNumbering(text: string): string {
  const trimmed = text.trim();
  // Most activity texts start with a plain character: no regular expression needed for them.
  if (!MAY_START_NUMBERING.test(trimmed.charAt(0))) return trimmed;
  const stripped = trimmed.replace(LEADING_NUMBER, '').trim();
  return stripped || trimmed;
}
