import { makeStyles, tokens } from '@fluentui/react-components';

/** Two columns from this width: the result on the left, the settings and the document on the right. */
export const WIDE = '(min-width: 900px)';

export const usePlanSheetAppStyles = makeStyles({
  root: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalXXL,
    alignItems: 'start',
    [`@media ${WIDE}`]: { gridTemplateColumns: 'minmax(0, 5fr) minmax(0, 6fr)' },
  },
  column: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0, paddingBottom: tokens.spacingVerticalM },
  errors: {
    gridColumn: '1 / -1',
    position: 'sticky',
    top: 0,
    zIndex: 1,
    paddingBottom: tokens.spacingVerticalS,
    ':empty': { display: 'none' },
  },
  loading: { padding: tokens.spacingVerticalXL },
});

export type PlanSheetAppClasses = ReturnType<typeof usePlanSheetAppStyles>;
