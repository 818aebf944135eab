/** @jest-environment jsdom */
import { markStarted, officeScriptSettled, withDeadline, type BootState } from '../../../src/taskpane/lib/boot';

function bootState(): BootState {
  return { office: 'loading', started: false, shown: null, waiting: [] };
}

describe('the boot handshake with taskpane.html', () => {
  afterEach(() => {
    delete (window as { __plansheetBoot?: unknown }).__plansheetBoot;
    document.head.innerHTML = '';
  });

  it('marks the bundle started', () => {
    const boot = bootState();
    (window as { __plansheetBoot?: BootState }).__plansheetBoot = boot;
    markStarted();
    expect(boot.started).toBe(true);
  });

  it('waits for the office.js tag to load or fail, as the inline script reports it', async () => {
    const boot = bootState();
    (window as { __plansheetBoot?: BootState }).__plansheetBoot = boot;
    const script = document.createElement('script');
    script.setAttribute('src', 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js');
    document.head.appendChild(script);
    const settled = officeScriptSettled();
    expect(boot.waiting).toHaveLength(1);
    boot.waiting[0]('failed');
    await expect(settled).resolves.toBe('failed');
  });

  it('does not wait where there is no office.js tag or no inline script', async () => {
    await expect(officeScriptSettled()).resolves.toBe('failed');
    (window as { __plansheetBoot?: BootState }).__plansheetBoot = bootState();
    await expect(officeScriptSettled()).resolves.toBe('failed');
  });
});

describe('withDeadline', () => {
  it('gives the value when it comes in time, and the fallback when it does not', async () => {
    jest.useFakeTimers();
    try {
      const late = withDeadline(new Promise<string>(() => undefined), 1500, 'timeout');
      jest.advanceTimersByTime(1500);
      await expect(late).resolves.toBe('timeout');
      await expect(withDeadline(Promise.resolve('office'), 1500, 'timeout')).resolves.toBe('office');
    } finally {
      jest.useRealTimers();
    }
  });
});
