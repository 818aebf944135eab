/**
 * The text without the punctuation that would clash with what a document puts
 * after it (a note in brackets, ；between items of a month line). ！ and ？
 * stay: they carry meaning that a full stop does not.
 *
 * @example
 * trimSentenceEnd('校务公开自查。') //=> '校务公开自查'
 * trimSentenceEnd('New Year party.') //=> 'New Year party'
 * trimSentenceEnd('加油！') //=> '加油！'
 */
export function trimSentenceEnd(text: string): string {
  return text.replace(/[。；;.，,、：:\s]+$/u, '');
}
