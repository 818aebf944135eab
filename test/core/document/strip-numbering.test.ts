import fc from 'fast-check';
import { stripNumbering } from '../../../src/core/document/strip-numbering';

describe('stripNumbering', () => {
  it.each([
    ['1、元旦活动', '元旦活动'],
    ['2. 教工运动会', '教工运动会'],
    ['12．慰问离退休教师', '慰问离退休教师'],
    ['（3）三八节活动', '三八节活动'],
    ['(4) 春游', '春游'],
    ['①师德讲座', '师德讲座'],
    ['一、教代会', '教代会'],
    ['• 年度总结', '年度总结'],
    ['3.8妇女节活动', '3.8妇女节活动'],
    ['2024年度总结', '2024年度总结'],
    ['五一劳动节', '五一劳动节'],
    ['  元旦活动  ', '元旦活动'],
    ['1、', '1、'],
    ['⑴学习', '学习'],
    ['12 项检查', '12 项检查'],
    ['100 名教师体检', '100 名教师体检'],
    ['3 月例会', '3 月例会'],
  ])('turns %j into %j', (input, expected) => {
    expect(stripNumbering(input)).toBe(expected);
  });

  it('never returns an empty string for a non-blank text', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), (s) => {
        fc.pre(s.trim() !== '');
        expect(stripNumbering(s).length).toBeGreaterThan(0);
      }),
    );
  });
});
