import { makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode, Ref } from 'react';

const useStyles = makeStyles({
  section: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalM} 0`,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
    // The first section of a column needs no rule above it.
    ':first-child': { borderTopStyle: 'none', paddingTop: tokens.spacingVerticalXS },
  },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground1,
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    flexWrap: 'wrap',
  },
  aside: {
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorNeutralForeground3,
  },
});

export interface SectionProps {
  readonly id: string;
  readonly title: string;
  /** A short note beside the heading (a period, a count). */
  readonly aside?: ReactNode;
  readonly children: ReactNode;
  /** The heading, focusable from script (to move there from a link elsewhere). */
  readonly headingRef?: Ref<HTMLHeadingElement>;
}

/** One titled part of the pane; the heading names the region for screen readers. */
export function Section({ id, title, aside, children, headingRef }: SectionProps) {
  const styles = useStyles();
  return (
    <section className={styles.section} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className={styles.heading} ref={headingRef} tabIndex={headingRef ? -1 : undefined}>
        {title}
        {aside ? <span className={styles.aside}>{aside}</span> : null}
      </h2>
      {children}
    </section>
  );
}
