import { useCallback, useRef, useState, type ChangeEvent, type DragEvent } from 'react';
import { useFileOpener, type WorkbookFile } from '../../hooks/use-file-opener';
import { uiStrings } from '../../../core/words/pane-words';
import type { FileModeAppProps, FileModeAppState } from './FileModeApp.types';

/** The page's state: the file opened (by the button or a drop), and what happens after a build or a new sheet. */
export function useFileModeApp<F extends WorkbookFile>(props: FileModeAppProps<F>): FileModeAppState<F> {
  const { lang, onLangChange, traditionalChinese = false, openFile, saveWorkbook, renderDocx } = props;
  const strings = uiStrings(lang);
  const input = useRef<HTMLInputElement>(null);
  const opener = useFileOpener(openFile, lang);
  const { file, open } = opener;
  const [dragging, setDragging] = useState(false);
  const choose = useCallback(() => input.current?.click(), []);

  const afterBuild = useCallback(async () => {
    if (!file) return null;
    const name = await saveWorkbook(file.port, strings.planWorkbookSuffix);
    return [strings.downloaded(name), file.port.valuesOnly() ? strings.valuesOnly : ''].filter(Boolean).join(' ');
  }, [file, saveWorkbook, strings]);

  const afterCreate = useCallback(
    async (sheet: string) => (file ? strings.newScheduleDoneFile(sheet, await saveWorkbook(file.port, strings.newScheduleSuffix)) : null),
    [file, saveWorkbook, strings],
  );

  const onDragOver = (event: DragEvent) => {
    event.preventDefault();
    setDragging(true);
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const dropped = event.dataTransfer.files[0];
    if (dropped) open(dropped);
  };
  const onPick = (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    // Clear it, so choosing the same file again (after editing it) still opens it.
    event.target.value = '';
    if (chosen) open(chosen);
  };

  return {
    ...opener,
    lang,
    strings,
    onLangChange,
    traditionalChinese,
    renderDocx,
    dragging,
    input,
    choose,
    afterBuild,
    afterCreate,
    onDragOver,
    onDragLeave: () => setDragging(false),
    onDrop,
    onPick,
  };
}
