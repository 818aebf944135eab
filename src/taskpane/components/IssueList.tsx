import { Button, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { ErrorCircle16Filled, Warning16Filled } from '@fluentui/react-icons';
import { memo, useState } from 'react';
import { formatIssue } from '../../core/words/format-issue';
import type { Issue } from '../../core/issues/issue';
import type { Lang } from '../../core/words/lang';
import type { UiStrings } from '../../core/words/pane-words';

/** How many issues show before "show all": the rest of the pane stays within reach. */
const FIRST_ISSUES = 20;

const useStyles = makeStyles({
  list: {
    margin: 0,
    padding: 0,
    listStyleType: 'none',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
  },
  item: {
    display: 'grid',
    gridTemplateColumns: 'auto minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalS,
    alignItems: 'start',
    boxSizing: 'border-box',
    width: '100%',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid transparent`,
    backgroundColor: 'transparent',
    color: tokens.colorNeutralForeground1,
    textAlign: 'start',
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
  },
  clickable: {
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':active': { backgroundColor: tokens.colorNeutralBackground1Pressed },
    ':focus-visible': {
      outlineStyle: 'solid',
      outlineWidth: tokens.strokeWidthThick,
      outlineColor: tokens.colorStrokeFocus2,
    },
  },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  icon: { marginTop: '2px' },
  where: {
    fontWeight: tokens.fontWeightSemibold,
    marginRight: tokens.spacingHorizontalXS,
  },
  text: { overflowWrap: 'anywhere' },
  none: { margin: 0, color: tokens.colorNeutralForeground2 },
});

export interface IssueListProps {
  readonly strings: UiStrings;
  readonly lang: Lang;
  readonly issues: readonly Issue[];
  /** Jumps to an issue's cell; absent where there is no sheet to jump in (a file). */
  readonly onSelect?: (issue: Issue & { cell: string }) => void;
}

/**
 * Errors and warnings, each with its cell; with onSelect, each one with a cell is a button going there.
 * Memoised: typing into a document field re-renders the pane, not an unchanged list.
 */
export const IssueList = memo(function IssueList({ strings, lang, issues, onSelect }: IssueListProps) {
  const styles = useStyles();
  const [showAll, setShowAll] = useState(false);
  if (issues.length === 0) return <p className={styles.none}>{strings.noIssues}</p>;
  const shown = showAll ? issues : issues.slice(0, FIRST_ISSUES);
  return (
    <>
      <ul className={styles.list} data-testid="issue-list">
        {shown.map((issue, i) => {
          const where = issue.cell ?? strings.sheetLevel;
          const body = (
            <>
              {issue.severity === 'error' ? (
                <ErrorCircle16Filled className={mergeClasses(styles.icon, styles.error)} aria-label={strings.severity.error} />
              ) : (
                <Warning16Filled className={mergeClasses(styles.icon, styles.warning)} aria-label={strings.severity.warning} />
              )}
              <span className={styles.text}>
                <span className={styles.where}>{where}</span>
                {formatIssue(issue, lang)}
              </span>
            </>
          );
          const { cell } = issue;
          return (
            <li key={`${issue.code}-${issue.cell ?? ''}-${i}`} data-cell={cell ?? ''}>
              {onSelect && cell ? (
                <button
                  type="button"
                  className={mergeClasses(styles.item, styles.clickable)}
                  title={strings.goToCell(cell)}
                  onClick={() => onSelect({ ...issue, cell })}
                >
                  {body}
                </button>
              ) : (
                <div className={styles.item}>{body}</div>
              )}
            </li>
          );
        })}
      </ul>
      {!showAll && issues.length > FIRST_ISSUES ? (
        <Button appearance="subtle" onClick={() => setShowAll(true)}>
          {strings.showAllIssues(issues.length)}
        </Button>
      ) : null}
    </>
  );
});
