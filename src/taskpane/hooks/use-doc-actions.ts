import { useCallback, useState } from 'react';
import { safeFileName } from '../../core/document/safe-file-name';
import { copyText } from '../lib/copy-text';
import { DOCX_MIME, downloadBytes } from '../lib/download-bytes';
import type { UiStrings } from '../../core/words/pane-words';
import type { PlanDocumentView } from './use-plan-document';

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
 * download (`downloads` false), asking for the Word file explains what works instead.
 */
export function useDocActions(
  view: PlanDocumentView,
  strings: UiStrings,
  downloads: boolean,
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
        // docx is big; it loads only when someone asks for a Word file.
        const { renderDocx } = await import(/* webpackChunkName: "docx" */ '../../docx/render-docx');
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
  }, [view, strings, downloads, reportError]);

  return { status, busy, blocked, copy, downloadDocx };
}
