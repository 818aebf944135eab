import { Button, Link, makeStyles, tokens } from '@fluentui/react-components';
import { Add16Regular } from '@fluentui/react-icons';
import { forwardRef } from 'react';
import type { Analysis } from '../../core/plan/analysis';
import type { UiStrings } from '../../core/words/pane-words';
import { CoverageStrip } from './CoverageStrip';

const useStyles = makeStyles({
  section: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    minWidth: 0,
    borderRadius: tokens.borderRadiusMedium,
    // Focus lands here when a file opens: visible, but a frame around the result rather than a box on it.
    ':focus-visible': {
      outlineStyle: 'solid',
      outlineWidth: tokens.strokeWidthThick,
      outlineColor: tokens.colorStrokeFocus2,
      outlineOffset: tokens.spacingHorizontalXS,
    },
  },
  heading: {
    margin: 0,
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'baseline',
    gap: tokens.spacingHorizontalS,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground1,
  },
  aside: { fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralForeground3 },
  text: { margin: 0, fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300, color: tokens.colorNeutralForeground2 },
  notice: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    color: tokens.colorPaletteGreenForeground1,
  },
  create: { alignSelf: 'flex-start' },
});

export interface ResultSectionProps {
  readonly strings: UiStrings;
  /** The schedule's analysis; null when the chosen sheet is not a schedule (or there is none). */
  readonly analysis: Analysis | null;
  /** The chosen sheet, when there is one and it has been read. */
  readonly sheet: string | null;
  readonly errors: number;
  readonly warnings: number;
  /** What the last source action did (e.g. the new sheet's name). */
  readonly notice: string | null;
  readonly busy: boolean;
  readonly onCreateSchedule: () => void;
  /** Moves to the list of issues. */
  readonly onShowIssues: () => void;
}

/**
 * What she opened the pane for: is every month covered (the strip and one sentence) and how many
 * issues there are. Without a schedule it says so and offers a new one. Focusable, so that focus can
 * land here when a file opens.
 */
export const ResultSection = forwardRef<HTMLElement, ResultSectionProps>(function ResultSection(props, ref) {
  const { strings, analysis, sheet, errors, warnings, notice } = props;
  const styles = useStyles();
  const period = analysis?.period ?? null;
  return (
    <section ref={ref} tabIndex={-1} className={styles.section} aria-labelledby="result-heading" data-testid="result">
      <h2 id="result-heading" className={styles.heading}>
        {strings.coverageHeading}
        {period ? <span className={styles.aside}>{strings.periodCaption(period.year, period.months)}</span> : null}
      </h2>
      {analysis ? (
        <>
          <CoverageStrip strings={strings} coverage={analysis.coverage} />
          {analysis.header.layout !== 'list' ? (
            <p className={styles.text} data-testid="source-layout">
              {strings.layoutRead[analysis.header.layout]}
            </p>
          ) : null}
          <p className={styles.text} data-testid="issue-summary">
            {errors + warnings > 0 ? (
              <Link as="button" onClick={props.onShowIssues}>
                {strings.issueSummary(errors, warnings)}
              </Link>
            ) : (
              strings.issueSummary(0, 0)
            )}
          </p>
        </>
      ) : (
        <>
          <p className={styles.text} data-testid="no-schedule">
            {sheet ? strings.notASchedule(sheet) : strings.needSchedule}
          </p>
          <Button className={styles.create} icon={<Add16Regular />} disabled={props.busy} onClick={props.onCreateSchedule}>
            {strings.newSchedule}
          </Button>
        </>
      )}
      {notice ? (
        <p className={styles.notice} role="status" data-testid="source-notice">
          {notice}
        </p>
      ) : null}
    </section>
  );
});
