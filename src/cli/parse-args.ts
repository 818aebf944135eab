import { SETTING_FIELDS, YEARS, type FlagKey, type SettingKey, type SettingValues } from '../core/settings/setting-fields';
import type { Lang } from '../core/words/lang';

export type Command = 'check' | 'doc' | 'build' | 'help' | 'version';
export type DocFormat = 'txt' | 'md' | 'docx';

/** The user's fields the command line gives (`--sheet`, `--year`, `--type`, `--unit` …), as `SETTING_FIELDS` describes them. */
export type CliSettings = { readonly [K in FlagKey]?: NonNullable<SettingValues[K]> };

export interface CliOptions extends CliSettings {
  readonly command: Command;
  readonly files: readonly string[];
  readonly json: boolean;
  readonly lang: Lang;
  readonly format?: DocFormat;
  readonly out?: string;
  readonly date?: { readonly year: number; readonly month: number; readonly day: number };
  readonly table: boolean;
}

export type ParseResult = { readonly ok: true; readonly options: CliOptions } | { readonly ok: false; readonly error: string };

const FLAG_FIELDS = (Object.keys(SETTING_FIELDS) as SettingKey[]).flatMap((key) => {
  const field = SETTING_FIELDS[key];
  return 'flag' in field ? [{ key: key as FlagKey, field }] : [];
});
type FlagField = (typeof FLAG_FIELDS)[number]['field'];

/** The fields' flags for `use`: the schedule and the period apply to every command, the document's to `doc`. */
function flagsFor(...uses: FlagField['use'][]): string[] {
  return FLAG_FIELDS.filter(({ field }) => uses.includes(field.use)).map(({ field }) => field.flag);
}

const COMMON = [...flagsFor('source', 'period'), '--lang'];
const VALUE_FLAGS = new Set([...flagsFor('source', 'period', 'document'), '--lang', '--format', '-o', '--out', '--date']);
const BOOLEAN_FLAGS = new Set(['--json', '--table', '--help', '-h', '--version', '-v']);
const ALLOWED: Readonly<Record<Command, ReadonlySet<string>>> = {
  check: new Set([...COMMON, '--json']),
  doc: new Set([...COMMON, ...flagsFor('document'), '--format', '-o', '--out', '--date', '--table']),
  build: new Set([...COMMON, '-o', '--out']),
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
  const words = readWords(command, rest);
  if ('error' in words) return fail(words.error);
  if (words.help) return ok({ command: 'help' });
  const { files, values, flags } = words;
  if (files.length === 0) return fail(`"${command}" needs an .xlsx file`);
  if (command !== 'check' && files.length > 1) return fail(`"${command}" takes one file`);

  const settings = readSettings(values);
  if (typeof settings === 'string') return fail(settings);
  const lang = values.get('--lang') ?? 'zh';
  if (lang !== 'zh' && lang !== 'en') return fail(`--lang must be zh or en`);
  const format = values.get('--format');
  if (format !== undefined && format !== 'txt' && format !== 'md' && format !== 'docx') return fail(`--format must be txt, md or docx`);
  let date: CliOptions['date'];
  if (values.has('--date')) {
    const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(values.get('--date')!);
    if (!m || Number(m[2]) < 1 || Number(m[2]) > 12 || Number(m[3]) < 1 || Number(m[3]) > 31)
      return fail(`--date must look like 2024-03-05`);
    date = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  }
  return ok({
    command,
    files,
    ...settings,
    json: flags.has('--json'),
    lang,
    format,
    out: values.get('--out'),
    date,
    table: flags.has('--table'),
  });
}

type Words = { files: string[]; values: Map<string, string>; flags: Set<string>; help: boolean } | { error: string };

/** The files, the flags with their values, and the flags alone; or what is wrong with one. */
function readWords(command: Command, rest: readonly string[]): Words {
  const files: string[] = [];
  const values = new Map<string, string>();
  const flags = new Set<string>();
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (arg === '--help' || arg === '-h') return { files, values, flags, help: true };
    if (!arg.startsWith('-') || arg === '-') {
      files.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (!VALUE_FLAGS.has(name) && !BOOLEAN_FLAGS.has(name)) return { error: `unknown option ${name}` };
    if (!ALLOWED[command].has(name)) return { error: `${name} does not apply to "${command}"` };
    if (BOOLEAN_FLAGS.has(name)) {
      flags.add(name);
      continue;
    }
    const value = eq > 0 ? arg.slice(eq + 1) : rest[++i];
    if (value === undefined) return { error: `${name} needs a value` };
    values.set(name === '-o' ? '--out' : name, value);
  }
  return { files, values, flags, help: false };
}

/** The user's fields the flags give, each read by its kind; or one sentence saying which is wrong. */
function readSettings(values: ReadonlyMap<string, string>): CliSettings | string {
  const settings: Record<string, unknown> = {};
  for (const { key, field } of FLAG_FIELDS) {
    const raw = values.get(field.flag);
    if (raw === undefined) continue;
    const value = readValue(field, raw);
    if (value === undefined) return mistake(field);
    settings[key] = value;
  }
  return settings as CliSettings;
}

function readValue(field: FlagField, raw: string): unknown {
  switch (field.kind) {
    case 'text':
    case 'prose':
      return raw;
    case 'year':
      return intIn(raw, YEARS.min, YEARS.max) ?? undefined;
    case 'month':
      return intIn(raw, 1, 12) ?? undefined;
    case 'months': {
      const months =
        raw.trim() === ''
          ? []
          : raw
              .trim()
              .split(/[,，、\s]+/)
              .map((m) => intIn(m, 1, 12));
      return months.every((m) => m !== null) ? months : undefined;
    }
    case 'choice':
      return (field.choices as readonly string[]).includes(raw) ? raw : undefined;
  }
}

function mistake(field: FlagField): string {
  switch (field.kind) {
    case 'year':
      return `${field.flag} must be a year such as 2024`;
    case 'month':
      return `${field.flag} must be a month from 1 to 12`;
    case 'months':
      return `${field.flag} must list months from 1 to 12, such as 7,8`;
    default:
      return `${field.flag} must be ${'choices' in field ? field.choices.join(' or ') : 'given'}`;
  }
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
