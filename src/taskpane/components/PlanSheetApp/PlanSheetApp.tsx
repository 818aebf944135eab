import { renderPlanSheetApp } from './renderPlanSheetApp';
import type { PlanSheetAppProps } from './PlanSheetApp.types';
import { usePlanSheetApp } from './usePlanSheetApp';
import { usePlanSheetAppStyles } from './usePlanSheetAppStyles.styles';

/** The whole pane over one workbook: the result first, then the main actions and the issues; settings fold away. */
export function PlanSheetApp(props: PlanSheetAppProps) {
  const state = usePlanSheetApp(props);
  const classes = usePlanSheetAppStyles();
  return renderPlanSheetApp(state, classes);
}
