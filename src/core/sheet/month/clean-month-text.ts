const OPEN = '([{【〔〈《「『';
const CLOSE = ')]}】〕〉》」』';
const NOTE = new RegExp(`[${escape(OPEN)}][^${escape(CLOSE)}]*(?:[${escape(CLOSE)}]|$)`, 'g');
const STRAY_BRACKET = new RegExp(`[${escape(OPEN + CLOSE)}]`, 'g');
const QUOTES = /["“”‘’]/g;
/** Zero-width and control characters that come along with pasted text. */
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff]/g;
const LABEL = /^(?:时间|日期|月份|计划时间|活动时间|month|date|time)\s*:\s*/;
const EDGE_PUNCTUATION = new Set(' .,;:!?。、…');

function escape(chars: string): string {
  return chars.replace(/[\]\\^-]/g, '\\$&');
}

/**
 * A month cell's text in one canonical spelling: NFKC (full-width digits,
 * letters, spaces and punctuation become ASCII: １２月 → 12月, （ → (,
 * ～ → ~), lower case, no invisible characters, single spaces, trimmed.
 *
 * @example
 * cleanMonthText(' １２月　') //=> '12月'
 */
export function cleanMonthText(raw: string): string {
  return raw.normalize('NFKC').replace(INVISIBLE, ' ').toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * The text outside brackets and the text inside them: "3月(暂定)" is March
 * with a note. An unclosed bracket's note runs to the end. Edge punctuation
 * ("3月。", "feb.") and a leading label ("时间：3月") are dropped from both.
 *
 * @example
 * splitNotes('3月(暂定)') //=> { main: '3月', notes: '暂定' }
 */
export function splitNotes(text: string): { main: string; notes: string } {
  const notes: string[] = [];
  const main = text.replace(NOTE, (note) => {
    notes.push(note.slice(1).replace(STRAY_BRACKET, ''));
    return ' ';
  });
  return { main: tidy(main.replace(STRAY_BRACKET, ' ')), notes: tidy(notes.join(' ')) };
}

function tidy(text: string): string {
  return trimEdges(text.replace(QUOTES, '').replace(/\s+/g, ' ').trim().replace(LABEL, ''));
}

/** Edge punctuation off both ends, by hand: a regex anchored at the end is quadratic on long runs. */
function trimEdges(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && EDGE_PUNCTUATION.has(text.charAt(start))) start++;
  while (end > start && EDGE_PUNCTUATION.has(text.charAt(end - 1))) end--;
  return text.slice(start, end);
}
