import { browserOpener, looksHostedByOffice, officeHost, type OfficeLike } from '../../src/taskpane/office-host';

const NOWHERE = { inExcel: false, displayLanguage: null, themeBackground: null, platform: null };

function office(host: string | null, context?: OfficeLike['context']): OfficeLike {
  return { onReady: () => Promise.resolve({ host, platform: host ? 'OfficeOnline' : null }), context };
}

describe('officeHost', () => {
  it('reads Excel with its language and theme', async () => {
    await expect(
      officeHost(office('Excel', { displayLanguage: 'en-US', officeTheme: { bodyBackgroundColor: '#262626' } })),
    ).resolves.toEqual({
      inExcel: true,
      displayLanguage: 'en-US',
      themeBackground: '#262626',
      platform: 'OfficeOnline',
    });
  });

  it('takes a browser page (no host) as the file mode', async () => {
    await expect(officeHost(office(null))).resolves.toEqual(NOWHERE);
  });

  it('takes another Office app as the file mode', async () => {
    await expect(officeHost(office('Word', { displayLanguage: 'zh-CN' }))).resolves.toEqual({
      inExcel: false,
      displayLanguage: null,
      themeBackground: null,
      platform: null,
    });
  });

  it('takes a missing Office.js (offline, blocked) as the file mode', async () => {
    await expect(officeHost(undefined)).resolves.toEqual(NOWHERE);
  });

  it('takes an Office.js that cannot start as the file mode, and says so in the console', async () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      await expect(officeHost({ onReady: () => Promise.reject(new Error('no host')) })).resolves.toEqual({
        inExcel: false,
        displayLanguage: null,
        themeBackground: null,
        platform: null,
      });
      expect(warn.mock.calls.map((c) => c[0])).toEqual(['Office.js did not start; opening the file mode.']);
    } finally {
      warn.mockRestore();
    }
  });
});

/** Just enough of a window for looksHostedByOffice. */
function page(over: Record<string, unknown> = {}): Window {
  const win: Record<string, unknown> = {
    location: { search: '', hash: '' },
    name: '',
    sessionStorage: { getItem: () => null },
    external: {},
    ...over,
  };
  win.parent = over.parent ?? win;
  return win as unknown as Window;
}

describe('looksHostedByOffice', () => {
  it('reads the signs office.js itself reads', () => {
    expect([
      looksHostedByOffice(page()),
      looksHostedByOffice(page({ location: { search: '?_host_Info=Excel$Win32$16.01$zh-CN$$$$0', hash: '' } })),
      looksHostedByOffice(page({ name: JSON.stringify({ hostInfo: 'Excel|Mac|16.00' }) })),
      looksHostedByOffice(page({ sessionStorage: { getItem: (k: string) => (k === 'hostInfoValue' ? 'Excel$Web$16.00' : null) } })),
      looksHostedByOffice(page({ external: { GetHostInfo: () => 'Excel' } })),
      looksHostedByOffice(page({ webkit: { messageHandlers: { Agave: {} } } })),
      looksHostedByOffice(page({ parent: {} })),
    ]).toEqual([false, true, true, true, true, true, true]);
  });
});

describe('browserOpener', () => {
  it('opens through Office where OpenBrowserWindowApi 1.1 is there, and not elsewhere', () => {
    const opened: string[] = [];
    const withApi: OfficeLike = {
      onReady: () => Promise.resolve({ host: 'Excel', platform: 'Mac' }),
      context: {
        requirements: { isSetSupported: (name) => name === 'OpenBrowserWindowApi' },
        ui: { openBrowserWindow: (url) => opened.push(url) },
      },
    };
    const withoutApi: OfficeLike = { ...withApi, context: { ...withApi.context, requirements: { isSetSupported: () => false } } };
    browserOpener(withApi)?.('https://example.org/taskpane.html');
    expect([opened, browserOpener(withoutApi), browserOpener(undefined)]).toEqual([['https://example.org/taskpane.html'], null, null]);
  });
});
