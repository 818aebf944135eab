import type { DocType } from '../core/document/doc-model';
import type { Lang } from '../core/words/lang';

export type Command = 'check' | 'doc' | 'build' | 'help' | 'version';
export type DocFormat = 'txt' | 'md' | 'docx';

export interface CliOptions {
  readonly command: Command;
  readonly files: readonly string[];
  readonly sheet?: string;
  readonly year?: number;
  readonly startMonth?: number;
  readonly exempt?: readonly number[];
  readonly json: boolean;
  readonly lang: Lang;
  readonly type?: DocType;
  readonly format?: DocFormat;
  readonly out?: string;
  readonly title?: string;
  readonly unit?: string;
  readonly guidance?: string;
  readonly goals?: string;
  readonly nextSteps?: string;
  readonly date?: { readonly year: number; readonly month: number; readonly day: number };
  readonly table: boolean;
}

export type ParseResult = { readonly ok: true; readonly options: CliOptions } | { readonly ok: false; readonly error: string };

const VALUE_FLAGS = new Set([
  '--sheet', '--year', '--start-month', '--exempt', '--lang', '--type', '--format', '-o', '--out',
  '--title', '--unit', '--guidance', '--goals', '--next-steps', '--date',
]);
const BOOLEAN_FLAGS = new Set(['--json', '--table', '--help', '-h', '--version', '-v']);
const ALLOWED: Readonly<Record<Command, ReadonlySet<string>>> = {
  check: new Set(['--sheet', '--year', '--start-month', '--exempt', '--lang', '--json']),
  doc: new Set(['--sheet', '--year', '--start-month', '--exempt', '--lang', '--type', '--format', '-o', '--out', '--title', '--unit', '--guidance', '--goals', '--next-steps', '--date', '--table']),
  build: new Set(['--sheet', '--year', '--start-month', '--exempt', '--lang', '-o', '--out']),
  help: new Set(),
  version: new Set(),
};

/**
 * The command line's words as options, or one sentence saying what is wrong.
 *
 * @example
 * parseArgs(['check', 'a.xlsx', '--exempt', '7,8'])
 * //=> { ok: true, options: { command: 'check', files: ['a.xlsx'], exempt: [7, 8], json: false, lang: 'zh', table: false } }
 */
export function parseArgs(argv: readonly string[]): ParseResult {
  const [first, ...rest] = argv;
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') return ok({ command: 'help' });
  if (first === '--version' || first === '-v') return ok({ command: 'version' });
  if (first !== 'check' && first !== 'doc' && first !== 'build') return fail(`unknown command "${first}" (use check, doc or build)`);
  const command: Command = first;
  const files: string[] = [];
  const values = new Map<string, string>();
  const flags = new Set<string>();
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (arg === '--help' || arg === '-h') return ok({ command: 'help' });
    if (!arg.startsWith('-') || arg === '-') {
      files.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (VALUE_FLAGS.has(name)) {
      if (!ALLOWED[command].has(name)) return fail(`${name} does not apply to "${command}"`);
      const value = eq > 0 ? arg.slice(eq + 1) : rest[++i];
      if (value === undefined) return fail(`${name} needs a value`);
      values.set(name === '-o' ? '--out' : name, value);
    } else if (BOOLEAN_FLAGS.has(name)) {
      if (!ALLOWED[command].has(name)) return fail(`${name} does not apply to "${command}"`);
      flags.add(name);
    } else {
      return fail(`unknown option ${name}`);
    }
  }
  if (files.length === 0) return fail(`"${command}" needs an .xlsx file`);
  if (command !== 'check' && files.length > 1) return fail(`"${command}" takes one file`);

  const year = values.has('--year') ? intIn(values.get('--year')!, 1900, 2199) : undefined;
  if (year === null) return fail(`--year must be a year such as 2024`);
  const startMonth = values.has('--start-month') ? intIn(values.get('--start-month')!, 1, 12) : undefined;
  if (startMonth === null) return fail(`--start-month must be a month from 1 to 12`);
  let exempt: number[] | undefined;
  if (values.has('--exempt')) {
    const raw = values.get('--exempt')!.trim();
    exempt = raw === '' ? [] : raw.split(/[,，、\s]+/).map((m) => intIn(m, 1, 12) ?? NaN);
    if (exempt.some(Number.isNaN)) return fail(`--exempt must list months from 1 to 12, such as 7,8`);
  }
  const lang = values.get('--lang') ?? 'zh';
  if (lang !== 'zh' && lang !== 'en') return fail(`--lang must be zh or en`);
  const type = values.get('--type');
  if (type !== undefined && type !== 'plan' && type !== 'summary') return fail(`--type must be plan or summary`);
  const format = values.get('--format');
  if (format !== undefined && format !== 'txt' && format !== 'md' && format !== 'docx') return fail(`--format must be txt, md or docx`);
  let date: CliOptions['date'];
  if (values.has('--date')) {
    const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(values.get('--date')!);
    if (!m || Number(m[2]) < 1 || Number(m[2]) > 12 || Number(m[3]) < 1 || Number(m[3]) > 31) return fail(`--date must look like 2024-03-05`);
    date = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  }
  return ok({
    command,
    files,
    sheet: values.get('--sheet'),
    year,
    startMonth,
    exempt,
    json: flags.has('--json'),
    lang,
    type,
    format,
    out: values.get('--out'),
    title: values.get('--title'),
    unit: values.get('--unit'),
    guidance: values.get('--guidance'),
    goals: values.get('--goals'),
    nextSteps: values.get('--next-steps'),
    date,
    table: flags.has('--table'),
  });
}

function ok(partial: Partial<CliOptions> & { command: Command }): ParseResult {
  const options = { files: [], json: false, lang: 'zh' as Lang, table: false, ...partial };
  return { ok: true, options: Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) as unknown as CliOptions };
}

function fail(error: string): ParseResult {
  return { ok: false, error };
}

function intIn(text: string, min: number, max: number): number | null {
  if (!/^\s*\d+\s*$/.test(text)) return null;
  const n = Number(text);
  return n >= min && n <= max ? n : null;
}
