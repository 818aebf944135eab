import { serialToDate } from './excel-date';
import { isDateFormat } from './is-date-format';
import type { CellValue } from './grid';
import { cellText } from './cell-text';

/**
 * A month cell as the user sees it: dates as 2024/9/10, the rest as typed.
 *
 * @example
 * displayMonth(45179, 'yyyy/m/d') //=> '2023/9/10'
 * displayMonth(' 三月 ', undefined) //=> '三月'
 */
export function displayMonth(value: CellValue | undefined, format: string | undefined): string {
  if (typeof value === 'number' && isDateFormat(format)) {
    const date = serialToDate(value);
    if (date) return `${date.year}/${date.month}/${date.day}`;
  }
  return cellText(value);
}
