import { DOC_TEXT_KEYS, SETTING_FIELDS, type DocKey, type FlagKey } from '../core/settings/setting-fields';

type PeriodKey = Exclude<FlagKey, DocKey>;

/** What each flag of the schedule and the period does; the compiler asks for a line for every new one. */
const HELP: Readonly<Record<PeriodKey, { readonly example?: string; readonly text: string }>> = {
  sheet: { text: '活动安排所在的工作表（默认：第一张能识别的）' },
  year: { text: '计划年度（默认：从标题或日期中找）' },
  startMonth: { text: '计划期起始月：1 为自然年，9 为学年' },
  exempt: { example: '7,8', text: '不计的月份（如寒暑假）' },
};
const PERIOD_KEYS = Object.keys(HELP) as PeriodKey[];

/** `[--year YYYY]`: a field's flag and the placeholder of its value. */
function synopsis(key: FlagKey): string {
  const field = SETTING_FIELDS[key];
  return `[${field.flag} ${'value' in field ? field.value : field.choices.join('|')}]`;
}

/** A command and its words, wrapped before the 90th column, each further line under the file. */
function wrapped(command: string, words: readonly string[]): string {
  const head = `  plansheet ${command.padEnd(5)} `;
  const lines: string[] = [];
  let line = `${head}FILE.xlsx`;
  for (const word of words) {
    if (`${line} ${word}`.length <= 90) line += ` ${word}`;
    else {
      lines.push(line);
      line = `${' '.repeat(head.length)}${word}`;
    }
  }
  return [...lines, line].join('\n');
}

const CHECK = wrapped('check', ['[FILE.xlsx …]', ...PERIOD_KEYS.map(synopsis), '[--lang zh|en]', '[--json]']);
const DOC = wrapped('doc', [
  synopsis('docType'),
  '[--format txt|md|docx]',
  '[-o OUT]',
  ...DOC_TEXT_KEYS.map(synopsis),
  '[--date YYYY-MM-DD]',
  '[--table]',
  '[check options]',
]);
const OPTIONS = PERIOD_KEYS.map((key) => {
  const field = SETTING_FIELDS[key];
  return `  ${`${field.flag} ${HELP[key].example ?? field.value}`.padEnd(20)}${HELP[key].text}`;
});

/** The help text of the command line; the flags of the user's fields come from `SETTING_FIELDS`. */
export const USAGE = `plansheet — 计划表助手：活动安排表 → 覆盖检查、计划表、工作计划/总结

用法 / Usage:
${CHECK}
${DOC}
  plansheet build FILE.xlsx [-o OUT.xlsx] [check options]

  check   每个月是否都有活动、哪个单元格有问题。退出码：0 通过，1 有缺口或错误，2 无法读取。
          Is every month covered, and which cell is wrong. Exit 0 clean, 1 gaps/errors, 2 unusable input.
  doc     生成工作计划或工作总结（文本、Markdown 或 Word）。A .docx needs -o.
  build   另存一份工作簿，加入“主要工作”“月度安排”“覆盖检查”三张表；源文件不会被改写。

Options:
${OPTIONS.join('\n')}
  --lang zh|en        输出语言（默认 zh）
  --json              check 输出 JSON
`;
