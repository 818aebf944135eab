import * as XLSX from '@e965/xlsx';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SheetSpec } from '../../src/core/tables/sheet-spec';
import { valuesWorkbook, writablePackage } from '../../src/xlsx/values-workbook';
import type { WorkbookData } from '../../src/core/ports/workbook-data';
import { writePlanWorkbook } from '../../src/xlsx/write-plan-workbook';
import { grid } from '../helpers/grid';
import { danglingReferences, partsOf, python, validateParts } from '../helpers/ooxml';

/** What a reader of an old .xls gives: values, formats (a date as a serial with its format), merges. */
const XLS: WorkbookData = {
  kind: 'xls',
  sheets: [
    grid(
      [
        ['2024年工会活动安排', null, null],
        ['月份', '活动内容', '日期'],
        ['一月', '元旦活动', 45292],
        [null, '教工运动会', 45300],
        ['三月', { formula: 'A1&B1' }, { error: '#N/A' }],
        [true, 3.5, '=不是公式'],
      ],
      { sheet: '活动安排[终稿]', merges: ['A1:C1', 'A3:A4'], formats: { C3: 'yyyy"年"m"月"d"日"', C4: 'yyyy"年"m"月"d"日"' } },
    ),
    grid([['说明']], { sheet: '说明' }),
  ],
  settings: {},
  sheetNames: ['活动安排[终稿]', '说明'],
  sheetTables: {},
};

const SPEC: SheetSpec = {
  key: 'work',
  name: '主要工作',
  tableName: 'PlanSheet_Work',
  tableStyle: 'TableStyleMedium2',
  columns: [{ header: '工作内容', width: 20, numberFormat: '@' }],
  rows: [['元旦活动']],
};

describe('valuesWorkbook and writablePackage', () => {
  it('keeps an .xlsx as it is and turns any other kind into a new workbook of its values', () => {
    const bytes = new Uint8Array([1, 2, 3]);
    expect(writablePackage(bytes, { ...XLS, kind: 'xlsx' })).toEqual({ bytes, valuesOnly: false });
    expect(writablePackage(bytes, XLS).valuesOnly).toBe(true);
  });

  it('writes values, number formats and merged cells; a formula never calculated stays blank; names Excel accepts', () => {
    const bytes = valuesWorkbook(XLS.sheets);
    const book = XLSX.read(bytes, { type: 'array', cellNF: true, cellDates: false });
    expect(book.SheetNames).toEqual(['活动安排_终稿_', '说明']);
    const ws = book.Sheets['活动安排_终稿_'];
    expect(XLSX.utils.sheet_to_json(ws, { header: 1, raw: true, defval: null })).toEqual([
      ['2024年工会活动安排', null, null],
      ['月份', '活动内容', '日期'],
      // Read as dates because their number format is a date format.
      ['一月', '元旦活动', new Date(Date.UTC(2024, 0, 1))],
      [null, '教工运动会', new Date(Date.UTC(2024, 0, 9))],
      ['三月', null, null],
      [true, 3.5, '=不是公式'],
    ]);
    expect([[ws.C3.t, ws.C3.v, ws.C3.z], [ws.C5.t, ws.C5.w], ws.B5, ws['!merges']]).toEqual([
      ['n', 45292, 'yyyy"年"m"月"d"日"'],
      ['e', '#N/A'],
      undefined,
      [
        { s: { r: 0, c: 0 }, e: { r: 0, c: 2 } },
        { s: { r: 2, c: 0 }, e: { r: 3, c: 0 } },
      ],
    ]);
    const parts = partsOf(bytes);
    const texts = Object.fromEntries(
      Object.entries(parts)
        .filter(([n]) => /\.(xml|rels)$/.test(n))
        .map(([n, b]) => [n, new TextDecoder().decode(b)]),
    );
    expect(Object.entries(validateParts(texts)).filter(([, v]) => v !== 'valid')).toEqual([]);
    expect(danglingReferences(bytes)).toEqual([]);
  });

  it('takes the plan sheets like any workbook, and openpyxl reads the result', () => {
    const { bytes } = writePlanWorkbook(writablePackage(new Uint8Array(0), XLS).bytes, [SPEC], {});
    const dir = mkdtempSync(join(tmpdir(), 'plansheet-values-'));
    try {
      writeFileSync(join(dir, 'out.xlsx'), bytes);
      const out = python(
        `import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
sheets = [[ws.title, ws.sheet_state, list(ws.tables.keys()), [str(m) for m in ws.merged_cells.ranges]] for ws in wb.worksheets]
print(json.dumps(sheets, ensure_ascii=False))`,
        join(dir, 'out.xlsx'),
      );
      expect(JSON.parse(out)).toEqual([
        ['活动安排_终稿_', 'visible', [], ['A1:C1', 'A3:A4']],
        ['说明', 'visible', [], []],
        ['主要工作', 'visible', ['PlanSheet_Work'], []],
        ['_plansheet', 'veryHidden', [], []],
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
