import { Field, Input, makeStyles, Radio, RadioGroup, Textarea, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import type { DocType } from '../../core/document/doc-model';
import type { PreviewText } from '../lib/preview-text';
import type { UiStrings } from '../../core/words/pane-words';

const useStyles = makeStyles({
  fields: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  pair: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr)',
    gap: tokens.spacingVerticalS,
    '@media (min-width: 560px)': { gridTemplateColumns: 'repeat(2, minmax(0, 1fr))', columnGap: tokens.spacingHorizontalM },
  },
  hint: {
    margin: 0,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground3,
  },
  previewLabel: {
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground1,
  },
  preview: {
    margin: 0,
    maxHeight: '360px',
    overflowY: 'auto',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase400,
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
    ':focus-visible': {
      outlineStyle: 'solid',
      outlineWidth: tokens.strokeWidthThick,
      outlineColor: tokens.colorStrokeFocus2,
    },
  },
});

/** The document fields kept with the workbook. */
export interface DocFields {
  readonly docType: DocType;
  readonly unit: string;
  readonly title: string;
  readonly guidance: string;
  readonly goals: string;
  readonly nextSteps: string;
}

export interface DocumentSectionProps {
  readonly strings: UiStrings;
  readonly fields: DocFields;
  /** The generated title, shown while the title field is blank. */
  readonly defaultTitle: string;
  /** The document as of the last pause in typing (bounded); null while there is no schedule. */
  readonly preview: PreviewText | null;
  /** In a browser the fields go into the downloaded workbook, not into the file that was opened. */
  readonly fileMode: boolean;
  readonly onChange: (patch: Partial<DocFields>) => void;
}

type ProseKey = 'guidance' | 'goals' | 'nextSteps';

/** The free-text fields of a document: 下一步打算 belongs to a summary only. */
function proseFields(docType: DocType, strings: UiStrings): { key: ProseKey; label: string; testId: string }[] {
  return [
    { key: 'guidance' as const, label: strings.guidanceLabel, testId: 'guidance-input' },
    { key: 'goals' as const, label: strings.goalsLabel, testId: 'goals-input' },
    ...(docType === 'summary' ? [{ key: 'nextSteps' as const, label: strings.nextStepsLabel, testId: 'next-steps-input' }] : []),
  ];
}

/** 工作计划 / 工作总结: its fields and a preview that follows them after a pause in typing. */
export function DocumentSection({ strings, fields, defaultTitle, preview, fileMode, onChange }: DocumentSectionProps) {
  const styles = useStyles();
  return (
    <>
      <Field label={strings.docTypeLabel}>
        <RadioGroup
          layout="horizontal"
          value={fields.docType}
          onChange={(_, data) => onChange({ docType: data.value === 'summary' ? 'summary' : 'plan' })}
        >
          <Radio value="plan" label={strings.docTypes.plan} />
          <Radio value="summary" label={strings.docTypes.summary} />
        </RadioGroup>
      </Field>
      <div className={styles.fields}>
        <div className={styles.pair}>
          <Field label={strings.unitLabel}>
            <Input
              value={fields.unit}
              placeholder={strings.unitPlaceholder}
              onChange={(_, data) => onChange({ unit: data.value })}
              data-testid="unit-input"
            />
          </Field>
          <Field label={strings.titleLabel}>
            <Input
              value={fields.title}
              placeholder={defaultTitle || strings.titlePlaceholder}
              onChange={(_, data) => onChange({ title: data.value })}
              data-testid="title-input"
            />
          </Field>
        </div>
        {proseFields(fields.docType, strings).map(({ key, label, testId }) => (
          <Field key={key} label={label} hint={strings.optionalHint}>
            <Textarea value={fields[key]} resize="vertical" onChange={(_, data) => onChange({ [key]: data.value })} data-testid={testId} />
          </Field>
        ))}
        <p className={styles.hint}>{fileMode ? strings.savedHintFile : strings.savedHint}</p>
      </div>
      {preview ? <DocumentPreview strings={strings} preview={preview} /> : null}
    </>
  );
}

/** The text as it will be copied, or its start for a long one; a named, focusable region so it scrolls by keyboard. */
function DocumentPreview({ strings, preview }: { strings: UiStrings; preview: PreviewText }) {
  const styles = useStyles();
  const labelId = useId();
  return (
    <>
      <span className={styles.previewLabel} id={labelId}>
        {strings.previewLabel}
      </span>
      <pre className={styles.preview} tabIndex={0} role="region" aria-labelledby={labelId} data-testid="doc-preview">
        {preview.text}
      </pre>
      {preview.cut ? (
        <p className={styles.hint} data-testid="preview-cut">
          {strings.previewCut(preview.text.length)}
        </p>
      ) : null}
    </>
  );
}
