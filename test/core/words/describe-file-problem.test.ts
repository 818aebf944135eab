import { describeFileProblem } from '../../../src/core/words/describe-file-problem';
import { FILE_PROBLEM_CODES, type FileProblem } from '../../../src/core/ports/file-problem';

const ONE_OF_EACH: readonly FileProblem[] = [
  { code: 'file_missing' },
  { code: 'file_is_folder' },
  { code: 'file_no_permission' },
  { code: 'file_empty' },
  { code: 'file_too_large', size: 734003200, limit: 268435456 },
  { code: 'file_too_many_cells', limit: 5_000_000 },
  { code: 'file_damaged' },
  { code: 'file_encrypted' },
  { code: 'file_unsafe' },
  { code: 'file_web_page_no_table' },
  { code: 'file_not_spreadsheet', looksLike: 'word' },
];

describe('describeFileProblem', () => {
  it('has one example of every code here', () => {
    expect(ONE_OF_EACH.map((p) => p.code)).toEqual(FILE_PROBLEM_CODES);
  });

  it('gives every problem a sentence of its own in both languages, naming the file, with no code in it', () => {
    for (const lang of ['zh', 'en'] as const) {
      const words = ONE_OF_EACH.map((p) => describeFileProblem(p, lang, 'X.xlsx'));
      expect(new Set(words).size).toBe(words.length);
      expect(words.filter((w) => !w.includes('X.xlsx') || /file_|undefined|null|NaN/.test(w))).toEqual([]);
    }
  });

  it('says how large a file is and what is accepted, in binary units', () => {
    expect(describeFileProblem({ code: 'file_too_large', size: 734003200, limit: 268435456 }, 'zh', '大.xlsx')).toBe(
      '“大.xlsx”太大了（700 MB），超过了计划表助手能处理的 256 MB。请只保留活动安排表，另存一份再试。',
    );
    expect(describeFileProblem({ code: 'file_too_large', size: null, limit: 268435456 }, 'en', 'big.xlsx')).toBe(
      '"big.xlsx" is too large: PlanSheet reads up to 256 MB. Keep only the schedule sheet and save a copy.',
    );
  });

  it('counts cells as Chinese writes them', () => {
    expect(describeFileProblem({ code: 'file_too_many_cells', limit: 5_000_000 }, 'zh', '大.xlsx')).toBe(
      '“大.xlsx”里有值的单元格超过了 500 万 个，超出了计划表助手能处理的范围。请只保留活动安排表，另存一份再试。',
    );
  });

  it('names what a file is when its bytes tell', () => {
    expect(describeFileProblem({ code: 'file_not_spreadsheet', looksLike: 'word' }, 'zh', '计划.docx')).toBe(
      '“计划.docx”是 Word 文档，不是电子表格。请选择 .xlsx、.xlsm、.xls、.et、.ods 或 .csv 文件。',
    );
    expect(describeFileProblem({ code: 'file_not_spreadsheet', looksLike: null }, 'en', 'a.bin')).toBe(
      '"a.bin" is not a spreadsheet. Choose an .xlsx, .xlsm, .xls, .et, .ods or .csv file.',
    );
  });
});
