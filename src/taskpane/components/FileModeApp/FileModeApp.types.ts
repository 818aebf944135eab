import type { ChangeEvent, DragEvent, RefObject } from 'react';
import type { Lang } from '../../../core/words/lang';
import type { WriteReport } from '../../../core/ports/workbook-port';
import type { RenderDocx } from '../../hooks/use-doc-actions';
import type { FileOpener, OpenFile, WorkbookFile } from '../../hooks/use-file-opener';
import type { UiStrings } from '../../../core/words/pane-words';

export interface FileModeAppProps<F extends WorkbookFile = WorkbookFile> {
  readonly lang: Lang;
  /** Shows the language switch; called with the language she picks. */
  readonly onLangChange?: (lang: Lang) => void;
  /** The browser asks for traditional Chinese: say that the Chinese here is simplified. */
  readonly traditionalChinese?: boolean;
  readonly openFile: OpenFile<F>;
  /** Offers the workbook (with what was added) for download under the opened name plus `suffix`; resolves to the name used. */
  readonly saveWorkbook: (port: F, suffix: string) => Promise<string>;
  /** Writes the Word file (the docx writer, loaded when first asked for). */
  readonly renderDocx: RenderDocx;
}

/** The page as it is drawn: made by useFileModeApp, drawn by renderFileModeApp. */
export interface FileModeAppState<F extends WorkbookFile = WorkbookFile> extends FileOpener<F> {
  readonly lang: Lang;
  readonly strings: UiStrings;
  readonly onLangChange?: (lang: Lang) => void;
  readonly traditionalChinese: boolean;
  readonly renderDocx: RenderDocx;
  /** A file is being dragged over the page. */
  readonly dragging: boolean;
  readonly input: RefObject<HTMLInputElement>;
  /** Opens the browser's file picker. */
  readonly choose: () => void;
  /** After the plan tables are written: download the workbook, and say so. */
  readonly afterBuild: (report: WriteReport) => Promise<string | null>;
  /** After a schedule sheet is added: download the copy, and say so. */
  readonly afterCreate: (sheet: string) => Promise<string | null>;
  readonly onDragOver: (event: DragEvent) => void;
  readonly onDragLeave: () => void;
  readonly onDrop: (event: DragEvent) => void;
  readonly onPick: (event: ChangeEvent<HTMLInputElement>) => void;
}
