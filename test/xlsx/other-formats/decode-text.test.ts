import { decodeText } from '../../../src/xlsx/other-formats/decode-text';
import { looksLikeText } from '../../../src/xlsx/other-formats/looks-like-text';
import { textCellValue } from '../../../src/xlsx/other-formats/text-cell-value';
import { encodeGb18030, encodeUtf16 } from './encode-text';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const header = '月份,活动内容\r\n3月,植树\r\n';

describe('decodeText', () => {
  it('follows a byte order mark, and takes it off', () => {
    expect([decodeText(utf8(`\uFEFF${header}`)), decodeText(encodeUtf16(header, 'le')), decodeText(encodeUtf16(header, 'be'))]).toEqual([
      { text: header, encoding: 'utf-8' },
      { text: header, encoding: 'utf-16le' },
      { text: header, encoding: 'utf-16be' },
    ]);
  });

  it('reads UTF-8 without a mark as UTF-8, and anything else as GB18030 (GBK on Chinese Windows)', () => {
    expect([decodeText(utf8(header)), decodeText(encodeGb18030(header))]).toEqual([
      { text: header, encoding: 'utf-8' },
      { text: header, encoding: 'gb18030' },
    ]);
  });

  it('keeps UTF-8 whose last character was cut off as UTF-8, not as GB18030 mojibake', () => {
    const bytes = utf8(header + '活动');
    expect(decodeText(bytes.subarray(0, bytes.length - 1))).toEqual({ text: `${header}活\uFFFD`, encoding: 'utf-8' });
  });

  it('recognises UTF-16 written without a mark by its zero bytes', () => {
    const unmarked = (order: 'le' | 'be'): string => decodeText(encodeUtf16(header, order).subarray(2)).encoding;
    expect([unmarked('le'), unmarked('be')]).toEqual(['utf-16le', 'utf-16be']);
  });

  it('uses a declared charset when the bytes are not UTF-8, and the bytes when they are', () => {
    const big5 = new Uint8Array([0xa4, 0xeb, 0xa5, 0xf7]); // 月份 in Big5
    expect([
      decodeText(big5, { declared: 'big5' }),
      decodeText(utf8('月份'), { declared: 'gb2312' }),
      decodeText(encodeGb18030('月份'), { declared: 'gb2312' }),
    ]).toEqual([
      { text: '月份', encoding: 'big5' },
      { text: '月份', encoding: 'utf-8' },
      { text: '月份', encoding: 'gb18030' },
    ]);
  });

  it('ignores a declared charset nobody knows', () => {
    expect(decodeText(encodeGb18030('月份'), { declared: 'x-made-up' })).toEqual({ text: '月份', encoding: 'gb18030' });
  });
});

describe('looksLikeText', () => {
  it('accepts text with tabs and line breaks, and refuses NULs and control characters', () => {
    const samples = ['月份\t活动\r\n', 'PK\u0003\u0004\u0014\u0000\u0006', '\u0001\u0002\u0003abc'];
    expect(samples.map(looksLikeText)).toEqual([true, false, false]);
  });
});

describe('textCellValue', () => {
  it('keeps what was typed, makes plain numbers numbers and error values errors', () => {
    const typed = ['12', '-3.5', '0', '007', '1e5', '1,000', '3月', '2024-03', '2024/9/10', '#N/A', '#DIV/0!', '#HASH'];
    const kept = ['TRUE', ' 5', '', '1234567890123456'];
    expect([...typed, ...kept].map(textCellValue)).toEqual([
      12,
      -3.5,
      0,
      '007',
      '1e5',
      '1,000',
      '3月',
      '2024-03',
      '2024/9/10',
      { error: '#N/A' },
      { error: '#DIV/0!' },
      '#HASH',
      'TRUE',
      ' 5',
      null,
      '1234567890123456',
    ]);
  });
});
