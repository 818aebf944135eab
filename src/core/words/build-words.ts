/** What `plansheet build` says: the copy it wrote, each plan sheet, and why it would not write one. */
export const BUILD_WORDS = {
  zh: {
    sameAsInput: '输出文件不能与输入文件相同：源文件永远不会被改写。请用 -o 指定另一个文件名。',
    wrote: (out: string) => `已生成 ${out}（源文件未改动）：`,
    sheet: (sheet: string, rows: number, replaced: boolean) => `  ${sheet}：${rows} 行${replaced ? '（替换了上次生成的同名表）' : ''}`,
    settingsSheet: '工作簿中有一张名为 _plansheet 的工作表，但不是计划表助手创建的；为免覆盖，请先把它改名。',
  },
  en: {
    sameAsInput: 'The output file cannot be the input file: the source is never written to. Name another file with -o.',
    wrote: (out: string) => `Wrote ${out} (the source file is unchanged):`,
    sheet: (sheet: string, rows: number, replaced: boolean) =>
      `  ${sheet}: ${rows} rows${replaced ? ' (replacing the one built last time)' : ''}`,
    settingsSheet:
      'The workbook has a sheet named _plansheet that PlanSheet did not create; rename it first so that it is not overwritten.',
  },
} as const;
