import { previewText } from '../../../src/taskpane/lib/preview-text';

describe('previewText', () => {
  it('keeps a short text whole', () => {
    expect(previewText('一月：元旦。', 100)).toEqual({ text: '一月：元旦。', cut: false });
  });

  it('cuts a long text at the last line break within the limit', () => {
    expect(previewText('一月：元旦。\n二月：春节。\n三月：植树。', 10)).toEqual({ text: '一月：元旦。', cut: true });
  });

  it('cuts a text without line breaks at the limit', () => {
    expect(previewText('甲'.repeat(30), 12)).toEqual({ text: '甲'.repeat(12), cut: true });
  });

  it('says a short start of a longer document is cut', () => {
    expect(previewText('一月：元旦。', 100, true)).toEqual({ text: '一月：元旦。', cut: true });
  });
});
