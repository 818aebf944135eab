import { columnLetters } from '../sheet/to-a1';
import type { Highlight } from './sheet-spec';

/** Excel's preset "Light red fill with dark red text". */
const GAP_FILL = 'FFC7CE';
const GAP_FONT = '9C0006';

/**
 * The highlight of a table's rows whose cell in `column` (zero-based) holds `equals`
 * (缺少活动 / Gap): quotes in the text are doubled, as an Excel string literal wants.
 *
 * @example
 * gapHighlight(2, '缺少"活动"') //=> { formula: '$C2="缺少""活动"""', fill: 'FFC7CE', font: '9C0006' }
 */
export function gapHighlight(column: number, equals: string): Highlight {
  return { formula: `$${columnLetters(column)}2="${equals.replace(/"/g, '""')}"`, fill: GAP_FILL, font: GAP_FONT };
}
