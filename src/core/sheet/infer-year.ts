import type { MonthRef } from './month/month-reading';

const CHINESE_DIGITS: Readonly<Record<string, string>> = {
  〇: '0',
  零: '0',
  一: '1',
  二: '2',
  三: '3',
  四: '4',
  五: '5',
  六: '6',
  七: '7',
  八: '8',
  九: '9',
};

/**
 * The plan's year when the user did not give one: from the title above the
 * header ("2023年学校工会主要活动安排表", "2023—2024学年"), else the year most
 * months in the sheet carry (shifted back for months before the start month of
 * a school year). Null when nothing says.
 *
 * @example
 * inferYear('2024年××学校工会主要活动安排表', [], 1) //=> 2024
 * inferYear(null, [{ month: 3, year: 2024 }, { month: 10, year: 2023 }], 9) //=> 2023
 */
export function inferYear(title: string | null, refs: readonly MonthRef[], startMonth: number): number | null {
  const fromTitle = yearInTitle(title ?? '');
  if (fromTitle !== null) return fromTitle;
  const votes = new Map<number, number>();
  for (const ref of refs) {
    if (ref.year === null) continue;
    const periodYear = ref.month >= startMonth ? ref.year : ref.year - 1;
    votes.set(periodYear, (votes.get(periodYear) ?? 0) + 1);
  }
  let best: number | null = null;
  for (const [year, count] of votes)
    if (best === null || count > votes.get(best)! || (count === votes.get(best)! && year < best)) best = year;
  return best;
}

function yearInTitle(title: string): number | null {
  const digits = title.replace(/[〇零一二三四五六七八九]{4}(?=年)/g, (run) => [...run].map((ch) => CHINESE_DIGITS[ch]).join(''));
  const m = /(?<!\d)((?:19|20|21)\d{2})\s*(?:年|[-—–~～至到]\s*(?:19|20|21)\d{2}\s*学年|学年|年度)/.exec(digits);
  return m ? Number(m[1]) : null;
}
