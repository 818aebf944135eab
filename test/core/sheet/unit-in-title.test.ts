import { unitInTitle } from '../../../src/core/sheet/unit-in-title';

describe('unitInTitle', () => {
  it.each([
    ['2025年XX医院工会工作安排', 'XX医院工会'],
    ['××学校工会2024年主要活动安排表', '××学校工会'],
    ['2024年××学校工会主要活动安排表', '××学校工会'],
    ['红星小学工会委员会2024年度工作计划', '红星小学工会委员会'],
    ['2023—2024学年第二中学工会活动安排', '第二中学工会'],
    ['二〇二五年市第一人民医院工会工作要点', '市第一人民医院工会'],
    ['机加一车间2025年工作安排', '机加一车间'],
    ['20xx年后勤分工会工作计划', '后勤分工会'],
    ['XX公司工会委员会 2025年工作计划（草案）', 'XX公司工会委员会'],
    ['XX医院工会 2025年工作安排 制表：办公室', 'XX医院工会'],
  ])('finds the unit in %j: %j', (title, unit) => {
    expect(unitInTitle(title)).toBe(unit);
  });

  it.each([
    '2023年学校工会主要活动安排表',
    '2023年车间分工会工作总结',
    '2024年工会活动安排',
    '2025年医院工会工作安排',
    '2024年度工作计划',
    '活动安排表',
    '',
  ])('finds no unit in %j: only words for a kind of unit, or none', (title) => {
    expect(unitInTitle(title)).toBeNull();
  });

  it('finds none without a title', () => {
    expect(unitInTitle(null)).toBeNull();
  });
});
