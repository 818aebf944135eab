import { officeHost, type OfficeLike } from '../../src/taskpane/office-host';

function office(host: string | null, context?: OfficeLike['context']): OfficeLike {
  return { onReady: () => Promise.resolve({ host, platform: host ? 'OfficeOnline' : null }), context };
}

describe('officeHost', () => {
  it('reads Excel with its language and theme', async () => {
    await expect(officeHost(office('Excel', { displayLanguage: 'en-US', officeTheme: { bodyBackgroundColor: '#262626' } }))).resolves.toEqual({
      inExcel: true,
      displayLanguage: 'en-US',
      themeBackground: '#262626',
    });
  });

  it('takes a browser page (no host) as the file mode', async () => {
    await expect(officeHost(office(null))).resolves.toEqual({ inExcel: false, displayLanguage: null, themeBackground: null });
  });

  it('takes another Office app as the file mode', async () => {
    await expect(officeHost(office('Word', { displayLanguage: 'zh-CN' }))).resolves.toEqual({
      inExcel: false,
      displayLanguage: null,
      themeBackground: null,
    });
  });

  it('takes a missing Office.js (offline, blocked) as the file mode', async () => {
    await expect(officeHost(undefined)).resolves.toEqual({ inExcel: false, displayLanguage: null, themeBackground: null });
  });

  it('takes an Office.js that cannot start as the file mode, and says so in the console', async () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      await expect(officeHost({ onReady: () => Promise.reject(new Error('no host')) })).resolves.toEqual({
        inExcel: false,
        displayLanguage: null,
        themeBackground: null,
      });
      expect(warn.mock.calls.map((c) => c[0])).toEqual(['Office.js did not start; opening the file mode.']);
    } finally {
      warn.mockRestore();
    }
  });
});
