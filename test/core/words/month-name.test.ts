import { monthName } from '../../../src/core/words/month-name';

const ALL = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

describe('monthName', () => {
  it('names every month long and short, in Chinese and English', () => {
    expect(ALL.map((m) => [monthName(m, 'zh'), monthName(m, 'zh', 'short'), monthName(m, 'en'), monthName(m, 'en', 'short')])).toEqual([
      ['一月', '1月', 'January', 'Jan'],
      ['二月', '2月', 'February', 'Feb'],
      ['三月', '3月', 'March', 'Mar'],
      ['四月', '4月', 'April', 'Apr'],
      ['五月', '5月', 'May', 'May'],
      ['六月', '6月', 'June', 'Jun'],
      ['七月', '7月', 'July', 'Jul'],
      ['八月', '8月', 'August', 'Aug'],
      ['九月', '9月', 'September', 'Sep'],
      ['十月', '10月', 'October', 'Oct'],
      ['十一月', '11月', 'November', 'Nov'],
      ['十二月', '12月', 'December', 'Dec'],
    ]);
  });
});
