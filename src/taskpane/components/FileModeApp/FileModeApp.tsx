import type { WorkbookFile } from '../../hooks/use-file-opener';
import type { FileModeAppProps } from './FileModeApp.types';
import { renderFileModeApp } from './renderFileModeApp';
import { useFileModeApp } from './useFileModeApp';
import { useFileModeAppStyles } from './useFileModeAppStyles.styles';

/**
 * The page outside Excel: the user opens a workbook file (button or drop), and the same pane works
 * on it in memory. Nothing is uploaded.
 */
export function FileModeApp<F extends WorkbookFile>(props: FileModeAppProps<F>) {
  const state = useFileModeApp(props);
  const classes = useFileModeAppStyles();
  return renderFileModeApp(state, classes);
}
