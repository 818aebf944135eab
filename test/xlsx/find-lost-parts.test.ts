import { findLostParts } from '../../src/xlsx/find-lost-parts';

describe('findLostParts', () => {
  const kept = ['[Content_Types].xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml', 'xl/drawings/drawing1.xml', 'xl/media/image1.png'];

  it('finds nothing when the copy has every part exceljs understands', () => {
    expect(findLostParts(kept, kept)).toEqual([]);
  });

  it('names each kind of part the copy lacks', () => {
    const before = [
      ...kept,
      'xl/drawings/drawing2.xml',
      'xl/charts/chart1.xml',
      'xl/charts/style1.xml',
      'xl/pivotCache/pivotCacheDefinition1.xml',
      'xl/slicers/slicer1.xml',
      'xl/externalLinks/externalLink1.xml',
      'xl/ctrlProps/ctrlProp1.xml',
      'xl/embeddings/oleObject1.bin',
      'xl/vbaProject.bin',
      'xl/threadedComments/threadedComment1.xml',
      'xl/connections.xml',
      'docProps/custom.xml',
    ];
    expect(findLostParts(before, kept)).toEqual([
      { kind: 'charts', parts: ['xl/charts/chart1.xml', 'xl/charts/style1.xml'] },
      { kind: 'pivot_tables', parts: ['xl/pivotCache/pivotCacheDefinition1.xml'] },
      { kind: 'slicers', parts: ['xl/slicers/slicer1.xml'] },
      { kind: 'external_links', parts: ['xl/externalLinks/externalLink1.xml'] },
      { kind: 'form_controls', parts: ['xl/ctrlProps/ctrlProp1.xml'] },
      { kind: 'embedded_objects', parts: ['xl/embeddings/oleObject1.bin'] },
      { kind: 'macros', parts: ['xl/vbaProject.bin'] },
      { kind: 'threaded_comments', parts: ['xl/threadedComments/threadedComment1.xml'] },
      { kind: 'data_connections', parts: ['xl/connections.xml'] },
      { kind: 'drawings', parts: ['xl/drawings/drawing2.xml'] },
    ]);
  });
});
