/**
 * The inline script of taskpane.html must run where the bundle cannot (Internet Explorer 11, EdgeHTML):
 * it is ES5 in syntax and in the library it calls, and it puts up the old-webview message when the
 * bundle does not start or does not parse.
 */
import { parse, tokenizer } from 'acorn';
import fs from 'fs';
import { JSDOM, ResourceLoader } from 'jsdom';
import path from 'path';

const TEMPLATE = fs.readFileSync(path.resolve(__dirname, '../../src/taskpane/taskpane.html'), 'utf8');
const SCRIPT = /<script id="plansheet-boot">([\s\S]*?)<\/script>/.exec(TEMPLATE)?.[1] ?? '';

const IE11_UA = 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; rv:11.0) like Gecko';
const EDGE_HTML_UA =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.17763';
const CHROMIUM_UA = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36';

/** The page's body with the script run in it, as a webview with this user agent would. */
function runBoot(userAgent: string): JSDOM {
  const dom = new JSDOM('<!doctype html><body><div id="root"><p class="boot">正在加载计划表助手…</p></div></body>', {
    runScripts: 'outside-only',
    url: 'https://plansheet.example/taskpane.html?_host_Info=Excel$Win32$16.01$zh-CN$$$$0',
    resources: new ResourceLoader({ userAgent }),
  });
  dom.window.eval(SCRIPT);
  return dom;
}

function shown(dom: JSDOM): { boot: string | null; text: string } {
  const box = dom.window.document.querySelector('#root [data-boot]');
  return { boot: box?.getAttribute('data-boot') ?? null, text: dom.window.document.getElementById('root')?.textContent ?? '' };
}

describe('the boot script in taskpane.html', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('is there, and parses as ECMAScript 5', () => {
    expect(SCRIPT.length).toBeGreaterThan(500);
    expect(() => parse(SCRIPT, { ecmaVersion: 5, sourceType: 'script' })).not.toThrow();
  });

  it('would be refused by the ES5 parser for later syntax (the check can fail)', () => {
    expect(() => parse('var f = (a) => a?.b;', { ecmaVersion: 5, sourceType: 'script' })).toThrow();
  });

  it('calls nothing that Internet Explorer 11 lacks', () => {
    const later = [
      'Promise',
      'fetch',
      'Symbol',
      'Map',
      'Set',
      'includes',
      'startsWith',
      'endsWith',
      'assign',
      'from',
      'classList',
      'append',
      'prepend',
      'remove',
      'replaceChildren',
      'closest',
      'matches',
      'dataset',
      'forEach',
      'addEventListener',
    ];
    const tokens = [...tokenizer(SCRIPT, { ecmaVersion: 5 })].filter((t) => t.type.label === 'name');
    const names = new Set(tokens.map((t) => String((t as { value?: unknown }).value)));
    expect(later.filter((name) => names.has(name))).toEqual([]);
  });

  it.each([
    ['Internet Explorer 11', IE11_UA],
    ['EdgeHTML', EDGE_HTML_UA],
  ])('in %s, says after 3 s that this Office cannot run the add-in, in Chinese and English', (_name, ua) => {
    const dom = runBoot(ua);
    jest.advanceTimersByTime(2999);
    expect(shown(dom).boot).toBeNull();
    jest.advanceTimersByTime(1);
    expect(shown(dom)).toEqual({
      boot: 'unsupported',
      text:
        '此版本的 Office 不支持本加载项。' +
        '请使用 Microsoft 365、Office 2021 或更新版本，或在浏览器中打开 https://plansheet.example/taskpane.html 使用计划表助手。' +
        'This version of Office cannot run PlanSheet.' +
        'Use Microsoft 365, Office 2021 or later, or open https://plansheet.example/taskpane.html in a web browser.',
    });
  });

  it('says so at once when the bundle fails to parse, whatever the browser says it is', () => {
    const dom = runBoot(CHROMIUM_UA);
    dom.window.onerror?.('SyntaxError: Unexpected token ?.', 'https://plansheet.example/taskpane.0123abcd.js', 1, 1, undefined);
    expect(shown(dom).boot).toBe('unsupported');
  });

  it('in a current browser whose bundle is late, says it is slow rather than unsupported', () => {
    const dom = runBoot(CHROMIUM_UA);
    jest.advanceTimersByTime(3000);
    expect(shown(dom).boot).toBe('slow');
  });

  it('stays quiet once the bundle has started, and about errors of office.js', () => {
    const dom = runBoot(IE11_UA);
    const boot = (dom.window as unknown as { __plansheetBoot: { started: boolean } }).__plansheetBoot;
    dom.window.onerror?.('Script error.', 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js', 1, 1, undefined);
    boot.started = true;
    jest.advanceTimersByTime(5000);
    expect(shown(dom)).toEqual({ boot: null, text: '正在加载计划表助手…' });
  });

  it('records when office.js loads or fails, for the bundle to wait on', () => {
    const dom = runBoot(CHROMIUM_UA);
    type Boot = { office: string; waiting: ((s: string) => void)[]; officeDone(s: string): void };
    const boot = (dom.window as unknown as { __plansheetBoot: Boot }).__plansheetBoot;
    const heard: string[] = [];
    boot.waiting.push((s) => heard.push(s));
    boot.officeDone('failed');
    boot.officeDone('loaded');
    expect([boot.office, heard]).toEqual(['failed', ['failed']]);
  });
});
