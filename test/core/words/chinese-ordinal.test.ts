import { chineseOrdinal } from '../../../src/core/words/chinese-ordinal';

describe('chineseOrdinal', () => {
  it('writes 1–12 as documents and month names do', () => {
    expect(Array.from({ length: 12 }, (_, i) => chineseOrdinal(i + 1))).toEqual([
      '一',
      '二',
      '三',
      '四',
      '五',
      '六',
      '七',
      '八',
      '九',
      '十',
      '十一',
      '十二',
    ]);
  });

  it('writes tens without a leading 一 and with their ones', () => {
    expect([19, 20, 21, 30, 45, 90, 99].map(chineseOrdinal)).toEqual(['十九', '二十', '二十一', '三十', '四十五', '九十', '九十九']);
  });

  it('falls back to Arabic digits outside 1–99 instead of failing', () => {
    expect([0, 100, 123, -1, 2.5].map(chineseOrdinal)).toEqual(['0', '100', '123', '-1', '2.5']);
  });

  it('gives 99 different numerals for 1–99', () => {
    expect(new Set(Array.from({ length: 99 }, (_, i) => chineseOrdinal(i + 1))).size).toBe(99);
  });
});
