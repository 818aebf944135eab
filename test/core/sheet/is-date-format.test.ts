import fc from 'fast-check';
import { isDateFormat } from '../../../src/core/sheet/is-date-format';

describe('isDateFormat', () => {
  it.each([
    'yyyy/m/d',
    'm/d/yy',
    'mm-dd-yy',
    'd-mmm-yy',
    'mmm-yy',
    'mmmm',
    'yyyy-mm-dd hh:mm:ss',
    'yyyy/m/d h:mm',
    'yyyy"年"m"月"',
    'yyyy"年"m"月"d"日"',
    'm"月"d"日"',
    'm"月"',
    'M"月"',
    'YYYY-MM-DD',
    '[$-804]yyyy年m月d日',
    '[$-804]aaaa',
    '[DBNum1]m"月"',
    '[DBNum1][$-804]yyyy"年"m"月"d"日"',
    '[$-F800]dddd, mmmm dd, yyyy',
    '[$-x-sysdate]dddd, mmmm dd, yyyy',
    'yyyy"年"',
    'd',
    'ge.m.d',
    'e"年"m"月"',
    '[Red]yyyy/m/d',
    'yyyy/m/d;@',
    '"Date: "yyyy-mm-dd',
    'mm:ss yyyy',
    '\\Y yyyy',
  ])('says %p shows a date', (format) => {
    expect(isDateFormat(format)).toBe(true);
  });

  it.each([
    undefined,
    '',
    'General',
    'general',
    '[DBNum1][$-804]General',
    '0',
    '0.00',
    '@',
    '#,##0',
    '#,##0.00_);(#,##0.00)',
    '[Red]0',
    '0;[Red]-0',
    '0"月"',
    '0"月份"',
    '[DBNum1]0"月"',
    '"Month "0',
    '\\m0',
    '0_m',
    '0*m',
    '0.00E+00',
    '##0.0e-0',
    '$#,##0.00',
    '[$€-2] #,##0.00',
    '0%',
    '# ?/?',
    'hh:mm',
    'h:mm AM/PM',
    'h:mm:ss a/p',
    'mm:ss',
    'mm:ss.0',
    '[h]:mm:ss',
    '[mm]:ss',
    'h"时"mm"分"',
    '[$-x-systime]h:mm:ss AM/PM',
    '0;-0;0;"yyyy"@',
    '"yyyy"0',
  ])('says %p shows no date', (format) => {
    expect(isDateFormat(format)).toBe(false);
  });

  it('never throws and answers a boolean for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (format) => {
        expect(typeof isDateFormat(format)).toBe('boolean');
      }),
    );
  });

  it('ignores whatever is quoted, escaped or bracketed', () => {
    const literal = fc.string().map((s) => `"${s.replace(/"/g, '')}"`);
    const bracket = fc.string().map((s) => `[${s.replace(/[\]\s]/g, '').replace(/^[hms]+$/i, 'x')}]`);
    fc.assert(
      fc.property(
        fc.array(fc.oneof(literal, bracket), { maxLength: 4 }),
        fc.constantFrom('0', '#,##0.00', 'yyyy/m/d', 'm"月"'),
        (noise, body) => {
          expect(isDateFormat(noise.join('') + body)).toBe(isDateFormat(body));
        },
      ),
    );
  });
});
