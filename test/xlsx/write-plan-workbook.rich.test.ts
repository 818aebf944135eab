/**
 * The plan workbook on files made by real producers, as the "done when" says: a workbook
 * with a chart, a pivot table, an image, comments, a drop-down, conditional formatting, an active
 * filter, defined names, a hidden and a protected sheet, macros, custom properties and a table
 * (test/fixtures/writer, made by scripts/make-writer-fixtures.sh with XlsxWriter and LibreOffice)
 * comes back with every part of it byte for byte and our three tables added; every part we write
 * validates against the ECMA-376 schemas; LibreOffice and openpyxl open the result; a second build
 * replaces ours and nothing else.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describePlanSheets } from '../../src/core/tables/describe-plan-sheets';
import { scheduleOf } from '../helpers/schedule-of';
import type { SheetSpec } from '../../src/core/tables/sheet-spec';
import { readWorkbook } from '../../src/xlsx/read-workbook';
import { writePlanWorkbook, type PlanWorkbook } from '../../src/xlsx/write-plan-workbook';
import { changedEntries, danglingReferences, partsOf, python, stripIgnorable, validateParts } from '../helpers/ooxml';

const FIXTURES = join(__dirname, '../fixtures/writer');
const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(join(FIXTURES, name)));
const text = (bytes: Uint8Array, part: string): string => new TextDecoder().decode(partsOf(bytes)[part]);

async function specsOf(bytes: Uint8Array): Promise<SheetSpec[]> {
  const found = await scheduleOf(await readWorkbook(bytes));
  if (!found.result.ok) throw new Error('the fixture has no schedule');
  return describePlanSheets(found.result.analysis, 'zh');
}

/** Every part the output has that the input has not, as written; every part it changed, without Excel's extensions. */
function writtenParts(before: Uint8Array, after: Uint8Array): Record<string, string> {
  const { changed, added } = changedEntries(before, after);
  return Object.fromEntries([...added.map((p) => [p, text(after, p)]), ...changed.map((p) => [p, stripIgnorable(text(after, p))])]);
}

const OPENPYXL_SUMMARY = `
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1], keep_vba=True)
out = {'names': sorted(d.name for d in wb.defined_names.definedName), 'vba': wb.vba_archive is not None, 'sheets': []}
for ws in wb.worksheets:
    out['sheets'].append({
        'title': ws.title, 'state': ws.sheet_state, 'tables': sorted(ws.tables.keys()),
        'charts': len(ws._charts), 'pivots': len(ws._pivots), 'protected': bool(ws.protection.sheet),
        'filter': ws.auto_filter.ref, 'validations': len(ws.data_validations.dataValidation),
        'formats': len(list(ws.conditional_formatting)), 'frozen': ws.freeze_panes,
        'hidden_rows': sorted(r for r, d in ws.row_dimensions.items() if d.hidden),
        'comments': sum(1 for row in ws.iter_rows() for c in row if c.comment),
        'first': [c.value for c in next(ws.iter_rows(max_row=1), [])],
    })
print(json.dumps(out, ensure_ascii=False))
`;

interface Summary {
  names: string[];
  vba: boolean;
  sheets: { title: string; tables: string[]; first: unknown[] }[];
}

const summary = (file: string): Summary => JSON.parse(python(OPENPYXL_SUMMARY, file)) as Summary;

/** Each sheet of each file as LibreOffice Calc exports it to CSV (one headless run for all files). */
function libreOfficeCsv(files: Readonly<Record<string, Uint8Array>>): Record<string, string> {
  const dir = mkdtempSync(join(tmpdir(), 'plansheet-lo-'));
  try {
    for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, name), bytes);
    const filter = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1';
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${join(dir, 'profile')}`,
        '--headless',
        '--convert-to',
        filter,
        '--outdir',
        join(dir, 'csv'),
        ...Object.keys(files).map((n) => join(dir, n)),
      ],
      {
        stdio: 'ignore',
        timeout: 180_000,
      },
    );
    return Object.fromEntries(readdirSync(join(dir, 'csv')).map((f) => [f, readFileSync(join(dir, 'csv', f), 'utf8')]));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

interface Built {
  readonly input: Uint8Array;
  readonly output: PlanWorkbook;
  readonly specs: SheetSpec[];
}

let built: Promise<Record<string, Built>> | null = null;

/** Both fixtures built once, for every test of this file. */
function results(): Promise<Record<string, Built>> {
  built ??= (async () => {
    const out: Record<string, Built> = {};
    for (const name of ['rich.xlsm', 'rich-pivot.xlsm']) {
      const input = fixture(name);
      const specs = await specsOf(input);
      out[name] = { input, specs, output: writePlanWorkbook(input, specs, {}) };
    }
    return out;
  })();
  return built;
}

describe('writePlanWorkbook on workbooks made by XlsxWriter and LibreOffice: every part kept', () => {
  it('keeps every entry of the XlsxWriter workbook byte for byte, edits five index parts and adds our sheets and tables', async () => {
    const { input, output } = (await results())['rich.xlsm'];
    expect(output.extension).toBe('xlsm');
    expect(changedEntries(input, output.bytes)).toEqual({
      changed: ['[Content_Types].xml', 'docProps/app.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/workbook.xml'],
      added: [
        'xl/tables/table2.xml',
        'xl/tables/table3.xml',
        'xl/tables/table4.xml',
        'xl/worksheets/_rels/sheet5.xml.rels',
        'xl/worksheets/_rels/sheet6.xml.rels',
        'xl/worksheets/_rels/sheet7.xml.rels',
        'xl/worksheets/sheet5.xml',
        'xl/worksheets/sheet6.xml',
        'xl/worksheets/sheet7.xml',
        'xl/worksheets/sheet8.xml',
      ],
      removed: [],
    });
    expect(danglingReferences(output.bytes)).toEqual([]);
  });

  it('keeps the LibreOffice workbook with its pivot table byte for byte too (its app.xml lists no sheets, so it stays)', async () => {
    const { input, output } = (await results())['rich-pivot.xlsm'];
    const { changed, added, removed } = changedEntries(input, output.bytes);
    expect([changed, added.length, removed]).toEqual([
      ['[Content_Types].xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/workbook.xml'],
      10,
      [],
    ]);
    expect(
      Object.keys(partsOf(output.bytes))
        .filter((p) => /pivot|vbaProject|chart|media|comments|drawings|custom/.test(p))
        .sort(),
    ).toEqual([
      'docProps/custom.xml',
      'xl/charts/chart1.xml',
      'xl/comments1.xml',
      'xl/drawings/_rels/drawing1.xml.rels',
      'xl/drawings/_rels/drawing2.xml.rels',
      'xl/drawings/drawing1.xml',
      'xl/drawings/drawing2.xml',
      'xl/drawings/vmlDrawing1.vml',
      'xl/media/image1.png',
      'xl/pivotCache/_rels/pivotCacheDefinition1.xml.rels',
      'xl/pivotCache/pivotCacheDefinition1.xml',
      'xl/pivotCache/pivotCacheRecords1.xml',
      'xl/pivotTables/_rels/pivotTable1.xml.rels',
      'xl/pivotTables/pivotTable1.xml',
      'xl/vbaProject.bin',
    ]);
    expect(danglingReferences(output.bytes)).toEqual([]);
  });

  it('edits the workbook part by adding our sheet elements and nothing else', async () => {
    const { input, output } = (await results())['rich.xlsm'];
    const ours =
      '<sheet name="主要工作" sheetId="5" r:id="rId9"/><sheet name="月度安排" sheetId="6" r:id="rId10"/>' +
      '<sheet name="覆盖检查" sheetId="7" r:id="rId11"/><sheet name="_plansheet" sheetId="8" state="veryHidden" r:id="rId12"/>';
    expect(text(output.bytes, 'xl/workbook.xml')).toBe(text(input, 'xl/workbook.xml').replace('</sheets>', `${ours}</sheets>`));
    expect(text(output.bytes, 'docProps/app.xml')).toBe(
      text(input, 'docProps/app.xml')
        .replace('<vt:i4>4</vt:i4>', '<vt:i4>8</vt:i4>')
        .replace('<vt:vector size="6" baseType="lpstr">', '<vt:vector size="10" baseType="lpstr">')
        .replace(
          '<vt:lpstr>活动区域</vt:lpstr>',
          '<vt:lpstr>主要工作</vt:lpstr><vt:lpstr>月度安排</vt:lpstr><vt:lpstr>覆盖检查</vt:lpstr>' +
            '<vt:lpstr>_plansheet</vt:lpstr><vt:lpstr>活动区域</vt:lpstr>',
        ),
    );
  });
});

describe('writePlanWorkbook on workbooks made by XlsxWriter and LibreOffice: valid, and open elsewhere', () => {
  it('writes parts that validate against the ECMA-376 schemas, and edits that keep the producers’ parts valid', async () => {
    for (const name of ['rich.xlsm', 'rich-pivot.xlsm']) {
      const { input, output } = (await results())[name];
      const checked = validateParts(writtenParts(input, output.bytes));
      expect([name, Object.entries(checked).filter(([, v]) => v !== 'valid')]).toEqual([name, []]);
      expect(Object.keys(checked).length).toBeGreaterThanOrEqual(14);
    }
  });

  it('opens in openpyxl with everything the input had and our tables added', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plansheet-openpyxl-'));
    try {
      for (const name of ['rich.xlsm', 'rich-pivot.xlsm']) {
        const { input, output } = (await results())[name];
        writeFileSync(join(dir, 'in.xlsm'), input);
        writeFileSync(join(dir, 'out.xlsm'), output.bytes);
        const before = summary(join(dir, 'in.xlsm'));
        const after = summary(join(dir, 'out.xlsm'));
        expect([after.names, after.vba]).toEqual([before.names, true]);
        expect(after.sheets.slice(0, before.sheets.length)).toEqual(before.sheets);
        expect(after.sheets.slice(before.sheets.length).map((s) => [s.title, s.tables, s.first.slice(0, 2)])).toEqual([
          ['主要工作', ['PlanSheet_Work'], ['序号', '任务组']],
          ['月度安排', ['PlanSheet_Monthly'], ['月份', '活动']],
          ['覆盖检查', ['PlanSheet_Coverage'], ['月份', '文体活动']],
          ['_plansheet', [], ['plansheet-settings', '1']],
        ]);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('opens in LibreOffice, which reads the user’s sheets as before and our tables as written', async () => {
    const { input, output, specs } = (await results())['rich-pivot.xlsm'];
    const csv = libreOfficeCsv({ 'in.xlsm': input, 'out.xlsm': output.bytes });
    for (const sheet of ['活动安排', '统计', '隐藏', '受保护', '透视表']) {
      expect([sheet, csv[`out-${sheet}.csv`]]).toEqual([sheet, csv[`in-${sheet}.csv`]]);
    }
    const expected = (spec: SheetSpec): string =>
      [spec.columns.map((c) => c.header), ...spec.rows].map((row) => row.map((v) => (v === null ? '' : String(v))).join(',')).join('\n') +
      '\n';
    expect(csv['out-覆盖检查.csv']).toBe(expected(specs[2]));
    expect(csv['out-主要工作.csv'].split('\n').slice(0, 3)).toEqual(expected(specs[0]).split('\n').slice(0, 3));
  });
});

describe('writePlanWorkbook on workbooks made by XlsxWriter and LibreOffice: built again', () => {
  it('replaces only its own parts when built again, and nothing else', async () => {
    for (const name of ['rich.xlsm', 'rich-pivot.xlsm']) {
      const { output, specs } = (await results())[name];
      const same = writePlanWorkbook(output.bytes, specs, output.settings);
      expect([name, same.report.sheets.every((s) => s.replaced), changedEntries(output.bytes, same.bytes)]).toEqual([
        name,
        true,
        { changed: [], added: [], removed: [] },
      ]);

      const fewer = specs.map((s) => (s.key === 'work' ? { ...s, rows: s.rows.slice(0, 2) } : s));
      const next = writePlanWorkbook(output.bytes, fewer, output.settings);
      const work =
        name === 'rich.xlsm' ? ['xl/tables/table2.xml', 'xl/worksheets/sheet5.xml'] : ['xl/tables/table2.xml', 'xl/worksheets/sheet6.xml'];
      expect([name, changedEntries(output.bytes, next.bytes)]).toEqual([name, { changed: work, added: [], removed: [] }]);
      expect(danglingReferences(next.bytes)).toEqual([]);
    }
  });
});
