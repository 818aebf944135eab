// Closing quotes and brackets may follow the punctuation that ends a sentence: 他说：“好！”
const CLOSERS = /[”’」』）)》〉\]"'\s]+$/u;
const TERMINALS = /[。！？；….!?;]$/u;

/**
 * Whether a text already ends with sentence punctuation (。！？； or . ! ? ;),
 * so that a document does not add another.
 *
 * @example
 * endsSentence('元旦活动') //=> false
 * endsSentence('庆祝“五一”！') //=> true
 * endsSentence('他说：“好！”') //=> true
 */
export function endsSentence(text: string): boolean {
  // Only the end matters; a month line of thousands of items need not be scanned whole.
  const tail = text.slice(-64);
  if (TERMINALS.test(tail)) return true;
  const bare = tail.replace(CLOSERS, '');
  return bare !== tail && TERMINALS.test(bare);
}
