import { Spinner } from '@fluentui/react-components';
import { describeFileKind } from '../../../core/words/describe-file-kind';
import type { WorkbookFile } from '../../hooks/use-file-opener';
import { ErrorBar } from '../ErrorBar';
import { PlanSheetApp } from '../PlanSheetApp';
import { FileHeader } from './FileHeader';
import type { FileModeAppState } from './FileModeApp.types';
import { StartScreen } from './StartScreen';
import type { FileModeAppClasses } from './useFileModeAppStyles.styles';

/** Every kind the readers know (what a file is comes from its bytes; this only fills the browser's picker). */
const ACCEPT = [
  '.xlsx',
  '.xlsm',
  '.xltx',
  '.xltm',
  '.xlsb',
  '.xls',
  '.et',
  '.ods',
  '.fods',
  '.csv',
  '.tsv',
  '.txt',
  '.htm',
  '.html',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.ms-excel',
  'application/vnd.oasis.opendocument.spreadsheet',
  'text/csv',
].join(',');

/** Draws the page: the header, what the file was read as, the picker, and the pane over the file or the start screen. */
export function renderFileModeApp<F extends WorkbookFile>(state: FileModeAppState<F>, classes: FileModeAppClasses) {
  const { strings, lang, file, opening } = state;
  const kind = file ? describeFileKind(file.kind, lang) : null;
  return (
    <div className={classes.page} onDragOver={state.onDragOver} onDragLeave={state.onDragLeave} onDrop={state.onDrop}>
      <FileHeader
        strings={strings}
        lang={lang}
        onLangChange={state.onLangChange}
        file={file?.name ?? null}
        busy={opening !== null}
        onChoose={state.choose}
      />
      {kind ? (
        <p className={classes.hint} data-testid="file-kind">
          {kind}
        </p>
      ) : null}
      {state.traditionalChinese && lang === 'zh' ? <p className={classes.hint}>{strings.simplifiedOnly}</p> : null}
      <input ref={state.input} type="file" hidden accept={ACCEPT} data-testid="file-input" onChange={state.onPick} />
      <ErrorBar strings={strings} message={state.error} onDismiss={state.dismissError} />
      {opening ? <Spinner size="small" label={strings.openingFile(opening)} /> : null}
      {file ? (
        <PlanSheetApp
          key={file.id}
          port={file.port}
          lang={lang}
          renderDocx={state.renderDocx}
          afterBuild={state.afterBuild}
          afterCreate={state.afterCreate}
          focusResult
        />
      ) : (
        <StartScreen strings={strings} dragging={state.dragging} hidden={opening !== null} onChoose={state.choose} />
      )}
    </div>
  );
}
