import { docFieldsOf } from '../../../src/taskpane/components/DocumentSection';

describe('docFieldsOf', () => {
  it('gives every document field of the schema, blank when not set, and a plan by default', () => {
    expect(docFieldsOf({ unit: '××学校工会', goals: '建家', year: 2024 })).toEqual({
      docType: 'plan',
      title: '',
      unit: '××学校工会',
      guidance: '',
      goals: '建家',
      nextSteps: '',
    });
    expect(docFieldsOf({ docType: 'summary', nextSteps: '继续' }).nextSteps).toBe('继续');
  });
});
