import { candidateSheets } from '../../../src/core/sheet/candidate-sheets';

describe('candidateSheets', () => {
  it('drops the settings sheet and the output sheets of ours', () => {
    expect(
      candidateSheets(['Sheet1', '主要工作', '月度安排', '_plansheet', '备注'], {
        outputs: [
          { key: 'work', sheet: '主要工作', table: 'PlanSheet_Work' },
          { key: 'monthly', sheet: '月度安排', table: 'PlanSheet_Monthly' },
        ],
      }),
    ).toEqual(['Sheet1', '备注']);
  });

  it('keeps a user sheet that merely has an output name when it is not recorded as ours', () => {
    expect(candidateSheets(['主要工作'], {})).toEqual(['主要工作']);
  });
});
