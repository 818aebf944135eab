import { Field, Input, makeStyles, Radio, RadioGroup, Textarea, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import type { DocType } from '../../core/document/doc-model';
import { docTextKeysFor } from '../../core/settings/doc-text-keys-for';
import type { PlanSettings } from '../../core/settings/plan-settings';
import { DOC_TEXT_KEYS, SETTING_FIELDS, type DocTextKey } from '../../core/settings/setting-fields';
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

/** The document fields kept with the workbook (`SETTING_FIELDS`), as the pane edits them: blank when not set. */
export type DocFields = { readonly docType: DocType } & { readonly [K in DocTextKey]: string };

/** The document fields of the saved settings, every one the schema names, blank when not set. */
export function docFieldsOf(settings: PlanSettings): DocFields {
  const texts = Object.fromEntries(DOC_TEXT_KEYS.map((key) => [key, settings[key] ?? ''])) as { [K in DocTextKey]: string };
  return { docType: settings.docType ?? 'plan', ...texts };
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

/** The free-text fields of a document of this type, from the schema (下一步打算 belongs to a summary only). */
function proseFields(docType: DocType, strings: UiStrings): { key: DocTextKey; label: string; testId: string }[] {
  return docTextKeysFor(docType)
    .filter((key) => SETTING_FIELDS[key].kind === 'prose')
    .map((key) => ({ key, label: strings[`${key}Label`], testId: `${SETTING_FIELDS[key].flag.slice(2)}-input` }));
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
