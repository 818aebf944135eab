import { freePartName, relativeTarget, relsPartOf, resolveTarget } from '../../../src/xlsx/package/part-names';

// The reader and the package writer resolve relationship targets through these, so that the writer
// edits exactly the parts the reader read, whoever wrote the package.
describe('part names', () => {
  it('resolve a target from the part that holds it: relative, absolute, escaped, with backslashes or a fragment', () => {
    expect([
      resolveTarget('xl/workbook.xml', 'worksheets/sheet1.xml'),
      resolveTarget('xl/worksheets/sheet1.xml', '../tables/table1.xml'),
      resolveTarget('xl/workbook.xml', '/xl/styles.xml'),
      resolveTarget('xl/workbook.xml', 'worksheets\\sheet%201.xml'),
      resolveTarget('xl/workbook.xml', './worksheets/sheet2.xml#top'),
      resolveTarget('xl/workbook.xml', 'worksheets/bad%zz.xml'),
    ]).toEqual([
      'xl/worksheets/sheet1.xml',
      'xl/tables/table1.xml',
      'xl/styles.xml',
      'xl/worksheets/sheet 1.xml',
      'xl/worksheets/sheet2.xml',
      'xl/worksheets/bad%zz.xml',
    ]);
  });

  it('name the relationships part, a relative target back, and a free part name', () => {
    expect([
      relsPartOf('xl/workbook.xml'),
      relsPartOf(''),
      relativeTarget('xl/worksheets/sheet4.xml', 'xl/tables/table2.xml'),
      relativeTarget('xl/workbook.xml', 'xl/worksheets/sheet4.xml'),
      freePartName('xl/tables/table', '.xml', new Set(['xl/tables/table1.xml'])),
    ]).toEqual(['xl/_rels/workbook.xml.rels', '_rels/.rels', '../tables/table2.xml', 'worksheets/sheet4.xml', 'xl/tables/table2.xml']);
  });
});
