import { classifyStatus } from '../../../src/core/sheet/classify-status';

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
    ['待完成', 'not_done'],
    ['计划完成', 'not_done'],
    ['不完成', 'not_done'],
    ['未开始', 'not_done'],
    ['未启动', 'not_done'],
    ['完成中', 'in_progress'],
    ['已举办', 'done'],
    ['已召开', 'done'],
    ['已结束', 'done'],
    ['', null],
    [null, null],
  ])('classifies %j as %j', (input, expected) => {
    expect(classifyStatus(input)).toBe(expected);
  });
});
