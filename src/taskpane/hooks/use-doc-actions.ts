import { useCallback, useState } from 'react';
import type { DocModel } from '../../core/document/doc-model';
import { safeFileName } from '../../core/document/safe-file-name';
import { copyText } from '../lib/copy-text';
import { DOCX_MIME, downloadBytes } from '../lib/download-bytes';
import type { UiStrings } from '../../core/words/pane-words';
import type { PlanDocumentView } from './use-plan-document';

/** Writes a document as .docx bytes; the entry point supplies it, loading the writer only when asked. */
export type RenderDocx = (doc: DocModel) => Promise<Uint8Array>;

export interface DocActions {
  /** What the last copy or download did, in words. */
  readonly status: string;
  readonly busy: boolean;
  /** True once a download was asked for where the host cannot download (Office for Mac). */
  readonly blocked: boolean;
  copy(): void;
  downloadDocx(): void;
}

/**
 * Copy and "download Word document" over the whole document as it is now. Where the webview cannot
 * download (`downloads` false), asking for the Word file explains what works instead. The Word file comes
 * from `renderDocx`, given by the entry point.
 */
export function useDocActions(
  view: PlanDocumentView,
  strings: UiStrings,
  downloads: boolean,
  renderDocx: RenderDocx,
  reportError: (e: unknown) => void,
): DocActions {
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const [blocked, setBlocked] = useState(false);

  const copy = useCallback(() => {
    const planDoc = view.latest();
    if (!planDoc) return;
    copyText(planDoc.text).then((ok) => setStatus(ok ? strings.copied : strings.copyFailed), reportError);
  }, [view, strings, reportError]);

  const downloadDocx = useCallback(() => {
    const planDoc = view.latest();
    if (!planDoc) return;
    if (!downloads) {
      setBlocked(true);
      return;
    }
    setBusy(true);
    setStatus(strings.preparingDocx);
    void (async () => {
      try {
        const bytes = await renderDocx(planDoc.doc);
        const name = safeFileName(planDoc.doc.title, 'docx');
        downloadBytes(bytes, name, DOCX_MIME);
        setStatus(strings.downloaded(name));
      } catch (e) {
        setStatus('');
        reportError(e);
      } finally {
        setBusy(false);
      }
    })();
  }, [view, strings, downloads, renderDocx, reportError]);

  return { status, busy, blocked, copy, downloadDocx };
}
