import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, makeStyles, tokens } from '@fluentui/react-components';
import { useState, type ReactNode } from 'react';

const useStyles = makeStyles({
  accordion: { borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  item: { borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  header: { fontWeight: tokens.fontWeightSemibold },
  aside: {
    marginLeft: tokens.spacingHorizontalS,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorNeutralForeground3,
  },
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, paddingBottom: tokens.spacingVerticalM, minWidth: 0 },
});

export interface SettingsItem {
  readonly value: string;
  readonly title: string;
  /** A short note beside the title (the period, the sheet). */
  readonly aside?: string | null;
  readonly children: ReactNode;
}

export interface SettingsSectionsProps {
  readonly items: readonly SettingsItem[];
  /** Sections open at first (a wide page has room for the document). */
  readonly defaultOpen?: readonly string[];
}

/** The settings, each in a section that opens on demand, so the result stays in the first screen. */
export function SettingsSections({ items, defaultOpen = [] }: SettingsSectionsProps) {
  const styles = useStyles();
  const [open] = useState(() => [...defaultOpen]);
  return (
    <Accordion className={styles.accordion} multiple collapsible defaultOpenItems={open}>
      {items.map((item) => (
        <AccordionItem key={item.value} value={item.value} className={styles.item} data-testid={`settings-${item.value}`}>
          <AccordionHeader as="h2" className={styles.header} expandIconPosition="end">
            {item.title}
            {item.aside ? <span className={styles.aside}>{item.aside}</span> : null}
          </AccordionHeader>
          <AccordionPanel className={styles.panel}>{item.children}</AccordionPanel>
        </AccordionItem>
      ))}
    </Accordion>
  );
}
