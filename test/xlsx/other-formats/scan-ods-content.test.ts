import { scanOdsContent } from '../../../src/xlsx/other-formats/scan-ods-content';

describe('scanOdsContent', () => {
  it('finds the tables whose automatic style hides them, whatever the attribute order', () => {
    const xml =
      '<office:automatic-styles>' +
      '<style:style style:family="table" style:name="ta1"><style:table-properties table:display="true"/></style:style>' +
      '<style:style style:name="ta2" style:family="table"><style:table-properties table:display="false"/></style:style>' +
      '<style:style style:name="ce1" style:family="table-cell"><style:table-properties table:display="false"/></style:style>' +
      '</office:automatic-styles>' +
      '<table:table table:name="活动安排" table:style-name="ta1"></table:table>' +
      '<table:table table:style-name="ta2" table:name="R&amp;D 草稿"></table:table>' +
      '<table:table table:name="单元格样式" table:style-name="ce1"></table:table>';
    expect(scanOdsContent(xml)).toEqual({ hidden: new Set(['R&D 草稿']), claimedCells: 0, hasDoctype: false });
  });

  it('counts the cells repeats make: content repeated down and across, empty cells not at all', () => {
    const xml =
      '<table:table table:name="a"><table:table-row table:number-rows-repeated="3"><table:table-cell table:number-columns-repeated="4">' +
      '<text:p>x</text:p></table:table-cell><table:table-cell table:number-columns-repeated="1000"/></table:table-row>' +
      '<table:table-row table:number-rows-repeated="1048000"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>' +
      '<table:table-row><table:table-cell office:value-type="string" office:string-value="y"/><table:covered-table-cell/>' +
      '</table:table-row></table:table>';
    expect(scanOdsContent(xml).claimedCells).toBe(3 * 4 + 1);
  });

  it('notices a document type declaration', () => {
    expect(scanOdsContent('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e "e">]><x/>').hasDoctype).toBe(true);
  });
});
