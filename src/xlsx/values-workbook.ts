import { excelSheetName } from '../core/tables/excel-sheet-name';
import { gridExtent } from '../core/sheet/grid-cells';
import type { CellValue, Grid } from '../core/sheet/grid';
import { editPackage, type SheetWrite } from './package/edit-package';
import { emptyStyles } from './package/edit-styles';
import { CONTENT_TYPE, CONTENT_TYPES, PACKAGE_RELATIONSHIPS, TRANSITIONAL, XML_DECLARATION } from './package/namespaces';
import { openPackage } from './package/open-package';
import type { CellOut, RowOut } from './package/worksheet-xml';
import { writeZip } from './package/write-zip';
import type { WorkbookData } from '../core/ports/workbook-data';

const EXTENDED = 'http://schemas.openxmlformats.org/officeDocument/2006/extended-properties';
const VARIANT_TYPES = 'http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes';

/** The package a write goes into: the workbook's own, or a new one when it is not OOXML. */
export interface WritablePackage {
  readonly bytes: Uint8Array;
  /** True when the file was not an OOXML workbook and the package holds only its values. */
  readonly valuesOnly: boolean;
}

/**
 * The OOXML package to add our sheets to: the file's own bytes for an .xlsx (and .xlsm, .xltx,
 * .xltm), whose parts are then kept byte for byte; for any other kind (.xls, .et, .xlsb, .ods,
 * .csv …), whose formatting an OOXML package cannot carry, a new workbook holding its sheets'
 * values and merged cells (`valuesWorkbook`).
 *
 * @example
 * writablePackage(xlsBytes, data).valuesOnly //=> true
 */
export function writablePackage(bytes: Uint8Array, data: WorkbookData): WritablePackage {
  return data.kind === 'xlsx' ? { bytes, valuesOnly: false } : { bytes: valuesWorkbook(data.sheets), valuesOnly: true };
}

/**
 * A new .xlsx holding the grids as values: text, numbers (with their number formats, so that a
 * date still shows as one), booleans and error values, and the merged cells. A formula whose
 * result was never saved has no value to carry and stays blank. Sheet names are made ones Excel
 * accepts (`excelSheetName`).
 *
 * @example
 * valuesWorkbook([grid]) //=> Uint8Array [0x50, 0x4b, …] (an .xlsx with one sheet)
 */
export function valuesWorkbook(grids: readonly Grid[]): Uint8Array {
  const taken: string[] = [];
  const writes = grids.map((grid): SheetWrite => {
    const name = excelSheetName(grid.sheetName, taken);
    taken.push(name);
    return gridWrite(grid, name);
  });
  return editPackage(openPackage(skeleton()), writes).bytes;
}

function gridWrite(grid: Grid, name: string): SheetWrite {
  const formats = new Map<string, number>();
  const styleOf = (format: string | undefined): number | undefined => {
    if (format === undefined || format === 'General') return undefined;
    if (!formats.has(format)) formats.set(format, formats.size);
    return formats.get(format);
  };
  // Styles are gathered on a first pass, before the package edit asks for them.
  const rows: RowOut[] = grid.rows.map((r) => ({
    row: r.row,
    cols: r.cols,
    values: r.values.map(cellOut),
    styles: r.formats?.map(styleOf),
  }));
  const extent = grid.rows.length > 0 ? gridExtent(grid) : null;
  return {
    name,
    replace: false,
    content: { extent: extent && { lastRow: extent.lastRow, lastCol: extent.lastCol }, rows: () => rows, merges: grid.merges ?? [] },
    styles: [...formats.keys()].map((numFmt) => ({ numFmt })),
    dxfs: [],
    tables: [],
  };
}

function cellOut(value: CellValue): CellOut {
  if (value !== null && typeof value === 'object' && 'formula' in value) return null;
  return value;
}

const CONTENT_TYPES_XML =
  `<Types xmlns="${CONTENT_TYPES}">` +
  `<Default Extension="rels" ContentType="${CONTENT_TYPE.relationships}"/><Default Extension="xml" ContentType="application/xml"/>` +
  `<Override PartName="/xl/workbook.xml" ContentType="${CONTENT_TYPE.workbook}"/>` +
  `<Override PartName="/xl/styles.xml" ContentType="${CONTENT_TYPE.styles}"/>` +
  `<Override PartName="/docProps/app.xml" ContentType="${CONTENT_TYPE.extendedProperties}"/></Types>`;

/** Document properties listing no worksheet yet, under a heading the package edit adds ours to. */
const APP_XML =
  `<Properties xmlns="${EXTENDED}" xmlns:vt="${VARIANT_TYPES}"><Application>PlanSheet</Application>` +
  '<HeadingPairs><vt:vector size="2" baseType="variant">' +
  '<vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>0</vt:i4></vt:variant></vt:vector></HeadingPairs>' +
  '<TitlesOfParts><vt:vector size="0" baseType="lpstr"></vt:vector></TitlesOfParts></Properties>';

const WORKBOOK_XML =
  `<workbook xmlns="${TRANSITIONAL.main}" xmlns:r="${TRANSITIONAL.relationships}">` +
  '<bookViews><workbookView/></bookViews><sheets></sheets></workbook>';

function relationships(items: readonly (readonly [string, string])[]): string {
  const rels = items.map(([kind, target], i) => `<Relationship Id="rId${i + 1}" Type="${TRANSITIONAL.relType(kind)}" Target="${target}"/>`);
  return `<Relationships xmlns="${PACKAGE_RELATIONSHIPS}">${rels.join('')}</Relationships>`;
}

/** An empty workbook package (no sheets yet): content types, relationships, workbook, styles, app properties. */
function skeleton(): Uint8Array {
  const part = (name: string, xml: string) => ({ kind: 'new' as const, name, content: new TextEncoder().encode(xml) });
  return writeZip([
    part('[Content_Types].xml', XML_DECLARATION + CONTENT_TYPES_XML),
    part(
      '_rels/.rels',
      XML_DECLARATION +
        relationships([
          ['officeDocument', 'xl/workbook.xml'],
          ['extended-properties', 'docProps/app.xml'],
        ]),
    ),
    part('docProps/app.xml', XML_DECLARATION + APP_XML),
    part('xl/workbook.xml', XML_DECLARATION + WORKBOOK_XML),
    part('xl/_rels/workbook.xml.rels', XML_DECLARATION + relationships([['styles', 'styles.xml']])),
    part('xl/styles.xml', emptyStyles(TRANSITIONAL.main)),
  ]);
}
