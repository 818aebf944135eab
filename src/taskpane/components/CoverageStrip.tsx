import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { CheckmarkCircle16Regular, SubtractCircle16Regular, Warning16Filled } from '@fluentui/react-icons';
import { memo } from 'react';
import type { Coverage, MonthStatus } from '../../core/plan/coverage';
import type { UiStrings } from '../../core/words/pane-words';

const useStyles = makeStyles({
  grid: {
    display: 'grid',
    // Three across in a 280 px pane (or 125 % zoom), four in a 320–350 px pane, six when there is room.
    gridTemplateColumns: 'repeat(3, minmax(0, 1fr))',
    '@media (min-width: 320px)': { gridTemplateColumns: 'repeat(4, minmax(0, 1fr))' },
    gap: tokens.spacingHorizontalXS,
    margin: 0,
    padding: 0,
    listStyleType: 'none',
    '@media (min-width: 560px)': { gridTemplateColumns: 'repeat(6, minmax(0, 1fr))' },
  },
  tile: {
    position: 'relative',
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: '2px',
    minWidth: 0,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid transparent`,
  },
  covered: {
    backgroundColor: tokens.colorPaletteGreenBackground1,
    borderTopColor: tokens.colorPaletteGreenBorder1,
    borderRightColor: tokens.colorPaletteGreenBorder1,
    borderBottomColor: tokens.colorPaletteGreenBorder1,
    borderLeftColor: tokens.colorPaletteGreenBorder1,
    color: tokens.colorPaletteGreenForeground1,
  },
  gap: {
    backgroundColor: tokens.colorPaletteRedBackground1,
    borderTopColor: tokens.colorPaletteRedBorder2,
    borderRightColor: tokens.colorPaletteRedBorder2,
    borderBottomColor: tokens.colorPaletteRedBorder2,
    borderLeftColor: tokens.colorPaletteRedBorder2,
    color: tokens.colorPaletteRedForeground1,
  },
  exempt: {
    backgroundColor: tokens.colorNeutralBackground3,
    borderTopStyle: 'dashed',
    borderRightStyle: 'dashed',
    borderBottomStyle: 'dashed',
    borderLeftStyle: 'dashed',
    borderTopColor: tokens.colorNeutralStroke1,
    borderRightColor: tokens.colorNeutralStroke1,
    borderBottomColor: tokens.colorNeutralStroke1,
    borderLeftColor: tokens.colorNeutralStroke1,
    color: tokens.colorNeutralForeground3,
  },
  top: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    alignSelf: 'stretch',
    gap: '2px',
  },
  month: {
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground1,
  },
  // Wraps rather than cut: "缺少…" tells her nothing.
  state: {
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    maxWidth: '100%',
    overflowWrap: 'anywhere',
  },
  icon: { flexShrink: 0 },
  hidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
  },
  summary: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    color: tokens.colorNeutralForeground2,
  },
});

export interface CoverageStripProps {
  readonly strings: UiStrings;
  readonly coverage: Coverage;
}

/**
 * The twelve months in period order, each saying covered (with its count), gap or
 * not counted in words and an icon as well as colour. The sentence below is a live
 * region, so a screen reader hears the new gaps when an edit changes them.
 */
export const CoverageStrip = memo(function CoverageStrip({ strings, coverage }: CoverageStripProps) {
  const styles = useStyles();
  const exempt = coverage.months.filter((m) => m.status === 'exempt').map((m) => m.month);
  return (
    <>
      <ul className={styles.grid} aria-label={strings.coverageHeading} data-testid="coverage-strip">
        {coverage.months.map((m) => (
          <li key={m.month} className={mergeClasses(styles.tile, styles[m.status])} data-month={m.month} data-status={m.status}>
            <span className={styles.hidden}>{strings.coverageTile(m.month, m.status, m.count)}</span>
            <span className={styles.top} aria-hidden>
              <span className={styles.month}>{strings.monthName(m.month)}</span>
              <StatusIcon status={m.status} className={styles.icon} />
            </span>
            <span className={styles.state} aria-hidden>
              {m.status === 'covered' ? strings.itemCount(m.count) : strings.monthStatus[m.status]}
            </span>
          </li>
        ))}
      </ul>
      <p className={styles.summary} role="status" aria-live="polite" data-testid="coverage-summary">
        {strings.coverageSummary(coverage.gaps, exempt)}
      </p>
    </>
  );
});

function StatusIcon({ status, className }: { status: MonthStatus; className: string }) {
  if (status === 'covered') return <CheckmarkCircle16Regular className={className} />;
  if (status === 'gap') return <Warning16Filled className={className} />;
  return <SubtractCircle16Regular className={className} />;
}
