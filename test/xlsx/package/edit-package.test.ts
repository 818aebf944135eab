import { gapHighlight } from '../../../src/core/tables/gap-highlight';
import { strToU8, zipSync } from 'fflate';
import { SETTINGS_SHEET } from '../../../src/core/settings/plan-settings';
import type { SheetSpec } from '../../../src/core/tables/sheet-spec';
import { PortError } from '../../../src/core/ports/workbook-port';
import { openPackage } from '../../../src/xlsx/package/open-package';
import { writePlanWorkbook } from '../../../src/xlsx/write-plan-workbook';
import { writeSettings } from '../../../src/xlsx/write-settings';
import { changedEntries, danglingReferences, partsOf, stripIgnorable, validateParts } from '../../helpers/ooxml';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CT = 'http://schemas.openxmlformats.org/package/2006/content-types';
/** The content types of SpreadsheetML parts start so. */
const SML = 'application/vnd.openxmlformats-officedocument.spreadsheetml';
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

const SPEC: SheetSpec = {
  key: 'work',
  name: '主要工作',
  tableName: 'PlanSheet_Work',
  tableStyle: 'TableStyleMedium2',
  columns: [
    { header: '序号', width: 8, numberFormat: '@' },
    { header: '工作内容', width: 24, numberFormat: '@' },
  ],
  rows: [['（一）1', '元旦活动']],
};

interface Options {
  /** Extra parts, by name. */
  readonly parts?: Readonly<Record<string, string>>;
  readonly workbook?: string;
  readonly workbookRels?: string;
  readonly styles?: string | null;
  readonly types?: string;
}

/** A small package written by hand, so that each test can give it the shape a producer would. */
function workbook(options: Options = {}): Uint8Array {
  const styles =
    options.styles === undefined
      ? `<styleSheet xmlns="${MAIN}"><fonts count="1"><font><sz val="11"/>` +
        `<name val="等线"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/>` +
        `</fill>` +
        '<fill><patternFill patternType="gray125"/></fill></fills><borders count="1">' +
        '<border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
        '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>' +
        '</cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
        '</cellXfs>' +
        '<cellStyles count="1"><cellStyle name="常规" xfId="0" builtinId="0"/></cellStyles></styleSheet>'
      : options.styles;
  const files: Record<string, string> = {
    '[Content_Types].xml':
      options.types ??
      `<Types xmlns="${CT}"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
        `<Default Extension="xml" ContentType="application/xml"/>` +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="${SML}.worksheet+xml"/>` +
        (styles === null
          ? ''
          : '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>') +
        '</Types>',
    '_rels/.rels':
      `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/>` + `</Relationships>`,
    'xl/workbook.xml':
      options.workbook ??
      `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="活动安排" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels':
      options.workbookRels ??
      `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>` +
        (styles === null ? '' : `<Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/>`) +
        '</Relationships>',
    'xl/worksheets/sheet1.xml':
      `<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr">` +
      `<is><t>月份</t></is></c></row></sheetData></worksheet>`,
    ...(styles === null ? {} : { 'xl/styles.xml': styles }),
    ...options.parts,
  };
  return zipSync(Object.fromEntries(Object.entries(files).map(([n, t]) => [n, strToU8(t.startsWith('\uFEFF') ? t : DECL + t)])));
}

const text = (bytes: Uint8Array, part: string): string => new TextDecoder().decode(partsOf(bytes)[part]);

function valid(before: Uint8Array, after: Uint8Array): [string, string][] {
  const { changed, added } = changedEntries(before, after);
  const parts = Object.fromEntries([...added, ...changed].map((p) => [p, stripIgnorable(text(after, p))]));
  return Object.entries(validateParts(parts)).filter(([, v]) => v !== 'valid' && v !== 'no schema');
}

describe('editPackage: names and styles', () => {
  it('gives our table another name when a defined name holds it (tables and names share one namespace)', () => {
    const input = workbook({
      workbook:
        `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="活动安排" sheetId="1" r:id="rId1"/>` +
        `</sheets><definedNames><definedName name="planSheet_work">'活动安排'!$A$1</definedName>` +
        `</definedNames></workbook>`,
    });
    const result = writePlanWorkbook(input, [SPEC], {});
    expect(result.report.sheets.map((s) => s.table)).toEqual(['PlanSheet_Work_2']);
    expect(text(result.bytes, 'xl/tables/table1.xml')).toContain('name="PlanSheet_Work_2" displayName="PlanSheet_Work_2"');
  });

  it('writes into a stylesheet without numFmts or dxfs, inserting them where the schema wants them', () => {
    const input = workbook();
    const spec: SheetSpec = {
      ...SPEC,
      columns: [{ header: '日期', width: 12, numberFormat: 'yyyy"年"m"月"' }, SPEC.columns[1]],
      highlight: gapHighlight(1, '缺'),
    };
    const result = writePlanWorkbook(input, [spec], {});
    expect(text(result.bytes, 'xl/styles.xml')).toBe(
      text(input, 'xl/styles.xml')
        .replace('<fonts', '<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;"/></numFmts><fonts')
        .replace(
          '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>',
          '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
            '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
            '<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>',
        )
        .replace(
          '</cellStyles>',
          '</cellStyles><dxfs count="1"><dxf><font><color rgb="FF9C0006"/>' +
            '</font><fill><patternFill patternType="solid"><fgColor rgb="FFFFC7CE"/>' +
            '<bgColor rgb="FFFFC7CE"/></patternFill></fill></dxf></dxfs>',
        ),
    );
    expect(valid(input, result.bytes)).toEqual([]);
  });

  it('adds a stylesheet, with its relationship and content type, to a package that has none', () => {
    const input = workbook({ styles: null });
    const result = writePlanWorkbook(input, [SPEC], {});
    expect(changedEntries(input, result.bytes).added).toContain('xl/styles.xml');
    expect(text(result.bytes, 'xl/_rels/workbook.xml.rels')).toContain(
      `<Relationship Id="rId4" Type="${REL}/styles" Target="styles.xml"/>`,
    );
    expect(danglingReferences(result.bytes)).toEqual([]);
    expect(valid(input, result.bytes)).toEqual([]);
  });
});

describe('editPackage: the package’s own dialect', () => {
  it('speaks the package’s dialect: a prefixed SpreadsheetML workbook, absolute targets, a byte-order mark', () => {
    const input = workbook({
      workbook:
        `\uFEFF${DECL}<x:workbook xmlns:x="${MAIN}" xmlns:rel="${REL}">` +
        `<x:sheets><x:sheet name="活动安排" sheetId="1" rel:id="rId1"/></x:sheets>` +
        `</x:workbook>`,
      workbookRels:
        `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="/xl/worksheets/sheet1.xml"/>` +
        `<Relationship Id="rId2" Type="${REL}/styles" Target="/xl/styles.xml"/>` +
        `</Relationships>`,
    });
    const result = writePlanWorkbook(input, [SPEC], {});
    const after = partsOf(result.bytes)['xl/workbook.xml'];
    expect(Array.from(after.subarray(0, 3))).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(after)).toContain(
      '<x:sheet name="活动安排" sheetId="1" rel:id="rId1"/><x:sheet name="主要工作" sheetId="2" rel:id="rId3"/>' +
        '<x:sheet name="_plansheet" sheetId="3" state="veryHidden" rel:id="rId4"/>' +
        '</x:sheets>',
    );
    expect(danglingReferences(result.bytes)).toEqual([]);
  });

  it('writes strict OOXML parts into a strict workbook', () => {
    const strict = (t: string): string =>
      t
        .replaceAll(MAIN, 'http://purl.oclc.org/ooxml/spreadsheetml/main')
        .replaceAll(REL, 'http://purl.oclc.org/ooxml/officeDocument/relationships');
    const input = workbook({
      workbook: strict(
        `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="活动安排" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      ),
      workbookRels: strict(
        `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>` +
          `<Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/>` +
          `</Relationships>`,
      ),
    });
    expect(openPackage(input).strict).toBe(true);
    const result = writePlanWorkbook(input, [SPEC], {});
    expect(text(result.bytes, 'xl/worksheets/sheet2.xml')).toContain(
      '<worksheet xmlns="http://purl.oclc.org/ooxml/spreadsheetml/main" xmlns:r="http://purl.oclc.org/ooxml/officeDocument/relationships">',
    );
    expect(text(result.bytes, 'xl/worksheets/_rels/sheet2.xml.rels')).toContain(
      'Type="http://purl.oclc.org/ooxml/officeDocument/relationships/table"',
    );
  });
});

describe('editPackage: replacing our sheets', () => {
  it('removes what a user hung on our sheet when it is replaced, keeping what others still use', () => {
    const first = writePlanWorkbook(workbook({ parts: { 'xl/media/image1.png': 'png' } }), [SPEC], {});
    const parts = partsOf(first.bytes);
    const decode = (p: string): string => new TextDecoder().decode(parts[p]);
    const image =
      `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/image" Target="../media/image1.png"/>` + `</Relationships>`;
    const edited: Record<string, Uint8Array> = {
      ...parts,
      // Excel saved a drawing and comments on our sheet; the image is also on the user's sheet.
      'xl/worksheets/_rels/sheet2.xml.rels': strToU8(
        decode('xl/worksheets/_rels/sheet2.xml.rels').replace(
          '</Relationships>',
          `<Relationship Id="rId2" Type="${REL}/drawing" Target="../drawings/drawing1.xml"/>` +
            `<Relationship Id="rId3" Type="${REL}/comments" Target="../comments1.xml"/>` +
            `</Relationships>`,
        ),
      ),
      'xl/worksheets/_rels/sheet1.xml.rels': strToU8(
        `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/drawing" Target="../drawings/drawing2.xml"/></Relationships>`,
      ),
      'xl/drawings/drawing1.xml': strToU8('<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"/>'),
      'xl/drawings/_rels/drawing1.xml.rels': strToU8(image),
      'xl/drawings/drawing2.xml': strToU8('<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"/>'),
      'xl/drawings/_rels/drawing2.xml.rels': strToU8(image),
      'xl/comments1.xml': strToU8(`<comments xmlns="${MAIN}"/>`),
      '[Content_Types].xml': strToU8(
        decode('[Content_Types].xml').replace(
          '</Types>',
          '<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>' +
            '<Override PartName="/xl/drawings/drawing2.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>' +
            `<Override PartName="/xl/comments1.xml" ContentType="${SML}.comments+xml"/>` +
            '</Types>',
        ),
      ),
    };
    const input = zipSync(edited);
    const second = writePlanWorkbook(input, [SPEC], first.settings);
    expect(second.report.sheets.map((s) => s.replaced)).toEqual([true]);
    expect(changedEntries(input, second.bytes)).toEqual({
      changed: ['[Content_Types].xml', 'xl/worksheets/_rels/sheet2.xml.rels'],
      added: [],
      removed: ['xl/comments1.xml', 'xl/drawings/_rels/drawing1.xml.rels', 'xl/drawings/drawing1.xml'],
    });
    expect(text(second.bytes, '[Content_Types].xml')).not.toMatch(/drawing1|comments1/);
    expect(danglingReferences(second.bytes)).toEqual([]);
  });
});

describe('editPackage: what Excel adds to a workbook of ours', () => {
  it('drops the calculation chain only when it lists cells of a sheet it replaces (Excel rebuilds it)', () => {
    const first = writePlanWorkbook(workbook(), [SPEC], {});
    const withChain = (sheetId: number): Uint8Array => {
      const parts = partsOf(first.bytes);
      const decode = (p: string): string => new TextDecoder().decode(parts[p]);
      return zipSync({
        ...parts,
        'xl/calcChain.xml': strToU8(`<calcChain xmlns="${MAIN}"><c r="C1" i="${sheetId}"/></calcChain>`),
        'xl/_rels/workbook.xml.rels': strToU8(
          decode('xl/_rels/workbook.xml.rels').replace(
            '</Relationships>',
            `<Relationship Id="rId9" Type="${REL}/calcChain" Target="calcChain.xml"/></Relationships>`,
          ),
        ),
        '[Content_Types].xml': strToU8(
          decode('[Content_Types].xml').replace(
            '</Types>',
            `<Override PartName="/xl/calcChain.xml" ContentType="${SML}.calcChain+xml"/>` + '</Types>',
          ),
        ),
      });
    };
    const mentionsOurs = withChain(2);
    const dropped = writePlanWorkbook(mentionsOurs, [SPEC], first.settings);
    expect(changedEntries(mentionsOurs, dropped.bytes)).toEqual({
      changed: ['[Content_Types].xml', 'xl/_rels/workbook.xml.rels'],
      added: [],
      removed: ['xl/calcChain.xml'],
    });
    expect(danglingReferences(dropped.bytes)).toEqual([]);
    const mentionsUsers = withChain(1);
    expect(changedEntries(mentionsUsers, writePlanWorkbook(mentionsUsers, [SPEC], first.settings).bytes)).toEqual({
      changed: [],
      added: [],
      removed: [],
    });
  });

  it('tells our settings sheet from a user’s by its first cell, a shared string included (as Excel saves it)', () => {
    const settingsSheet = (marker: string) =>
      workbook({
        workbook:
          `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="活动安排" sheetId="1" r:id="rId1"/>` +
          `<sheet name="${SETTINGS_SHEET}" sheetId="2" state="veryHidden" r:id="rId3"/>` +
          `</sheets></workbook>`,
        workbookRels:
          `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>` +
          `<Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/>` +
          `<Relationship Id="rId3" Type="${REL}/worksheet" Target="worksheets/sheet2.xml"/>` +
          `<Relationship Id="rId4" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>` +
          `</Relationships>`,
        parts: {
          'xl/worksheets/sheet2.xml':
            `<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="s">` +
            `<v>1</v></c><c r="B1" t="s"><v>0</v></c></row></sheetData></worksheet>`,
          'xl/sharedStrings.xml':
            `<sst xmlns="${MAIN}" count="2" uniqueCount="2"><si><t>1</t></si>` +
            `<si><r><t>${marker.slice(0, 4)}</t></r><r><t>${marker.slice(4)}</t>` +
            `</r><rPh><t>ふりがな</t></rPh></si></sst>`,
        },
      });
    const ours = settingsSheet('plansheet-settings');
    const { bytes } = writeSettings(ours, { unit: '××学校工会' });
    expect(changedEntries(ours, bytes)).toEqual({ changed: ['xl/worksheets/sheet2.xml'], added: [], removed: [] });
    const error = (() => {
      try {
        writeSettings(settingsSheet('我的设置'), {});
      } catch (e) {
        return e;
      }
      return null;
    })();
    expect([error instanceof PortError, (error as PortError).detail]).toEqual([
      true,
      'the workbook has a sheet named _plansheet that PlanSheet did not write',
    ]);
  });
});
