import { FluentProvider, makeStyles, tokens, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { chooseLang } from '../core/choose-lang';
import { isDarkColor } from '../core/is-dark-color';
import { safeFileName } from '../core/safe-file-name';
import type { Lang } from '../core/types';
import { createExcelPort } from '../excel/excel-port';
import type { FilePort } from '../xlsx/file-port';
import { WORKBOOK_MIME } from '../xlsx/workbook-mime';
import { FileModeApp } from './components/FileModeApp';
import { PlanSheetApp } from './components/PlanSheetApp';
import { downloadBytes } from './lib/download-bytes';
import { reportHostError } from './lib/host-errors';
import { officeHost, type OfficeLike } from './office-host';
import { uiStrings } from './strings';

const useStyles = makeStyles({
  provider: { minHeight: '100vh' },
  pane: {
    boxSizing: 'border-box',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} ${tokens.spacingVerticalXXL}`,
  },
});

async function openFile(bytes: Uint8Array, fileName: string): Promise<FilePort> {
  // exceljs is most of the page's weight; it loads only when a file is opened.
  const { createFilePort } = await import(/* webpackChunkName: "xlsx" */ '../xlsx/file-port');
  return createFilePort(bytes, fileName);
}

function saveWorkbook(lang: Lang) {
  return async (port: FilePort): Promise<string> => {
    const bytes = await port.toBytes();
    // Beside the original's name, never the same: the user's own file stays as it was. An .xlsm stays .xlsm.
    const extension = port.extension();
    const stem = port.fileName.replace(/\.(xlsx|xlsm|xltx|xltm|xls|et|xlsb|ods|fods|csv|tsv|html?)$/i, '');
    const name = safeFileName(stem + uiStrings(lang).planWorkbookSuffix, extension);
    downloadBytes(bytes, name, WORKBOOK_MIME[extension]);
    return name;
  };
}

/** Follows the system's light/dark choice while it changes (outside Office). */
function usePrefersDark(initial: boolean): boolean {
  const [dark, setDark] = useState(initial);
  useEffect(() => {
    const query = window.matchMedia?.('(prefers-color-scheme: dark)');
    if (!query) return;
    const onChange = (event: MediaQueryListEvent) => setDark(event.matches);
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, []);
  return dark;
}

interface RootProps {
  readonly lang: Lang;
  readonly inExcel: boolean;
  readonly dark: boolean;
}

function Root({ lang, inExcel, dark: initialDark }: RootProps) {
  const styles = useStyles();
  const systemDark = usePrefersDark(initialDark);
  const dark = inExcel ? initialDark : systemDark;
  const [port] = useState(() => (inExcel ? createExcelPort({ onError: reportHostError }) : null));
  const [save] = useState(() => saveWorkbook(lang));
  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} className={styles.provider} data-theme={dark ? 'dark' : 'light'}>
      {port ? (
        <main className={styles.pane}>
          <PlanSheetApp port={port} lang={lang} />
        </main>
      ) : (
        <main>
          <FileModeApp lang={lang} openFile={openFile} saveWorkbook={save} />
        </main>
      )}
    </FluentProvider>
  );
}

async function start(): Promise<void> {
  const office = (globalThis as unknown as { Office?: OfficeLike }).Office;
  const host = await officeHost(office);
  const lang = chooseLang(host.inExcel ? host.displayLanguage : navigator.language);
  const dark = host.inExcel
    ? isDarkColor(host.themeBackground)
    : window.matchMedia?.('(prefers-color-scheme: dark)').matches === true;
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  document.title = uiStrings(lang).appTitle;
  const container = document.getElementById('root');
  if (!container) throw new Error('taskpane.html has no #root element');
  createRoot(container).render(<Root lang={lang} inExcel={host.inExcel} dark={dark} />);
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
