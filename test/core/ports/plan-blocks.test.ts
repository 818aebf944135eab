import fc from 'fast-check';
import { planBlocks } from '../../../src/core/ports/plan-blocks';

describe('planBlocks', () => {
  it('splits uniform rows into blocks that each stay within the limit', () => {
    expect(planBlocks(10, 300, 1000)).toEqual([
      { start: 0, count: 3 },
      { start: 3, count: 3 },
      { start: 6, count: 3 },
      { start: 9, count: 1 },
    ]);
  });

  it('packs rows of different sizes greedily', () => {
    expect(planBlocks(4, [600, 500, 100, 900], 1000)).toEqual([
      { start: 0, count: 1 },
      { start: 1, count: 2 },
      { start: 3, count: 1 },
    ]);
  });

  it('gives a row larger than the limit a block of its own', () => {
    expect(planBlocks(3, [10, 5000, 10], 1000)).toEqual([
      { start: 0, count: 1 },
      { start: 1, count: 1 },
      { start: 2, count: 1 },
    ]);
  });

  it('caps the rows per block', () => {
    expect(planBlocks(5, 1, 1000, { maxRows: 2 })).toEqual([
      { start: 0, count: 2 },
      { start: 2, count: 2 },
      { start: 4, count: 1 },
    ]);
  });

  it('plans nothing for no rows', () => {
    expect(planBlocks(0, 100, 1000)).toEqual([]);
  });

  it('covers every row once, in order, and keeps each block of more than one row within the limit', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 2000 }), { maxLength: 60 }), fc.integer({ min: 1, max: 3000 }), (sizes, limit) => {
        const blocks = planBlocks(sizes.length, sizes, limit);
        const rows = blocks.flatMap((b) => Array.from({ length: b.count }, (_, i) => b.start + i));
        expect(rows).toEqual(sizes.map((_, i) => i));
        for (const b of blocks) {
          const bytes = sizes.slice(b.start, b.start + b.count).reduce((a, x) => a + x, 0);
          if (b.count > 1) expect(bytes).toBeLessThanOrEqual(limit);
        }
      }),
    );
  });
});
