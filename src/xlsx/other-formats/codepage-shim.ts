/**
 * Windows code pages as TextDecoder names them. An old .xls (BIFF5, Excel 95, and what some
 * Chinese tools still write) keeps its text in the code page its CODEPAGE record names; 936
 * (GBK) on Chinese Windows. 1200/1201 are UTF-16, 65001 UTF-8, 10000 Mac Roman.
 */
const LABELS: ReadonlyMap<number, string> = new Map([
  [874, 'windows-874'],
  [932, 'shift_jis'],
  [936, 'gb18030'],
  [949, 'euc-kr'],
  [950, 'big5'],
  [1200, 'utf-16le'],
  [1201, 'utf-16be'],
  [1250, 'windows-1250'],
  [1251, 'windows-1251'],
  [1252, 'windows-1252'],
  [1253, 'windows-1253'],
  [1254, 'windows-1254'],
  [1255, 'windows-1255'],
  [1256, 'windows-1256'],
  [1257, 'windows-1257'],
  [1258, 'windows-1258'],
  [10000, 'macintosh'],
  [20127, 'utf-8'],
  [20936, 'gb18030'],
  [54936, 'gb18030'],
  [65001, 'utf-8'],
]);

const decoders = new Map<number, TextDecoder>();

/** Whether the file being read keeps its text in a code page (BIFF2–BIFF5) rather than in UTF-16. */
let byteStrings = false;

type Bytes = ArrayLike<number> | string;

function bytesOf(data: Bytes): Uint8Array {
  if (typeof data !== 'string') return data instanceof Uint8Array ? data : Uint8Array.from(data as ArrayLike<number>);
  const out = new Uint8Array(data.length);
  for (let i = 0; i < data.length; i++) out[i] = data.charCodeAt(i) & 0xff;
  return out;
}

function latin1(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i++) text += String.fromCharCode(bytes[i]);
  return text;
}

function decode(codepage: number, data: Bytes): string {
  // SheetJS asks for one character as [low, high] (its _getchar) for the 16-bit units of BIFF8
  // and .xlsb strings, which are UTF-16 whatever the CODEPAGE record says: jxl and other Java
  // writers put 1252 there, and decoding their Chinese through 1252 would garble it.
  if (!byteStrings && Array.isArray(data) && data.length === 2) return String.fromCharCode(data[0] | (data[1] << 8));
  // 28591 (ISO 8859-1) is byte for character; WHATWG's TextDecoder would read it as windows-1252.
  if (codepage === 28591) return typeof data === 'string' ? data : latin1(bytesOf(data));
  let decoder = decoders.get(codepage);
  if (!decoder) {
    decoder = new TextDecoder(LABELS.get(codepage) ?? 'windows-1252');
    decoders.set(codepage, decoder);
  }
  return decoder.decode(bytesOf(data));
}

/** SheetJS encodes only when writing, or a password it will never get here: byte for character. */
function encode(_codepage: number, text: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) out.push(text.charCodeAt(i) & 0xff);
  return out;
}

/**
 * What SheetJS's `set_cptable` expects (the `utils` of its codepage library), backed by the
 * platform's TextDecoder instead of the 470 KB of tables SheetJS ships in cpexcel.full.mjs:
 * every browser and Node 20 (full ICU) decode these code pages themselves. Without a table
 * SheetJS reads the byte strings of a BIFF5 .xls (Excel 95) one byte per character, which
 * turns Chinese in code page 936 into mojibake; with SheetJS's own table, a BIFF8 .xls whose
 * CODEPAGE record is not 1200 loses its Unicode text (see `decode`).
 * https://docs.sheetjs.com/docs/api/utilities/misc#codepage-support (set_cptable)
 *
 * @example
 * codepageShim.utils.decode(936, [0xd4, 0xc2]) //=> '月'
 */
export const codepageShim = { utils: { decode, encode } } as const;

/**
 * Runs a read of a file whose strings are bytes in a code page (BIFF2–BIFF5): only then may
 * SheetJS's one-character lookups go through the code page. Reads are synchronous, so the
 * switch cannot leak into another file's read.
 */
export function withByteStrings<T>(read: () => T): T {
  byteStrings = true;
  try {
    return read();
  } finally {
    byteStrings = false;
  }
}
