import { PortError } from '../../src/core/ports/workbook-port';
import { writeSettings } from '../../src/xlsx/write-settings';
import { makeXlsx } from '../helpers/make-xlsx';

describe('writeSettings', () => {
  it('refuses a setting longer than an Excel cell holds, with the same code as the Excel adapter', async () => {
    const original = await makeXlsx([{ name: '活动安排', rows: [['月份', '活动内容']] }]);
    let error: unknown = null;
    try {
      writeSettings(original, { guidance: '坚持'.repeat(20_000) });
    } catch (e) {
      error = e;
    }
    expect(error instanceof PortError && [error.code, error.detail]).toEqual([
      'setting_too_long',
      'guidance: 40002 characters, a cell holds 32767',
    ]);
  });
});
