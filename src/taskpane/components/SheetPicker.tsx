import { Button, Field, makeStyles, Select, tokens } from '@fluentui/react-components';
import { ArrowClockwise16Regular } from '@fluentui/react-icons';
import type { UiStrings } from '../../core/words/pane-words';

const useStyles = makeStyles({
  row: { display: 'flex', alignItems: 'flex-end', gap: tokens.spacingHorizontalS },
  // Fluent's horizontal Field gives the label a third and the control `1fr`, which cannot shrink below the
  // widest sheet name: at 280 px the list would run under the refresh button.
  grow: { flexGrow: 1, minWidth: 0, gridTemplateColumns: 'auto minmax(0, 1fr)', columnGap: tokens.spacingHorizontalS },
  select: { minWidth: 0 },
});

export interface SheetPickerProps {
  readonly strings: UiStrings;
  /** The sheets that may hold the schedule. */
  readonly sheets: readonly string[];
  readonly sheet: string | null;
  /** The sheet detection picked, marked in the list. */
  readonly detected: string | null;
  readonly busy: boolean;
  readonly onSelectSheet: (sheet: string) => void;
  readonly onRefresh: () => void;
}

/** Which sheet the result is about, and reading it again. */
export function SheetPicker({ strings, sheets, sheet, detected, busy, onSelectSheet, onRefresh }: SheetPickerProps) {
  const styles = useStyles();
  return (
    <div className={styles.row}>
      <Field label={strings.sheetLabel} className={styles.grow} orientation="horizontal">
        <Select
          className={styles.select}
          value={sheet ?? ''}
          disabled={busy || sheets.length === 0}
          onChange={(_, data) => onSelectSheet(data.value)}
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
      <Button icon={<ArrowClockwise16Regular />} aria-label={strings.refresh} title={strings.refresh} disabled={busy} onClick={onRefresh} />
    </div>
  );
}
