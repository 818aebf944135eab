/**
 * The A1 address of a zero-based row and column.
 *
 * @example
 * toA1(6, 1) //=> 'B7'
 * toA1(0, 27) //=> 'AB1'
 */
export function toA1(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/**
 * The letters of a zero-based column index.
 *
 * @example
 * columnLetters(0) //=> 'A'
 * columnLetters(701) //=> 'ZZ'
 */
export function columnLetters(col: number): string {
  let letters = '';
  let n = col + 1;
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/**
 * The zero-based row and column of an A1 address, or null when it is not one.
 *
 * @example
 * fromA1('B7') //=> { row: 6, col: 1 }
 */
export function fromA1(address: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(address.trim());
  if (!m) return null;
  let col = 0;
  for (const ch of (m[1] ?? '').toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  const row = Number(m[2]);
  if (row < 1) return null;
  return { row: row - 1, col: col - 1 };
}
