import { chooseLang } from '../../../src/core/words/choose-lang';

describe('chooseLang', () => {
  it('reads English tags as English and everything else as Chinese', () => {
    expect(['en-US', 'en', 'EN-gb', 'zh-CN', 'zh-TW', 'fr-FR', '', null, undefined].map(chooseLang)).toEqual([
      'en',
      'en',
      'en',
      'zh',
      'zh',
      'zh',
      'zh',
      'zh',
      'zh',
    ]);
  });
});
