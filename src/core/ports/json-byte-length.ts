/**
 * The size in bytes of a value written as JSON in UTF-8: what a host that
 * limits its request size (Excel on the web: 5 MB) is sent. Counted from the
 * UTF-16 code units so that it needs no encoder; a Chinese character is 3
 * bytes, an emoji (a surrogate pair) 4.
 *
 * @example
 * jsonByteLength([['月份', 3]]) //=> 14
 * jsonByteLength('a"b') //=> 6
 */
export function jsonByteLength(value: unknown): number {
  const json = JSON.stringify(value) ?? 'null';
  let bytes = 0;
  for (let i = 0; i < json.length; i++) {
    const code = json.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}
