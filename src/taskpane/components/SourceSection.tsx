import { Button, Field, makeStyles, Select, tokens } from '@fluentui/react-components';
import { Add16Regular } from '@fluentui/react-icons';
import { useId, useState } from 'react';
import type { ColumnChoice } from '../../core/sheet/header/column-choices';
import { FIELDS, type ColumnMatch, type Field as SheetField, type Layout } from '../../core/sheet/header/header-match';
import { columnLetters } from '../../core/sheet/to-a1';
import type { UiStrings } from '../../core/words/pane-words';

const useStyles = makeStyles({
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
});

export interface SourceSectionProps {
  readonly strings: UiStrings;
  /** The columns the analysis used (detected or overridden); null when the sheet is not a schedule. */
  readonly columns: Readonly<Partial<Record<SheetField, ColumnMatch>>> | null;
  /** How the sheet was read; a matrix has no month or activity column to list as not found. */
  readonly layout?: Layout | null;
  readonly choices: readonly ColumnChoice[];
  /** Columns the user set by hand (field → letters). */
  readonly overrides: Readonly<Partial<Record<SheetField, string>>>;
  readonly busy: boolean;
  readonly onChangeColumn: (field: SheetField, letters: string | null) => void;
  readonly onCreateSchedule: () => void;
}

/** Which columns hold what (and changing that), and a way to start a new schedule. */
export function SourceSection(props: SourceSectionProps) {
  const { strings, columns, choices, overrides, busy } = props;
  const styles = useStyles();
  const [editing, setEditing] = useState(false);
  const editorId = useId();
  return (
    <>
      {columns ? <DetectedColumns strings={strings} columns={columns} matrix={Boolean(props.layout && props.layout !== 'list')} /> : null}
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
    </>
  );
}

interface DetectedColumnsProps {
  readonly strings: UiStrings;
  readonly columns: NonNullable<SourceSectionProps['columns']>;
  /** A matrix's months and cells are said by the layout line: no month or activity column is missing. */
  readonly matrix: boolean;
}

function DetectedColumns({ strings, columns, matrix }: DetectedColumnsProps) {
  const styles = useStyles();
  const labelId = useId();
  return (
    <div>
      <span id={labelId} className={styles.label}>
        {strings.columnsLabel}
      </span>
      <dl className={styles.columns} aria-labelledby={labelId} data-testid="detected-columns">
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
