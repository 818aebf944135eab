import { useCallback, useState } from 'react';
import type { Lang } from '../../core/words/lang';
import type { FileKind } from '../../core/ports/workbook-data';
import type { WorkbookPort } from '../../core/ports/workbook-port';
import { describeError } from '../describe-error';
import { readFileBytes } from '../lib/read-file-bytes';

/**
 * What the page needs of a workbook file it opened: a port over it, what it was read as, and whether the
 * copy it gives back holds values only. The file reader (src/xlsx's FilePort) is one, given by the entry point.
 */
export interface WorkbookFile extends WorkbookPort {
  readonly fileName: string;
  /** True when the copy offered for download holds values only (the file was not Office Open XML). */
  valuesOnly(): boolean;
  /** What the file was read as (an old .xls, a CSV …), known once it is read. */
  openedKind(): Promise<FileKind>;
}

/** Opens the bytes of a workbook file as a port; loaded lazily with the reader. */
export type OpenFile<F extends WorkbookFile = WorkbookFile> = (bytes: Uint8Array, fileName: string) => Promise<F>;

export interface OpenedFile<F extends WorkbookFile = WorkbookFile> {
  readonly name: string;
  readonly port: F;
  readonly id: number;
  /** What the file was read as, when it is not an .xlsx (an old .xls, a CSV …). */
  readonly kind: FileKind;
}

export interface FileOpener<F extends WorkbookFile = WorkbookFile> {
  /** The file shown, once the reader accepted it. */
  readonly file: OpenedFile<F> | null;
  /** The name of the file being opened, while it is. */
  readonly opening: string | null;
  /** Why the last file could not be opened, in words. */
  readonly error: string | null;
  open(chosen: File): void;
  dismissError(): void;
}

/**
 * Opening a file: the reader must accept it before it replaces what is shown, so a file that cannot be
 * used leaves the start screen, or the file before it, as it was, with the reader's words for why.
 */
export function useFileOpener<F extends WorkbookFile>(openFile: OpenFile<F>, lang: Lang): FileOpener<F> {
  const [file, setFile] = useState<OpenedFile<F> | null>(null);
  const [opening, setOpening] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const open = useCallback(
    (chosen: File) => {
      setOpening(chosen.name);
      setError(null);
      void (async () => {
        try {
          const bytes = await readFileBytes(chosen);
          const port = await openFile(bytes, chosen.name);
          // Reading the sheet list reads the workbook: a damaged or foreign file fails here, not in the pane.
          await port.listSheets();
          setFile({ name: chosen.name, port, id: Date.now(), kind: await port.openedKind() });
        } catch (e) {
          setError(describeError(e, lang, chosen.name));
        } finally {
          setOpening(null);
        }
      })();
    },
    [openFile, lang],
  );
  const dismissError = useCallback(() => setError(null), []);
  return { file, opening, error, open, dismissError };
}
