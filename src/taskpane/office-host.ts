/** What the page learns from Office.js before it renders. */
export interface HostInfo {
  /** True inside Excel; false in a plain browser, in another Office app, or when Office.js did not load. */
  readonly inExcel: boolean;
  /** Office's display language (e.g. 'zh-CN'), when inside Excel. */
  readonly displayLanguage: string | null;
  /** Office's theme body background (e.g. '#262626'), when Office reports one. */
  readonly themeBackground: string | null;
  /** Office's platform ('PC', 'Mac', 'OfficeOnline', 'iOS' …), when inside Excel. */
  readonly platform: string | null;
}

/** The part of the `Office` global this page reads. */
export interface OfficeLike {
  onReady(): Promise<{ host: string | null; platform: string | null }>;
  readonly context?: {
    readonly displayLanguage?: string;
    readonly officeTheme?: { readonly bodyBackgroundColor?: string } | null;
    readonly requirements?: { isSetSupported(name: string, version?: string): boolean };
    readonly ui?: { openBrowserWindow?(url: string): void };
  };
}

const NOT_IN_OFFICE: HostInfo = { inExcel: false, displayLanguage: null, themeBackground: null, platform: null };

/**
 * Asks Office.js where the page runs. Outside Office `Office.onReady` resolves
 * with no host; when office.js could not load at all (offline, blocked) there is
 * no `Office` global. Both mean the plain-web-page mode.
 */
export async function officeHost(office: OfficeLike | undefined): Promise<HostInfo> {
  if (!office || typeof office.onReady !== 'function') return NOT_IN_OFFICE;
  let info: { host: string | null; platform: string | null };
  try {
    info = await office.onReady();
  } catch (e) {
    // office.js loaded but cannot start: the page is still useful on a file, so say why and go on.
    console.warn('Office.js did not start; opening the file mode.', e);
    return NOT_IN_OFFICE;
  }
  if (info.host !== 'Excel') return NOT_IN_OFFICE;
  let theme: string | null = null;
  try {
    // officeTheme is ExcelApi-independent but absent on some hosts (Excel on Mac before 16.x threw on access).
    theme = office.context?.officeTheme?.bodyBackgroundColor ?? null;
  } catch (e) {
    console.warn('Office did not report its theme; using the light theme.', e);
  }
  const displayLanguage = office.context?.displayLanguage ?? null;
  return { inExcel: true, displayLanguage, themeBackground: theme, platform: info.platform ?? null };
}

/**
 * True when the page looks hosted by Office before office.js has said so, from the same signs office.js
 * itself reads (its `_retrieveHostInfo`): `_host_Info` in the query or in `window.name`, the host info
 * kept in sessionStorage, the desktop hosts' `window.external.GetHostInfo` / `agaveHost`, Office for
 * Mac's `webkit.messageHandlers.Agave`; and Office on the web's iframe. Only decides how long the page
 * waits for office.js: a plain browser tab waits briefly, a pane in Office longer.
 */
export function looksHostedByOffice(win: Window): boolean {
  const w = win as Window & {
    external?: { GetHostInfo?: unknown };
    agaveHost?: unknown;
    webkit?: { messageHandlers?: { Agave?: unknown } };
  };
  try {
    if (/[?&#]_host_Info=/i.test(`${w.location.search}${w.location.hash}`)) return true;
    if (/"hostInfo"/.test(w.name)) return true;
    if (w.sessionStorage?.getItem('hostInfoValue')) return true;
    if (typeof w.external?.GetHostInfo === 'function' || w.agaveHost !== undefined) return true;
    if (w.webkit?.messageHandlers?.Agave !== undefined) return true;
    return w.parent !== w;
  } catch {
    // A cross-origin parent or blocked storage throws: only a host frames the pane that way.
    return true;
  }
}

/**
 * Opens a page in the user's browser through Office (OpenBrowserWindowApi 1.1), for what the pane's
 * webview cannot do itself; null where the host lacks it (Office on the web).
 * https://learn.microsoft.com/javascript/api/requirement-sets/common/open-browser-window-api-requirement-sets
 */
export function browserOpener(office: OfficeLike | undefined): ((url: string) => void) | null {
  const context = office?.context;
  try {
    if (!context?.requirements?.isSetSupported('OpenBrowserWindowApi', '1.1')) return null;
  } catch {
    return null;
  }
  const open = context.ui?.openBrowserWindow;
  return open ? (url) => open.call(context.ui, url) : null;
}
