import { gapHighlight } from '../../src/core/tables/gap-highlight';
import * as XLSX from '@e965/xlsx';
import fc from 'fast-check';
import { SaxesParser } from 'saxes';
import { gridFromValues } from '../../src/core/sheet/grid-from-values';
import type { SheetSpec } from '../../src/core/tables/sheet-spec';
import { TRANSITIONAL } from '../../src/xlsx/package/namespaces';
import { worksheetXml } from '../../src/xlsx/package/worksheet-xml';
import { unescapeXml } from '../../src/xlsx/package/xml-text';
import { planSheetWrite } from '../../src/xlsx/plan-sheet-write';
import { valuesWorkbook } from '../../src/xlsx/values-workbook';
import { writePlanWorkbook } from '../../src/xlsx/write-plan-workbook';
import { partsOf, validateParts } from '../helpers/ooxml';
import { anyString, trickyString } from '../helpers/strings';

const COVERAGE: SheetSpec = {
  key: 'coverage',
  name: '覆盖检查',
  tableName: 'PlanSheet_Coverage',
  tableStyle: 'TableStyleMedium2',
  columns: [
    { header: '月份', width: 8, numberFormat: '@' },
    { header: '文体活动', width: 12, numberFormat: '0' },
    { header: '状态', width: 12.5, numberFormat: '@' },
  ],
  rows: [
    ['一月', 1, '已覆盖'],
    ['二月', 0, '缺少"活动"'],
  ],
  highlight: gapHighlight(2, '缺少"活动"'),
};

const TARGET = { key: 'coverage', sheet: '覆盖检查', table: 'PlanSheet_Coverage', replace: false } as const;

const xmlOf = (spec: SheetSpec, xf: number[]): string =>
  Buffer.concat([...worksheetXml(planSheetWrite(spec, TARGET).content, TRANSITIONAL, { xf, dxf: [3], tables: ['rId1'] })]).toString('utf8');

function textsOf(xml: string): string[] {
  const texts: string[] = [];
  let inT = false;
  let current = '';
  const parser = new SaxesParser();
  parser.on('opentag', (t) => {
    if (t.name !== 't') return;
    inT = true;
    current = '';
  });
  parser.on('text', (t) => {
    if (inT) current += t;
  });
  parser.on('closetag', (t) => {
    if (t.name !== 't') return;
    inT = false;
    texts.push(unescapeXml(current));
  });
  parser.write(xml).close();
  return texts;
}

describe('planSheetWrite', () => {
  it('gives a table over the header and rows, the column styles, the frozen header and the gap rule', () => {
    const write = planSheetWrite(COVERAGE, TARGET);
    expect([write.styles, write.dxfs, write.tables]).toEqual([
      [{ numFmt: '@' }, { numFmt: '0' }],
      [{ fontColor: 'FF9C0006', fill: 'FFFFC7CE' }],
      [{ name: 'PlanSheet_Coverage', ref: 'A1:C3', columns: ['月份', '文体活动', '状态'], style: 'TableStyleMedium2' }],
    ]);
  });

  it('writes the sheet in the order CT_Worksheet demands, strings inline, numbers as numbers', () => {
    expect(xmlOf(COVERAGE, [7, 8])).toBe(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"' +
        ' xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
        '<dimension ref="A1:C3"/>' +
        '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>' +
        '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>' +
        '<cols><col min="1" max="1" width="8" customWidth="1" style="7"/><col min="2" max="2" width="12" customWidth="1" style="8"/>' +
        '<col min="3" max="3" width="12.5" customWidth="1" style="7"/></cols>' +
        '<sheetData>' +
        '<row r="1"><c r="A1" s="7" t="inlineStr"><is><t>月份</t></is></c><c r="B1" s="8" t="inlineStr"><is><t>文体活动</t></is></c>' +
        '<c r="C1" s="7" t="inlineStr"><is><t>状态</t></is></c></row>' +
        '<row r="2"><c r="A2" s="7" t="inlineStr"><is><t>一月</t></is></c>' +
        '<c r="B2" s="8"><v>1</v></c><c r="C2" s="7" t="inlineStr"><is>' +
        '<t>已覆盖</t></is></c></row>' +
        '<row r="3"><c r="A3" s="7" t="inlineStr"><is><t>二月</t></is></c>' +
        '<c r="B3" s="8"><v>0</v></c><c r="C3" s="7" t="inlineStr"><is>' +
        '<t>缺少"活动"</t></is></c></row>' +
        '</sheetData>' +
        '<conditionalFormatting sqref="A2:C3"><cfRule type="expression" dxfId="3" priority="1">' +
        '<formula>$C2="缺少""活动"""</formula></cfRule></conditionalFormatting>' +
        '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
        '<tableParts count="1"><tablePart r:id="rId1"/></tableParts></worksheet>',
    );
    expect(validateParts({ 'xl/worksheets/sheet9.xml': xmlOf(COVERAGE, [7, 8]) })).toEqual({ 'xl/worksheets/sheet9.xml': 'valid' });
  });

  it('keeps text that looks like a formula as text, and spaces at the ends with xml:space', () => {
    const spec: SheetSpec = {
      ...COVERAGE,
      highlight: undefined,
      rows: [
        ['=SUM(A1)', 2, ' 两端有空格 '],
        ['+86 123', -1, '@x'],
      ],
    };
    const xml = xmlOf(spec, [1, 2]);
    expect(xml).not.toContain('<f>');
    expect(xml.match(/<c r="[AC][23]"[^>]*>.*?<\/c>/g)).toEqual([
      '<c r="A2" s="1" t="inlineStr"><is><t>=SUM(A1)</t></is></c>',
      '<c r="C2" s="1" t="inlineStr"><is><t xml:space="preserve"> 两端有空格 </t></is></c>',
      '<c r="A3" s="1" t="inlineStr"><is><t>+86 123</t></is></c>',
      '<c r="C3" s="1" t="inlineStr"><is><t>@x</t></is></c>',
    ]);
  });

  it('writes any string so that an XML parser gives it back exactly, and SheetJS as well (which folds CRLF into LF)', () => {
    const base = valuesWorkbook([gridFromValues('活动安排', [['月份', '活动内容']])]);
    fc.assert(
      fc.property(fc.array(fc.oneof(anyString, trickyString), { minLength: 1, maxLength: 12 }), (texts) => {
        const spec: SheetSpec = {
          key: 'work',
          name: '主要工作',
          tableName: 'PlanSheet_Work',
          tableStyle: 'TableStyleMedium2',
          columns: [{ header: '工作内容', width: 20 }],
          rows: texts.map((t) => [t]),
        };
        const { bytes } = writePlanWorkbook(base, [spec], {});
        const sheet = new TextDecoder().decode(partsOf(bytes)['xl/worksheets/sheet2.xml']);
        expect(textsOf(sheet)).toEqual(['工作内容', ...texts]);
        const ws = XLSX.read(bytes, { type: 'array' }).Sheets['主要工作'];
        expect(texts.map((_, i) => ws[`A${i + 2}`]?.v ?? '')).toEqual(texts.map((t) => t.replace(/\r\n/g, '\n')));
      }),
      { numRuns: 60 },
    );
  });
});
