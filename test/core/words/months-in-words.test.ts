import { makePeriod } from '../../../src/core/plan/make-period';
import { monthsInWords } from '../../../src/core/words/months-in-words';

const calendarYear = makePeriod({ year: 2024 });
const schoolYear = makePeriod({ year: 2024, startMonth: 9 });

describe('monthsInWords', () => {
  it('makes a span of two or more months that follow each other, as the document and the plan sheets both say it', () => {
    expect([
      monthsInWords([3, 4], calendarYear, 'zh'),
      monthsInWords([3, 4], calendarYear, 'zh', 'short'),
      monthsInWords([10, 11, 12], calendarYear, 'en'),
      monthsInWords([12, 1, 2], schoolYear, 'en', 'short'),
    ]).toEqual(['三月至四月', '3月至4月', 'October–December', 'Dec–Feb']);
  });

  it('names months one by one when they do not follow each other, or there is one', () => {
    expect([
      monthsInWords([3, 5], calendarYear, 'zh', 'short'),
      monthsInWords([12, 1], calendarYear, 'en'),
      monthsInWords([9], schoolYear, 'zh'),
      monthsInWords([], schoolYear, 'zh'),
    ]).toEqual(['3月、5月', 'December, January', '九月', '']);
  });
});
