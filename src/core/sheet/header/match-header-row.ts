import { normalizeHeader } from './normalize-header';
import { FIELDS, type ColumnMatch, type Field } from './header-match';
import type { GridRow } from '../grid';
import { cellText } from '../cell-text';
import { HEADER_NAMES } from './header-names';

/** A header's best field and how sure: 1000 for an exact name, less for a partial one. */
export interface FieldGuess {
  readonly field: Field;
  readonly score: number;
}

/** The score of a header that is exactly one of the usual names. */
export const EXACT = 1000;

/**
 * Which fields a row's cells name. Exact names win over partial ones; for a
 * partial match the name at the end of the header wins, since a Chinese
 * compound names its head last (活动时间 is a time, 活动内容 an activity).
 */
export function matchRow(row: GridRow): Partial<Record<Field, ColumnMatch>> {
  const columns: Partial<Record<Field, ColumnMatch>> = {};
  const scored: { field: Field; col: number; header: string; score: number }[] = [];
  for (const [i, col] of row.cols.entries()) {
    const header = cellText(row.values[i]);
    const best = guessField(header);
    if (best) scored.push({ ...best, col, header });
  }
  // Exact matches first, then by score; each field takes its best column, each column one field.
  scored.sort((a, b) => b.score - a.score || a.col - b.col);
  const usedCols = new Set<number>();
  for (const s of scored) {
    if (columns[s.field] || usedCols.has(s.col)) continue;
    columns[s.field] = { field: s.field, col: s.col, header: s.header };
    usedCols.add(s.col);
  }
  return columns;
}

/** The field a header names, with its score; null for a header that names none. */
export function guessField(header: string): FieldGuess | null {
  const key = normalizeHeader(header);
  if (!key || key.length > 20) return null;
  let best: FieldGuess | null = null;
  for (const field of FIELDS) {
    for (const name of HEADER_NAMES[field]) {
      let score = 0;
      if (key === name) score = EXACT;
      else if (isAscii(name) ? hasWord(key, name) : key.endsWith(name)) score = 100 + name.length;
      else if (!isAscii(name) && name.length >= 2 && key.includes(name)) score = 10 + name.length;
      if (score > 0 && (!best || score > best.score)) best = { field, score };
    }
  }
  return best;
}

function isAscii(text: string): boolean {
  return /^[a-z]+$/.test(text);
}

function hasWord(key: string, word: string): boolean {
  return key === word || key.startsWith(word) || key.endsWith(word);
}
