import type { CellFormula, CellValue } from './grid';

/**
 * A cell's value as display text ('' for blank); errors keep their code (#N/A). A formula
 * whose result was never saved shows nothing, as Excel shows nothing for it until it calculates.
 */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return 'error' in value ? value.error : '';
}

/** True for a cell with nothing in it (null, empty or white space only). */
export function isBlank(value: CellValue | undefined): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/** True for a formula whose result the file never saved (see `CellFormula`). */
export function isFormula(value: CellValue | undefined): value is CellFormula {
  return typeof value === 'object' && value !== null && 'formula' in value;
}
