import { Checkbox, Field, Input, makeStyles, Select, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { makePeriod } from '../../core/plan/make-period';
import type { UiStrings } from '../../core/words/pane-words';

const useStyles = makeStyles({
  row: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 5fr) minmax(0, 7fr)',
    gap: tokens.spacingHorizontalM,
    alignItems: 'start',
  },
  fieldset: {
    margin: 0,
    padding: 0,
    border: 'none',
    minWidth: 0,
  },
  legend: {
    padding: 0,
    marginBottom: tokens.spacingVerticalXXS,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground1,
  },
  hint: {
    margin: `0 0 ${tokens.spacingVerticalXXS}`,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground3,
  },
  months: {
    display: 'grid',
    gridTemplateColumns: 'repeat(4, minmax(0, 1fr))',
    '@media (min-width: 560px)': { gridTemplateColumns: 'repeat(6, minmax(0, 1fr))' },
  },
  month: { minWidth: 0, whiteSpace: 'nowrap' },
  // A grid item is as wide as its content by default; a long option must not widen the pane.
  cell: { minWidth: 0 },
  control: { minWidth: 0, width: '100%' },
});

export interface PeriodPatch {
  readonly year?: number | null;
  readonly startMonth?: number;
  readonly exempt?: readonly number[];
}

export interface PeriodSectionProps {
  readonly strings: UiStrings;
  /** The year the user set; null or undefined when it is inferred from the sheet. */
  readonly year: number | null | undefined;
  /** The year inferred from the sheet, shown as a hint while none is set. */
  readonly inferredYear: number | null;
  readonly startMonth: number;
  readonly exempt: readonly number[];
  readonly disabled: boolean;
  readonly onChange: (patch: PeriodPatch) => void;
}

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

/** Year, first month and the months that do not count as gaps. */
export function PeriodSection({ strings, year, inferredYear, startMonth, exempt, disabled, onChange }: PeriodSectionProps) {
  const styles = useStyles();
  const order = makePeriod({ startMonth }).months;
  const exemptSet = new Set(exempt);

  return (
    <>
      <div className={styles.row}>
        <YearField strings={strings} year={year} inferredYear={inferredYear} disabled={disabled} onChange={onChange} />
        <Field className={styles.cell} label={strings.startMonthLabel}>
          <Select
            className={styles.control}
            value={String(startMonth)}
            disabled={disabled}
            data-testid="start-month"
            onChange={(_, data) => onChange({ startMonth: Number(data.value) })}
          >
            {MONTHS.map((m) => (
              <option key={m} value={m}>
                {strings.startMonthOption(m)}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      {!year ? <p className={styles.hint}>{strings.yearHint(inferredYear)}</p> : null}
      <fieldset className={styles.fieldset} disabled={disabled} data-testid="exempt-months">
        <legend className={styles.legend}>{strings.exemptLabel}</legend>
        <p className={styles.hint}>{strings.exemptHint}</p>
        <div className={styles.months}>
          {order.map((m) => (
            <Checkbox
              key={m}
              className={styles.month}
              label={strings.monthName(m)}
              checked={exemptSet.has(m)}
              disabled={disabled}
              data-month={m}
              onChange={(_, data) => onChange({ exempt: MONTHS.filter((x) => (x === m ? data.checked === true : exemptSet.has(x))) })}
            />
          ))}
        </div>
      </fieldset>
    </>
  );
}

type YearFieldProps = Pick<PeriodSectionProps, 'strings' | 'year' | 'inferredYear' | 'disabled' | 'onChange'>;

/** The year as typed: a four-digit year is saved, an empty field goes back to the year inferred from the sheet. */
function YearField({ strings, year, inferredYear, disabled, onChange }: YearFieldProps) {
  const styles = useStyles();
  const [yearText, setYearText] = useState(year ? String(year) : '');
  const [yearInvalid, setYearInvalid] = useState(false);
  useEffect(() => {
    // Settings loaded later (or saved elsewhere) replace what is shown, unless it is what was typed.
    setYearText((text) => (Number(text) === year ? text : year ? String(year) : ''));
    if (year) setYearInvalid(false);
  }, [year]);

  return (
    <Field
      className={styles.cell}
      label={strings.yearLabel}
      validationState={yearInvalid ? 'error' : 'none'}
      validationMessage={yearInvalid ? strings.yearInvalid : undefined}
    >
      <Input
        className={styles.control}
        inputMode="numeric"
        value={yearText}
        disabled={disabled}
        placeholder={inferredYear ? String(inferredYear) : undefined}
        data-testid="year-input"
        onChange={(_, data) => {
          const text = data.value.trim();
          setYearText(data.value);
          if (text === '') {
            setYearInvalid(false);
            onChange({ year: null });
          } else if (/^\d{4}$/.test(text) && Number(text) > 1900 && Number(text) < 2200) {
            setYearInvalid(false);
            onChange({ year: Number(text) });
          } else {
            setYearInvalid(text.length >= 4);
          }
        }}
        onBlur={() => setYearInvalid(yearText.trim() !== '' && !/^\d{4}$/.test(yearText.trim()))}
      />
    </Field>
  );
}
