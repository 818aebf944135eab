import fc from 'fast-check';
import { tableHeaders } from '../../../src/core/tables/table-headers';

describe('tableHeaders', () => {
  it('numbers repeated names, ignoring case, the way Excel does', () => {
    expect(tableHeaders(['月份', '合计', '合计', 'Total', 'total', '合计'])).toEqual(['月份', '合计', '合计2', 'Total', 'total2', '合计3']);
  });

  it('names blank headers by their column and flattens line breaks, tabs and other control characters', () => {
    expect(tableHeaders(['', '  ', '负责\n人', '活动\t内容', '备\u0007注', '\uFFFF'])).toEqual([
      '列1',
      '列2',
      '负责 人',
      '活动 内容',
      '备 注',
      '列6',
    ]);
  });

  it('keeps reserved names for the caller', () => {
    expect(tableHeaders(['合计', '月份', '文体活动'], ['月份', '合计', '状态'])).toEqual(['合计2', '月份2', '文体活动']);
  });

  it('always gives unique, non-blank names of at most 255 characters', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom('', '合计', 'A', 'a', 'a2'), fc.string({ maxLength: 300 }))), (headers) => {
        const out = tableHeaders(headers);
        expect(out).toHaveLength(headers.length);
        expect(new Set(out.map((h) => h.toLowerCase())).size).toBe(out.length);
        for (const h of out) {
          expect(h.trim()).not.toBe('');
          expect(h.length).toBeLessThanOrEqual(255);
          expect(h).not.toMatch(/[\u0000-\u001f\u007f\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
        }
      }),
    );
  });
});
