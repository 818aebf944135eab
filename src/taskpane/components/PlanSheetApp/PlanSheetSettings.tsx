import { useMemo, useState } from 'react';
import { columnChoices } from '../../../core/sheet/header/column-choices';
import type { Analysis } from '../../../core/plan/analysis';
import type { PlanSettings } from '../../../core/settings/plan-settings';
import type { PlanDocumentView } from '../../hooks/use-plan-document';
import type { SourceSheet } from '../../hooks/use-source-sheet';
import type { UiStrings } from '../../../core/words/pane-words';
import { DocumentSection, type DocFields } from '../DocumentSection';
import { PeriodSection } from '../PeriodSection';
import { SettingsSections, type SettingsItem } from '../SettingsSections';
import { SourceSection } from '../SourceSection';
import { WIDE } from './usePlanSheetAppStyles.styles';

export interface PlanSheetSettingsProps {
  readonly strings: UiStrings;
  readonly source: SourceSheet;
  readonly settings: PlanSettings;
  readonly analysis: Analysis | null;
  /** The document's generated title, for the title field's placeholder. */
  readonly title: string;
  readonly preview: PlanDocumentView['preview'];
  readonly fileMode: boolean;
  readonly onChange: (patch: PlanSettings) => void;
  readonly onCreateSchedule: () => void;
}

/** Columns, period and exempt months, and the document's fields with its preview, each opened on demand. */
export function PlanSheetSettings(props: PlanSheetSettingsProps) {
  const { strings, source, settings, analysis, onChange } = props;
  const grid = source.grid;
  const period = analysis?.period ?? null;
  const choices = useMemo(() => (grid ? columnChoices(grid, analysis ? analysis.header.row : null) : []), [grid, analysis]);
  const [wide] = useState(() => window.matchMedia?.(WIDE).matches === true);
  const sourceSection = (
    <SourceSection
      strings={strings}
      columns={analysis ? analysis.header.columns : null}
      layout={analysis?.header.layout ?? null}
      choices={choices}
      overrides={settings.columns ?? {}}
      busy={source.loading}
      onChangeColumn={source.changeColumn}
      onCreateSchedule={props.onCreateSchedule}
    />
  );
  const items: SettingsItem[] = [{ value: 'source', title: strings.sourceHeading, aside: source.sheet, children: sourceSection }];
  if (analysis) {
    const periodSection = (
      <PeriodSection
        strings={strings}
        year={settings.year}
        inferredYear={settings.year ? null : (period?.year ?? null)}
        startMonth={settings.startMonth ?? period?.startMonth ?? 1}
        exempt={settings.exempt ?? period?.exempt ?? []}
        disabled={false}
        onChange={onChange}
      />
    );
    const documentSection = (
      <DocumentSection
        strings={strings}
        fields={docFields(settings)}
        defaultTitle={props.title}
        preview={props.preview}
        fileMode={props.fileMode}
        onChange={onChange}
      />
    );
    const caption = period ? strings.periodCaption(period.year, period.months) : null;
    items.push({ value: 'period', title: strings.periodHeading, aside: caption, children: periodSection });
    items.push({ value: 'document', title: strings.documentHeading, children: documentSection });
  }
  return <SettingsSections items={items} defaultOpen={wide ? ['document'] : []} />;
}

function docFields(settings: PlanSettings): DocFields {
  return {
    docType: settings.docType ?? 'plan',
    unit: settings.unit ?? '',
    title: settings.title ?? '',
    guidance: settings.guidance ?? '',
    goals: settings.goals ?? '',
    nextSteps: settings.nextSteps ?? '',
  };
}
