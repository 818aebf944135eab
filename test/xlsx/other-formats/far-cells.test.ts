import * as XLSX from '@e965/xlsx';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { readOtherFormat } from '../../../src/xlsx/other-formats/read-other-format';
import { READ_LIMITS } from '../../../src/xlsx/read-limits';

/** BIFF12 records (MS-XLSB 2.1.4): a type and a size, each a little-endian base-128 number. */
function records(bin: Uint8Array, visit: (type: number, payload: Uint8Array) => void): void {
  let at = 0;
  const varint = (bytes: number): number => {
    let value = 0;
    for (let i = 0; i < bytes; i++) {
      const b = bin[at++];
      value |= (b & 0x7f) << (7 * i);
      if (!(b & 0x80)) break;
    }
    return value;
  };
  while (at < bin.length) {
    const type = varint(2);
    const size = varint(4);
    visit(type, bin.subarray(at, at + size));
    at += size;
  }
}

const BRT_ROW_HDR = 0x0000;
const BRT_CELL_ST = 0x0006;
const BRT_WS_DIM = 0x0094;

/**
 * An .xlsb whose second cell sits at XFD1048576 and whose dimension claims A1:XFD1048576, as
 * Excel writes a sheet with one stray value in its last cell: SheetJS writes A1 and B2 (it cannot
 * write the far cell without walking the whole rectangle), then the row, column and dimension
 * records are moved there.
 */
function farXlsb(): Uint8Array {
  const sheet = XLSX.utils.aoa_to_sheet([
    ['月份', '活动'],
    [null, '远'],
  ]);
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, '活动安排');
  const files = unzipSync(new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsb' }) as ArrayBuffer));
  const bin = files['xl/worksheets/sheet1.bin'];
  const view = new DataView(bin.buffer, bin.byteOffset, bin.byteLength);
  const offset = (payload: Uint8Array): number => payload.byteOffset - bin.byteOffset;
  let row = -1;
  records(bin, (type, payload) => {
    if (type === BRT_ROW_HDR) {
      row = view.getUint32(offset(payload), true);
      if (row === 1) view.setUint32(offset(payload), 1048575, true);
    } else if (type === BRT_CELL_ST && row === 1) {
      view.setUint32(offset(payload), 16383, true);
    } else if (type === BRT_WS_DIM) {
      view.setUint32(offset(payload) + 4, 1048575, true);
      view.setUint32(offset(payload) + 12, 16383, true);
    }
  });
  return zipSync(files);
}

describe('a stray value in the last cell of a sheet', () => {
  it('costs an .xlsb one cell, not the rectangle its dimension claims', async () => {
    const data = await readOtherFormat(farXlsb(), 'xlsb', READ_LIMITS);
    expect(data.sheets).toEqual([
      {
        sheetName: '活动安排',
        rows: [
          { row: 0, cols: [0, 1], values: ['月份', '活动'] },
          { row: 1048575, cols: [16383], values: ['远'] },
        ],
        merges: [],
      },
    ]);
  });

  it('costs an .ods one cell, after a million repeated empty rows and sixteen thousand empty cells', async () => {
    const xml =
      '<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" ' +
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0">' +
      '<office:body><office:spreadsheet><table:table table:name="活动安排">' +
      '<table:table-row><table:table-cell office:value-type="string"><text:p>月份</text:p></table:table-cell></table:table-row>' +
      '<table:table-row table:number-rows-repeated="1048574"><table:table-cell table:number-columns-repeated="16384"/></table:table-row>' +
      '<table:table-row><table:table-cell table:number-columns-repeated="16383"/>' +
      '<table:table-cell office:value-type="string"><text:p>远</text:p></table:table-cell></table:table-row>' +
      '</table:table></office:spreadsheet></office:body></office:document-content>';
    const mimetype = 'application/vnd.oasis.opendocument.spreadsheet';
    const manifest =
      '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">' +
      `<manifest:file-entry manifest:full-path="/" manifest:media-type="${mimetype}"/></manifest:manifest>`;
    const styles = '<office:document-styles xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>';
    const ods = zipSync({
      mimetype: [strToU8(mimetype), { level: 0 }],
      'META-INF/manifest.xml': strToU8(manifest),
      'content.xml': strToU8(xml),
      'styles.xml': strToU8(styles),
    });
    const data = await readOtherFormat(ods, 'ods', READ_LIMITS);
    expect(data.sheets[0].rows).toEqual([
      { row: 0, cols: [0], values: ['月份'] },
      { row: 1048575, cols: [16383], values: ['远'] },
    ]);
  });
});
