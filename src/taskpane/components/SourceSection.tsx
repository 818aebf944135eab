import { Button, Field, makeStyles, Select, tokens } from '@fluentui/react-components';
import { Add16Regular, ArrowClockwise16Regular } from '@fluentui/react-icons';
import { useId, useState } from 'react';
import type { ColumnChoice } from '../../core/column-choices';
import { FIELDS, type ColumnMatch, type Field as SheetField, type Layout } from '../../core/types';
import { columnLetters } from '../../core/to-a1';
import type { UiStrings } from '../strings';

const useStyles = makeStyles({
  row: {
    display: 'flex',
    alignItems: 'flex-end',
    gap: tokens.spacingHorizontalS,
  },
  grow: { flexGrow: 1, minWidth: 0 },
  columns: {
    margin: 0,
    display: 'grid',
    gridTemplateColumns: 'auto minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalM,
    rowGap: '2px',
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
  },
  term: { color: tokens.colorNeutralForeground3 },
  def: { margin: 0, minWidth: 0, overflowWrap: 'anywhere', color: tokens.colorNeutralForeground1 },
  missing: { margin: 0, color: tokens.colorNeutralForeground4, fontStyle: 'italic' },
  label: {
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground1,
  },
  editor: {
    display: 'grid',
    gridTemplateColumns: 'repeat(2, minmax(0, 1fr))',
    gap: tokens.spacingVerticalS,
  },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  notice: { margin: 0, color: tokens.colorPaletteGreenForeground1, fontSize: tokens.fontSizeBase300 },
  layout: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase300 },
});

export interface SourceSectionProps {
  readonly strings: UiStrings;
  /** The sheets that may hold the schedule. */
  readonly sheets: readonly string[];
  readonly sheet: string | null;
  /** The sheet detection picked, marked in the list. */
  readonly detected: string | null;
  /** How the sheet was read; null when it is not a schedule. */
  readonly layout?: Layout | null;
  /** The columns the analysis used (detected or overridden); null when the sheet is not a schedule. */
  readonly columns: Readonly<Partial<Record<SheetField, ColumnMatch>>> | null;
  readonly choices: readonly ColumnChoice[];
  /** Columns the user set by hand (field → letters). */
  readonly overrides: Readonly<Partial<Record<SheetField, string>>>;
  readonly busy: boolean;
  /** A line saying what the last action did (e.g. the new sheet's name). */
  readonly notice: string | null;
  readonly onSelectSheet: (sheet: string) => void;
  readonly onChangeColumn: (field: SheetField, letters: string | null) => void;
  readonly onCreateSchedule: () => void;
  readonly onRefresh: () => void;
}

/** Which sheet is the schedule, which columns hold what, and a way to start a new schedule. */
export function SourceSection(props: SourceSectionProps) {
  const { strings, sheets, sheet, detected, columns, choices, overrides, busy, notice } = props;
  // A matrix has no month or activity column to find: its months and cells are said by the layout line.
  const matrix = Boolean(props.layout && props.layout !== 'list');
  const styles = useStyles();
  const [editing, setEditing] = useState(false);
  const editorId = useId();
  const columnsLabelId = useId();

  return (
    <>
      <div className={styles.row}>
        <Field label={strings.sheetLabel} className={styles.grow}>
          <Select
            value={sheet ?? ''}
            disabled={busy || sheets.length === 0}
            onChange={(_, data) => props.onSelectSheet(data.value)}
            data-testid="sheet-select"
          >
            {sheets.length === 0 ? <option value="">{strings.noSheets}</option> : null}
            {sheets.map((name) => (
              <option key={name} value={name}>
                {name}
                {name === detected ? strings.detectedMark : ''}
              </option>
            ))}
          </Select>
        </Field>
        <Button
          icon={<ArrowClockwise16Regular />}
          aria-label={strings.refresh}
          title={strings.refresh}
          disabled={busy}
          onClick={props.onRefresh}
        />
      </div>

      {props.layout && props.layout !== 'list' ? (
        <p className={styles.layout} data-testid="source-layout">
          {strings.layoutRead[props.layout]}
        </p>
      ) : null}

      {columns ? (
        <div>
          <span id={columnsLabelId} className={styles.label}>
            {strings.columnsLabel}
          </span>
          <dl className={styles.columns} aria-labelledby={columnsLabelId} data-testid="detected-columns">
            {FIELDS.filter((field) => columns[field] || !matrix || (field !== 'month' && field !== 'activity')).map((field) => {
              const match = columns[field];
              return [
                <dt key={`${field}-t`} className={styles.term}>
                  {strings.fieldNames[field]}
                </dt>,
                match ? (
                  <dd key={`${field}-d`} className={styles.def}>
                    {columnLetters(match.col)} · {match.header}
                  </dd>
                ) : (
                  <dd key={`${field}-d`} className={styles.missing}>
                    {strings.columnNotFound}
                  </dd>
                ),
              ];
            })}
          </dl>
        </div>
      ) : null}

      {editing ? (
        <div id={editorId} className={styles.editor}>
          {FIELDS.map((field) => (
            <Field key={field} label={strings.fieldNames[field]}>
              <Select
                value={overrides[field] ?? ''}
                disabled={busy}
                onChange={(_, data) => props.onChangeColumn(field, data.value || null)}
              >
                <option value="">{strings.columnAuto(autoLabel(columns, overrides, field))}</option>
                {choices.map((c) => (
                  <option key={c.letters} value={c.letters}>
                    {c.header ? `${c.letters} · ${c.header}` : c.letters}
                  </option>
                ))}
              </Select>
            </Field>
          ))}
        </div>
      ) : null}

      <div className={styles.actions}>
        {choices.length > 0 ? (
          <Button aria-expanded={editing} aria-controls={editing ? editorId : undefined} onClick={() => setEditing(!editing)}>
            {editing ? strings.columnsDone : strings.columnsChange}
          </Button>
        ) : null}
        <Button icon={<Add16Regular />} disabled={busy} onClick={props.onCreateSchedule}>
          {strings.newSchedule}
        </Button>
      </div>
      {notice ? (
        <p className={styles.notice} role="status" data-testid="source-notice">
          {notice}
        </p>
      ) : null}
    </>
  );
}

/** What "automatic" found for a field, when the user has not overridden it. */
function autoLabel(
  columns: SourceSectionProps['columns'],
  overrides: SourceSectionProps['overrides'],
  field: SheetField,
): string | null | undefined {
  if (overrides[field]) return undefined;
  const match = columns?.[field];
  return match ? `${columnLetters(match.col)} · ${match.header}` : null;
}
