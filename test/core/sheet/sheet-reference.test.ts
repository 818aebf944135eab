import { sheetReference } from '../../../src/core/sheet/sheet-reference';

describe('sheetReference', () => {
  it('quotes any sheet name, doubling its quotes: spaces, apostrophes, Chinese punctuation', () => {
    expect(
      ['清单', '_plansheet_lists (2)', "Tom's list", '清单，备用（旧）', '2024'].map((name) => sheetReference(name, '$A$2:$A$9')),
    ).toEqual([
      "='清单'!$A$2:$A$9",
      "='_plansheet_lists (2)'!$A$2:$A$9",
      "='Tom''s list'!$A$2:$A$9",
      "='清单，备用（旧）'!$A$2:$A$9",
      "='2024'!$A$2:$A$9",
    ]);
  });
});
