import { cellText } from './_lib/cell-text';
import { normalizeHeader } from './normalize-header';
import { fromA1 } from './to-a1';
import { cellIn, gridExtent } from './_lib/grid-cells';
import { FIELDS, type ColumnMatch, type Field, type Grid, type GridRow, type HeaderMatch } from './types';

/** Usual header names per field, normalised (see normalizeHeader). */
export const HEADER_NAMES: Readonly<Record<Field, readonly string[]>> = {
  month: ['月份', '时间', '日期', '月', '活动时间', '时间安排', '计划时间', '安排时间', '实施时间', '月度', 'month', 'date', 'time', 'when'],
  activity: [
    '活动',
    '活动内容',
    '工作内容',
    '主要活动',
    '活动名称',
    '活动项目',
    '工作任务',
    '工作事项',
    '主要工作',
    '具体工作',
    '内容',
    '事项',
    '项目',
    'activity',
    'activities',
    'task',
    'event',
  ],
  group: ['工作类别', '类别', '分类', '任务组', '工作板块', '所属工作', '板块', '工作类型', '类型', '工作分类', '所属板块', 'group', 'category', 'type'],
  owner: ['负责人', '责任人', '负责部门', '责任部门', '牵头人', '牵头部门', '负责', '联系人', 'owner', 'responsible', 'lead'],
  status: ['完成情况', '状态', '完成状态', '进展', '进展情况', '执行情况', '落实情况', 'status', 'progress', 'done'],
  notes: ['备注', '说明', '附注', 'notes', 'note', 'remarks', 'comment', 'comments'],
};

/** How many rows from the top are searched for the header row. */
const HEADER_SEARCH_ROWS = 30;

export interface FindHeaderOptions {
  /** Column overrides: field → column letters ("B"), applied to the detected header row. */
  readonly columns?: Readonly<Partial<Record<Field, string>>>;
}

/**
 * The header row of a schedule: the first row (within the first 30) where both
 * a month column and an activity column are recognised. Rows above it are the
 * title. Null when no row has both.
 *
 * @example
 * findHeader(grid) //=> { row: 1, columns: { month: { field: 'month', col: 0, header: '月份' }, … }, title: '2023年学校工会主要活动安排表' }
 */
export function findHeader(grid: Grid, options: FindHeaderOptions = {}): HeaderMatch | null {
  const rows = grid.rows;
  if (rows.length === 0) return null;
  const limit = rows[0].row + HEADER_SEARCH_ROWS;
  for (let i = 0; i < rows.length && rows[i].row < limit; i++) {
    const columns = matchRow(rows[i]);
    applyOverrides(columns, rows[i], options.columns);
    if (columns.month && columns.activity) {
      const row = rows[i].row;
      const lastRow = headerBottom(grid, row);
      for (let j = i + 1; j < rows.length && rows[j].row <= lastRow; j++) {
        for (const [field, match] of Object.entries(matchRow(rows[j]))) {
          const taken = Object.values(columns).some((c) => c.col === match.col);
          if (!columns[field as Field] && !taken) columns[field as Field] = match;
        }
      }
      return { row, ...(lastRow > row ? { lastRow } : {}), columns, title: titleAbove(rows, i) };
    }
  }
  return null;
}

/**
 * Which fields a row's cells name. Exact names win over partial ones; for a
 * partial match the name at the end of the header wins, since a Chinese
 * compound names its head last (活动时间 is a time, 活动内容 an activity).
 */
function matchRow(row: GridRow): Partial<Record<Field, ColumnMatch>> {
  const columns: Partial<Record<Field, ColumnMatch>> = {};
  const scored: { field: Field; col: number; header: string; score: number }[] = [];
  for (let i = 0; i < row.cols.length; i++) {
    const header = cellText(row.values[i]);
    const key = normalizeHeader(header);
    if (!key || key.length > 20) continue;
    const best = bestField(key);
    if (best) scored.push({ ...best, col: row.cols[i], header });
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

function bestField(key: string): { field: Field; score: number } | null {
  let best: { field: Field; score: number } | null = null;
  for (const field of FIELDS) {
    for (const name of HEADER_NAMES[field]) {
      let score = 0;
      if (key === name) score = 1000;
      else if (isAscii(name) ? hasWord(key, name) : key.endsWith(name)) score = 100 + name.length;
      else if (!isAscii(name) && name.length >= 2 && key.includes(name)) score = 10 + name.length;
      if (score > 0 && (!best || score > best.score)) best = { field, score };
    }
  }
  return best;
}

/**
 * The last row of a header whose cells are merged down over a second (or
 * third) row, as in a two-row header with 负责 over 负责人 | 完成情况.
 */
function headerBottom(grid: Grid, row: number): number {
  let bottom = row;
  for (const m of grid.merges ?? []) {
    if (m.top === row && m.bottom > bottom && m.bottom <= row + 2) bottom = m.bottom;
  }
  return Math.min(bottom, gridExtent(grid).lastRow);
}

function isAscii(text: string): boolean {
  return /^[a-z]+$/.test(text);
}

function hasWord(key: string, word: string): boolean {
  return key === word || key.startsWith(word) || key.endsWith(word);
}

function applyOverrides(columns: Partial<Record<Field, ColumnMatch>>, row: GridRow, overrides: FindHeaderOptions['columns']): void {
  if (!overrides) return;
  for (const field of FIELDS) {
    const letters = overrides[field];
    if (!letters) continue;
    const at = fromA1(`${letters}1`);
    if (!at) continue;
    for (const other of FIELDS) {
      if (other !== field && columns[other]?.col === at.col) delete columns[other];
    }
    columns[field] = { field, col: at.col, header: cellText(cellIn(row, at.col)) };
  }
}

function titleAbove(rows: readonly GridRow[], headerIndex: number): string | null {
  const parts: string[] = [];
  for (let i = 0; i < headerIndex; i++) {
    for (const value of rows[i].values) {
      const text = cellText(value);
      if (text) parts.push(text);
    }
  }
  return parts.length ? parts.join(' ') : null;
}
