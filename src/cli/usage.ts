/** The help text of the command line. */
export const USAGE = `plansheet — 计划表助手：活动安排表 → 覆盖检查、计划表、工作计划/总结

用法 / Usage:
  plansheet check FILE.xlsx [FILE.xlsx …] [--sheet NAME] [--year YYYY] [--start-month M]
                  [--exempt M,M,…] [--lang zh|en] [--json]
  plansheet doc   FILE.xlsx [--type plan|summary] [--format txt|md|docx] [-o OUT]
                  [--title T] [--unit U] [--guidance T] [--goals T] [--next-steps T]
                  [--date YYYY-MM-DD] [--table] [check options]
  plansheet build FILE.xlsx [-o OUT.xlsx] [check options]

  check   每个月是否都有活动、哪个单元格有问题。退出码：0 通过，1 有缺口或错误，2 无法读取。
          Is every month covered, and which cell is wrong. Exit 0 clean, 1 gaps/errors, 2 unusable input.
  doc     生成工作计划或工作总结（文本、Markdown 或 Word）。A .docx needs -o.
  build   另存一份工作簿，加入“主要工作”“月度安排”“覆盖检查”三张表；源文件不会被改写。

Options:
  --sheet NAME        活动安排所在的工作表（默认：第一张能识别的）
  --year YYYY         计划年度（默认：从标题或日期中找）
  --start-month M     计划期起始月：1 为自然年，9 为学年
  --exempt 7,8        不计的月份（如寒暑假）
  --lang zh|en        输出语言（默认 zh）
  --json              check 输出 JSON
`;
