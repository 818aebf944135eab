import { useCallback } from 'react';
import type { Issue } from '../../core/issues/issue';
import type { WorkbookPort } from '../../core/ports/workbook-port';

export interface Selection {
  /** Selects the cell an issue is about. */
  selectIssue(issue: Issue & { cell: string }): void;
  /** Activates a sheet (one just built) and selects its first cell. */
  goToSheet(sheet: string): void;
}

/** Going to a place in the workbook: the cell of an issue, the first cell of a sheet. */
export function useSelection(port: WorkbookPort, fail: (error: unknown) => void): Selection {
  const selectIssue = useCallback(
    (issue: Issue & { cell: string }) => {
      port.selectCell(issue.sheet, issue.cell).catch(fail);
    },
    [port, fail],
  );
  const goToSheet = useCallback(
    (sheet: string) => {
      port.selectCell(sheet, 'A1').catch(fail);
    },
    [port, fail],
  );
  return { selectIssue, goToSheet };
}
