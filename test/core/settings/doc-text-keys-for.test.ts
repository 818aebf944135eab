import { docTextKeysFor } from '../../../src/core/settings/doc-text-keys-for';

describe('docTextKeysFor', () => {
  it('gives a plan its text fields without 下一步打算, and a summary all of them', () => {
    expect([docTextKeysFor('plan'), docTextKeysFor('summary')]).toEqual([
      ['title', 'unit', 'guidance', 'goals'],
      ['title', 'unit', 'guidance', 'goals', 'nextSteps'],
    ]);
  });
});
