import './lib/started';
import { FluentProvider, makeStyles, tokens, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import { createRoot, type Root as ReactRoot } from 'react-dom/client';
import { chooseLang } from '../core/words/choose-lang';
import { isDarkColor } from '../core/ports/is-dark-color';
import { safeFileName } from '../core/document/safe-file-name';
import type { DocModel } from '../core/document/doc-model';
import type { Lang } from '../core/words/lang';
import { createExcelPort } from '../excel/excel-port';
import type { FilePort } from '../xlsx/file-port';
import { WORKBOOK_MIME } from '../xlsx/workbook-mime';
import { FileModeApp } from './components/FileModeApp';
import { PlanSheetApp } from './components/PlanSheetApp';
import { officeScriptSettled, withDeadline } from './lib/boot';
import { downloadBytes } from './lib/download-bytes';
import { reportHostError } from './lib/host-errors';
import { isTraditionalChinese, pageStorage, rememberLang, standaloneLang } from './lib/ui-language';
import { browserOpener, looksHostedByOffice, officeHost, type HostInfo, type OfficeLike } from './office-host';
import { uiStrings } from '../core/words/pane-words';

/**
 * A plain browser tab gives office.js this long (enough when it is cached) before it opens the file mode:
 * a CDN may hang, and Office turning up later still switches the page to the pane.
 */
const STANDALONE_WAIT_MS = 250;
/** A pane inside Office waits longer: without office.js it cannot reach the workbook. */
const HOSTED_WAIT_MS = 10_000;

const useStyles = makeStyles({
  provider: { minHeight: '100vh' },
  pane: {
    boxSizing: 'border-box',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} ${tokens.spacingVerticalXXL}`,
  },
  title: {
    margin: `0 0 ${tokens.spacingVerticalXS}`,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground1,
  },
});

function office(): OfficeLike | undefined {
  return (globalThis as unknown as { Office?: OfficeLike }).Office;
}

async function openFile(bytes: Uint8Array, fileName: string): Promise<FilePort> {
  // The file readers and the package writer load only when a file is opened: Excel never needs them.
  const { createFilePort } = await import(/* webpackChunkName: "xlsx" */ '../xlsx/file-port');
  return createFilePort(bytes, fileName);
}

async function renderDocx(doc: DocModel): Promise<Uint8Array> {
  // docx is big; it loads only when someone asks for a Word file.
  const { renderDocx: render } = await import(/* webpackChunkName: "docx" */ '../docx/render-docx');
  return render(doc);
}

async function saveWorkbook(port: FilePort, suffix: string): Promise<string> {
  const bytes = await port.toBytes();
  // Beside the original's name, never the same: the user's own file stays as it was. An .xlsm stays .xlsm.
  const extension = port.extension();
  const stem = port.fileName.replace(/\.(xlsx|xlsm|xltx|xltm|xls|et|xlsb|ods|fods|csv|tsv|html?)$/i, '');
  const name = safeFileName(stem + suffix, extension);
  downloadBytes(bytes, name, WORKBOOK_MIME[extension]);
  return name;
}

/** Follows the system's light/dark choice while it changes (outside Office). */
function usePrefersDark(): boolean {
  const query = () => window.matchMedia?.('(prefers-color-scheme: dark)');
  const [dark, setDark] = useState(() => query()?.matches === true);
  useEffect(() => {
    const media = query();
    if (!media) return;
    const onChange = (event: MediaQueryListEvent) => setDark(event.matches);
    media.addEventListener('change', onChange);
    return () => media.removeEventListener('change', onChange);
  }, []);
  return dark;
}

/** The pane inside Excel: Office's language and theme, the live workbook through the Office.js port. */
function ExcelRoot({ host }: { readonly host: HostInfo }) {
  const styles = useStyles();
  const lang = chooseLang(host.displayLanguage);
  const [port] = useState(() => createExcelPort({ onError: reportHostError }));
  const [openInBrowser] = useState(() => {
    const open = browserOpener(office());
    // The standalone page of this same build: in the browser it opens the workbook as a file.
    return open ? () => open(new URL('taskpane.html', window.location.href).href) : undefined;
  });
  useDocumentLanguage(lang);
  // Office for Mac's webview (WKWebView) ignores <a download> on a blob: office-js #2700, closed "by design";
  // also #3385, #4681. https://github.com/OfficeDev/office-js/issues/2700
  const downloads = host.platform !== 'Mac' && host.platform !== 'iOS';
  return (
    <FluentProvider
      theme={isDarkColor(host.themeBackground) ? webDarkTheme : webLightTheme}
      className={styles.provider}
      data-theme={isDarkColor(host.themeBackground) ? 'dark' : 'light'}
    >
      <main className={styles.pane}>
        <h1 className={styles.title}>{uiStrings(lang).appTitle}</h1>
        <PlanSheetApp port={port} lang={lang} renderDocx={renderDocx} fileDownloads={downloads} openInBrowser={openInBrowser} />
      </main>
    </FluentProvider>
  );
}

/** The page in a plain browser: the file mode, in the language the user picks (remembered). */
function FileRoot() {
  const styles = useStyles();
  const dark = usePrefersDark();
  const [lang, setLang] = useState<Lang>(() => standaloneLang(pageStorage(window), navigator.languages ?? [navigator.language]));
  const changeLang = useCallback((next: Lang) => {
    setLang(next);
    rememberLang(pageStorage(window), next);
  }, []);
  useDocumentLanguage(lang);
  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} className={styles.provider} data-theme={dark ? 'dark' : 'light'}>
      <main>
        <FileModeApp
          lang={lang}
          onLangChange={changeLang}
          traditionalChinese={isTraditionalChinese(navigator.language)}
          openFile={openFile}
          saveWorkbook={saveWorkbook}
          renderDocx={renderDocx}
        />
      </main>
    </FluentProvider>
  );
}

function useDocumentLanguage(lang: Lang): void {
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = uiStrings(lang).appTitle;
  }, [lang]);
}

/**
 * Where the page runs. Never waits on office.js blindly: a plain tab gives it 0.25 s, a pane in Office
 * 10 s; past that the file mode opens, and `late` still tells if Office turns up afterwards.
 */
async function findHost(): Promise<{ host: HostInfo | null; late: Promise<HostInfo> | null }> {
  const settled = officeScriptSettled().then(() => officeHost(office()));
  const host = await withDeadline(settled, looksHostedByOffice(window) ? HOSTED_WAIT_MS : STANDALONE_WAIT_MS, null);
  return host ? { host, late: null } : { host: null, late: settled };
}

async function start(): Promise<void> {
  const container = document.getElementById('root');
  if (!container) throw new Error('taskpane.html has no #root element');
  const root: ReactRoot = createRoot(container);
  const { host, late } = await findHost();
  root.render(host?.inExcel ? <ExcelRoot host={host} /> : <FileRoot />);
  void late?.then((found) => {
    // office.js came after the page had opened as a web page, and this is Excel after all.
    if (found.inExcel) root.render(<ExcelRoot host={found} />);
  });
}

start().catch((e: unknown) => {
  // Nothing rendered: put the reason where the loading line was, in both languages.
  const container = document.getElementById('root');
  const message = e instanceof Error ? e.message : String(e);
  if (container) {
    container.textContent = `计划表助手无法启动。PlanSheet could not start: ${message}`;
    container.setAttribute('role', 'alert');
  }
  throw e;
});
