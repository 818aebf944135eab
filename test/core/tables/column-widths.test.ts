import fc from 'fast-check';
import { columnWidths } from '../../../src/core/tables/column-widths';

describe('columnWidths', () => {
  it('keeps the short columns on one line and lets the long one wrap', () => {
    expect(columnWidths(['月份', '活动', '负责人'], [['一月', '元旦教职工迎新活动暨工会会员大会', '王芳']], 24)).toEqual([4, 14, 6]);
  });

  it('shares spare room in proportion when everything fits', () => {
    expect(columnWidths(['月份', '活动'], [['一月', '元旦活动']], 24)).toEqual([8, 16]);
  });

  it('narrows several long columns to the same width', () => {
    expect(columnWidths(['A', 'B', 'C'], [['x'.repeat(30), 'y'.repeat(50), 'zz']], 42)).toEqual([20, 20, 2]);
  });

  it('measures the longest line of a cell with line breaks, and treats a missing cell as empty', () => {
    expect(columnWidths(['Month', 'Owner', 'Memo'], [['abcdefghij\nab']], 38)).toEqual([20, 10, 8]);
  });

  it('returns widths that sum to the capacity, none wider than it needs when space is short', () => {
    const cell = fc.string({ unit: 'grapheme', maxLength: 30 });
    fc.assert(
      fc.property(
        fc.array(cell, { minLength: 1, maxLength: 6 }),
        fc.array(fc.array(cell, { maxLength: 7 }), { maxLength: 8 }),
        fc.integer({ min: 12, max: 120 }),
        (columns, rows, capacity) => {
          const widths = columnWidths(columns, rows, capacity);
          expect(widths).toHaveLength(columns.length);
          expect(widths.reduce((a, b) => a + b, 0)).toBeCloseTo(capacity, 6);
          expect(widths.every((w) => w > 0)).toBe(true);
        },
      ),
    );
  });
});
