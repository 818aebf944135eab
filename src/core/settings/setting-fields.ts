import type { Field } from '../sheet/header/header-match';

/**
 * Every field a user gives PlanSettings, described once as data: its kind (how it is typed in,
 * checked and stored), what it is for (`use`: which sheet and columns are the schedule, the
 * period, or the document), its command-line flag and the placeholder of the flag's value in
 * the help. `PlanSettings`, `DocOptions`, the command line's options and the pane's document
 * fields all come from here, so a new field is added in this one place.
 *
 * Kinds: `text` is one line; `prose` is paragraphs (a text area in the pane); `year` is a year
 * from `YEARS`, or null for "work it out from the sheet"; `month` is 1–12; `months` a list of
 * them; `choice` one of `choices`; `columns` field → column letters.
 */
export const SETTING_FIELDS = {
  sheet: { kind: 'text', use: 'source', flag: '--sheet', value: 'NAME' },
  /** Column overrides: field → column letters (e.g. { month: 'B' }); set in the pane only. */
  columns: { kind: 'columns', use: 'source' },
  year: { kind: 'year', use: 'period', flag: '--year', value: 'YYYY' },
  startMonth: { kind: 'month', use: 'period', flag: '--start-month', value: 'M' },
  exempt: { kind: 'months', use: 'period', flag: '--exempt', value: 'M,M,…' },
  docType: { kind: 'choice', choices: ['plan', 'summary'], use: 'document', flag: '--type' },
  /** Overrides the generated title. */
  title: { kind: 'text', use: 'document', flag: '--title', value: 'T' },
  /** The unit (单位), e.g. "××学校工会". */
  unit: { kind: 'text', use: 'document', flag: '--unit', value: 'U' },
  /** 指导思想: left out when not given; never invented. */
  guidance: { kind: 'prose', use: 'document', flag: '--guidance', value: 'T' },
  /** 工作目标: left out when not given. */
  goals: { kind: 'prose', use: 'document', flag: '--goals', value: 'T' },
  /** 下一步打算: a summary's only (a plan typed after a summary must not carry it). */
  nextSteps: { kind: 'prose', use: 'document', flag: '--next-steps', value: 'T', summaryOnly: true },
} as const;

/** The years a setting or the command line may name. */
export const YEARS = { min: 1900, max: 2199 } as const;

export type SettingKey = keyof typeof SETTING_FIELDS;
export type SettingField = (typeof SETTING_FIELDS)[SettingKey];
export type SettingUse = SettingField['use'];

/** The value a field of each kind holds. */
type ValueOf<F> = F extends { readonly kind: 'text' | 'prose' }
  ? string
  : F extends { readonly kind: 'year' }
    ? number | null
    : F extends { readonly kind: 'month' }
      ? number
      : F extends { readonly kind: 'months' }
        ? readonly number[]
        : F extends { readonly kind: 'choice'; readonly choices: readonly (infer C)[] }
          ? C
          : F extends { readonly kind: 'columns' }
            ? Readonly<Partial<Record<Field, string>>>
            : never;

/** The user's fields as values, each optional (left out means "not set"). */
export type SettingValues = { readonly [K in SettingKey]?: ValueOf<(typeof SETTING_FIELDS)[K]> };

/** 工作计划 or 工作总结. */
export type DocType = (typeof SETTING_FIELDS)['docType']['choices'][number];

/** The fields typed as words into the document (title, unit, 指导思想 …). */
export type DocTextKey = {
  [K in SettingKey]: (typeof SETTING_FIELDS)[K] extends { readonly use: 'document'; readonly kind: 'text' | 'prose' } ? K : never;
}[SettingKey];

/** The fields with a command-line flag. */
export type FlagKey = { [K in SettingKey]: (typeof SETTING_FIELDS)[K] extends { readonly flag: string } ? K : never }[SettingKey];

/** The fields of the document (its type and its text fields). */
export type DocKey = { [K in SettingKey]: (typeof SETTING_FIELDS)[K] extends { readonly use: 'document' } ? K : never }[SettingKey];

const KEYS = Object.keys(SETTING_FIELDS) as SettingKey[];

/** The fields of the document in the order of the schema, for the adapters that list them. */
export const DOC_KEYS = KEYS.filter((key): key is DocKey => SETTING_FIELDS[key].use === 'document');

/** The document's text fields in the order of the schema. */
export const DOC_TEXT_KEYS = DOC_KEYS.filter((key): key is DocTextKey => SETTING_FIELDS[key].kind !== 'choice');
