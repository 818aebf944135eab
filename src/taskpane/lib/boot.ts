/**
 * What the inline script of taskpane.html (`#plansheet-boot`, ES5) shares with the bundle: whether
 * office.js has arrived, and a flag the bundle sets as it starts, so that the page's fallback message
 * (old webview, or loading slowly) is not shown over a pane that runs.
 */
export interface BootState {
  /** 'loading' until office.js's script element fires load or error. */
  office: 'loading' | 'loaded' | 'failed';
  started: boolean;
  /** Which fallback message the inline script put up, if any. */
  shown: 'unsupported' | 'slow' | null;
  waiting: ((state: 'loaded' | 'failed') => void)[];
}

type BootWindow = Window & { __plansheetBoot?: BootState };

/** Tells the inline script that the bundle runs (it parsed: this is no old webview). */
export function markStarted(win: Window = window): void {
  const boot = (win as BootWindow).__plansheetBoot;
  if (boot) boot.started = true;
}

/**
 * Resolves when office.js has loaded or failed, as the inline script saw it; 'failed' at once on a page
 * without the inline script or without the office.js tag (the Excel test page brings its own `Office`).
 */
export function officeScriptSettled(win: Window = window): Promise<'loaded' | 'failed'> {
  const boot = (win as BootWindow).__plansheetBoot;
  if (!boot) return Promise.resolve('failed');
  if (boot.office !== 'loading') return Promise.resolve(boot.office);
  if (!win.document.querySelector('script[src*="appsforoffice.microsoft.com"]')) return Promise.resolve('failed');
  return new Promise((resolve) => boot.waiting.push(resolve));
}

/** Resolves with `promise`'s value, or with `fallback` after `ms`, whichever comes first. */
export function withDeadline<T, F>(promise: Promise<T>, ms: number, fallback: F): Promise<T | F> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => resolve(fallback), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
