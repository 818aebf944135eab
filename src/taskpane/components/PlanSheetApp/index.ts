export { PlanSheetApp } from './PlanSheetApp';
export type { PlanSheetAppProps, PlanSheetAppState } from './PlanSheetApp.types';
export { renderPlanSheetApp } from './renderPlanSheetApp';
export { usePlanSheetApp } from './usePlanSheetApp';
