import { DOC_TEXT_KEYS, SETTING_FIELDS, type FlagKey } from '../core/settings/setting-fields';
import { PERIOD_FLAG_HELP as HELP, type PeriodKey } from '../core/words/period-flag-help';

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
