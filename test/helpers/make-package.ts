import { zipSync, type Zippable } from 'fflate';
import { readZipDirectory } from '../../src/xlsx/list-zip-entries';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export interface PackageInput {
  /** The inside of `<sheetData>` of the one sheet. */
  readonly sheetData?: string;
  /** What follows `</sheetData>` in the sheet (mergeCells, tableParts …). */
  readonly afterSheetData?: string;
  /** The string items of the shared-string table (`<si>…</si>` each), when there is one. */
  readonly sharedStrings?: readonly string[];
  /** The inside of `<styleSheet>`, when there is a styles part. */
  readonly styles?: string;
  /** Attributes of `<workbookPr>`, e.g. 'date1904="1"'. */
  readonly workbookPr?: string;
  /** Parts to replace or add, by name, as text or bytes. */
  readonly parts?: Readonly<Record<string, string | Uint8Array>>;
  /** Parts stored rather than deflated. */
  readonly stored?: readonly string[];
}

/**
 * A minimal .xlsx package written by hand, for the cases no producer writes on purpose (a part
 * with a DTD, cells out of order, a zip bomb): one sheet `S`, shared strings and styles when
 * given, every part deflated unless listed in `stored`.
 *
 * @example
 * makePackage({ sheetData: '<row r="1"><c r="A1" t="inlineStr"><is><t>月份</t></is></c></row>' })
 * //=> Uint8Array [0x50, 0x4b, …]
 */
export function makePackage(input: PackageInput = {}): Uint8Array {
  const text: Record<string, string | Uint8Array> = {
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      '</Types>',
    '_rels/.rels':
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml':
      `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="${REL}">` +
      (input.workbookPr ? `<workbookPr ${input.workbookPr}/>` : '') +
      '<sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>',
    'xl/_rels/workbook.xml.rels':
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      `<Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>` +
      (input.sharedStrings ? `<Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>` : '') +
      (input.styles ? `<Relationship Id="rId3" Type="${REL}/styles" Target="/xl/styles.xml"/>` : '') +
      '</Relationships>',
    'xl/worksheets/sheet1.xml':
      `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}" xmlns:r="${REL}">` +
      `<sheetData>${input.sheetData ?? ''}</sheetData>${input.afterSheetData ?? ''}</worksheet>`,
  };
  if (input.sharedStrings) {
    text['xl/sharedStrings.xml'] = `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${MAIN}">${input.sharedStrings.join('')}</sst>`;
  }
  if (input.styles) {
    text['xl/styles.xml'] = `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="${MAIN}">${input.styles}</styleSheet>`;
  }
  Object.assign(text, input.parts ?? {});
  const stored = new Set(input.stored ?? []);
  const files: Zippable = {};
  for (const [name, content] of Object.entries(text)) {
    const data = typeof content === 'string' ? new TextEncoder().encode(content) : content;
    files[name] = [data, { level: stored.has(name) ? 0 : 6 }];
  }
  return zipSync(files);
}

/**
 * A copy of a zip with one entry's directory record changed: its declared uncompressed size or
 * CRC-32 (in both the central directory and the local header), as a damaged or hostile file has them.
 */
export function patchEntry(bytes: Uint8Array, name: string, patch: { readonly size?: number; readonly crc32?: number }): Uint8Array {
  const copy = bytes.slice();
  const entry = readZipDirectory(copy)?.entries.find((e) => e.name === name);
  if (!entry) throw new Error(`no entry ${name}`);
  const view = new DataView(copy.buffer);
  if (patch.crc32 !== undefined) {
    view.setUint32(entry.centralOffset + 16, patch.crc32, true);
    view.setUint32(entry.localOffset + 14, patch.crc32, true);
  }
  if (patch.size !== undefined) {
    view.setUint32(entry.centralOffset + 24, patch.size, true);
    view.setUint32(entry.localOffset + 22, patch.size, true);
  }
  return copy;
}

/** Where an entry's stored (compressed) bytes start in the zip, for corrupting them. */
export function entryDataOffset(bytes: Uint8Array, name: string): number {
  const entry = readZipDirectory(bytes)?.entries.find((e) => e.name === name);
  if (!entry) throw new Error(`no entry ${name}`);
  const view = new DataView(bytes.buffer, bytes.byteOffset);
  return entry.localOffset + 30 + view.getUint16(entry.localOffset + 26, true) + view.getUint16(entry.localOffset + 28, true);
}
