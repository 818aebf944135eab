import { valuesOnlyNote } from '../../../src/core/words/values-only-note';

describe('valuesOnlyNote', () => {
  it('says in one line, in Chinese and in English, that only the values were carried over', () => {
    expect([valuesOnlyNote('zh'), valuesOnlyNote('en')]).toEqual([
      '注意：原文件不是 .xlsx 格式，新文件只带上了它的数据（值和合并单元格），原有的格式未能保留；原文件本身没有改动。',
      'Note: the original is not an .xlsx workbook, so the new file carries its data (values and merged cells) ' +
        'but not its formatting; the original file is unchanged.',
    ]);
  });
});
