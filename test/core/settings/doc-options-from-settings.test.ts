import { docOptionsFromSettings } from '../../../src/core/settings/doc-options-from-settings';

describe('docOptionsFromSettings', () => {
  it('trims the fields and leaves out blank ones', () => {
    expect(
      docOptionsFromSettings({ unit: ' 红星小学工会 ', title: '', guidance: '  ', goals: '办好十件实事' }, 'zh', {
        year: 2024,
        month: 3,
        day: 5,
      }),
    ).toEqual({ type: 'plan', lang: 'zh', unit: '红星小学工会', goals: '办好十件实事', date: { year: 2024, month: 3, day: 5 } });
  });

  it('keeps next steps for a summary only', () => {
    expect(docOptionsFromSettings({ docType: 'summary', nextSteps: '继续' }, 'en')).toEqual({
      type: 'summary',
      lang: 'en',
      nextSteps: '继续',
    });
    expect(docOptionsFromSettings({ docType: 'plan', nextSteps: '继续' }, 'en')).toEqual({ type: 'plan', lang: 'en' });
  });
});
