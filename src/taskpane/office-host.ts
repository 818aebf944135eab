/** What the page learns from Office.js before it renders. */
export interface HostInfo {
  /** True inside Excel; false in a plain browser, in another Office app, or when Office.js did not load. */
  readonly inExcel: boolean;
  /** Office's display language (e.g. 'zh-CN'), when inside Excel. */
  readonly displayLanguage: string | null;
  /** Office's theme body background (e.g. '#262626'), when Office reports one. */
  readonly themeBackground: string | null;
}

/** The part of the `Office` global this page reads. */
export interface OfficeLike {
  onReady(): Promise<{ host: string | null; platform: string | null }>;
  readonly context?: {
    readonly displayLanguage?: string;
    readonly officeTheme?: { readonly bodyBackgroundColor?: string } | null;
  };
}

const NOT_IN_OFFICE: HostInfo = { inExcel: false, displayLanguage: null, themeBackground: null };

/**
 * Asks Office.js where the page runs. Outside Office `Office.onReady` resolves
 * with no host; when office.js could not load at all (offline, blocked) there is
 * no `Office` global. Both mean the plain-web-page mode.
 */
export async function officeHost(office: OfficeLike | undefined): Promise<HostInfo> {
  if (!office || typeof office.onReady !== 'function') return NOT_IN_OFFICE;
  let info: { host: string | null };
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
  return { inExcel: true, displayLanguage: office.context?.displayLanguage ?? null, themeBackground: theme };
}
