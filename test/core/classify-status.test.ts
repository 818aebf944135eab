import { classifyStatus } from '../../src/core/classify-status';

describe('classifyStatus', () => {
  it.each([
    ['已完成', 'done'],
    ['完成', 'done'],
    ['√', 'done'],
    ['Done', 'done'],
    ['进行中', 'in_progress'],
    ['部分完成', 'in_progress'],
    ['未完成', 'not_done'],
    ['延期', 'not_done'],
    ['否', 'not_done'],
    ['取消', 'cancelled'],
    ['已取消', 'cancelled'],
    ['看情况', 'other'],
    ['', null],
    [null, null],
  ])('classifies %j as %j', (input, expected) => {
    expect(classifyStatus(input)).toBe(expected);
  });
});
