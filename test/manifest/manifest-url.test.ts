import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { DEV_BASE_URL, normalizeBaseUrl, rewriteManifestUrls } from '../../scripts/manifest-url.js';
import { checkManifest, describeManifest } from '../../scripts/manifest-checks.js';
import { findSchema, runXmllint } from '../../scripts/validate-manifest.js';

const ROOT = path.resolve(__dirname, '..', '..');
const xml = readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
const PROD = 'https://addins.example.org/plansheet/';

describe('rewriteManifestUrls on manifest.xml', () => {
  const rewritten = rewriteManifestUrls(xml, PROD);

  it('leaves no development URL behind and changes nothing else', () => {
    expect(rewritten).not.toMatch(/https?:\/\/localhost/);
    expect(rewritten.split(PROD).join(DEV_BASE_URL)).toBe(xml);
  });

  it('points the task pane, the button, the icons and the help page at the production site', () => {
    const described = describeManifest(rewritten);
    const control = described.versionOverrides?.ribbon[0].controls[0];
    expect({
      sourceLocation: described.sourceLocation,
      iconUrl: described.iconUrl,
      highResolutionIconUrl: described.highResolutionIconUrl,
      supportUrl: described.supportUrl,
      buttonSource: control?.action?.sourceLocation,
      buttonIcons: control?.icons,
    }).toEqual({
      sourceLocation: { default: `${PROD}taskpane.html` },
      iconUrl: { default: `${PROD}assets/icon-32.png` },
      highResolutionIconUrl: { default: `${PROD}assets/icon-64.png` },
      supportUrl: { default: `${PROD}assets/help.html` },
      buttonSource: { default: `${PROD}taskpane.html` },
      buttonIcons: {
        16: `${PROD}assets/icon-16.png`,
        32: `${PROD}assets/icon-32.png`,
        64: `${PROD}assets/icon-64.png`,
        80: `${PROD}assets/icon-80.png`,
      },
    });
  });

  it('gives a manifest that still validates and passes the checks against its new base', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'plansheet-url-'));
    try {
      const file = path.join(dir, 'manifest.xml');
      writeFileSync(file, rewritten);
      expect(runXmllint(file, findSchema())).toEqual({ ok: true, output: `${file} validates` });
      expect(checkManifest(rewritten, { assetsDir: path.join(ROOT, 'assets'), baseUrl: PROD })).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('rewriteManifestUrls', () => {
  it('adds the missing final slash, and gives an AppDomain the production origin', () => {
    const source = '<AppDomain>https://localhost:3000</AppDomain><SourceLocation DefaultValue="https://localhost:3000/taskpane.html"/>';
    expect(rewriteManifestUrls(source, 'https://addins.example.org/plansheet')).toBe(
      '<AppDomain>https://addins.example.org</AppDomain><SourceLocation DefaultValue="https://addins.example.org/plansheet/taskpane.html"/>',
    );
  });

  it('escapes what XML needs escaped in the new address', () => {
    expect(rewriteManifestUrls('<X DefaultValue="https://localhost:3000/a.html"/>', "https://example.org/r&d/o'k/")).toBe(
      `<X DefaultValue="https://example.org/r&amp;d/o&apos;k/a.html"/>`,
    );
  });

  it('leaves other servers on localhost alone', () => {
    expect(rewriteManifestUrls('https://localhost:30001/x https://localhost:3000/y', 'https://example.org/')).toBe(
      'https://localhost:30001/x https://example.org/y',
    );
  });

  it('refuses an address Office cannot load or that files cannot be appended to', () => {
    expect(() => rewriteManifestUrls(xml, 'http://addins.example.org/')).toThrow(
      new Error('The production URL "http://addins.example.org/" must start with https:// — Office loads add-ins only over https.'),
    );
    expect(() => rewriteManifestUrls(xml, 'addins.example.org')).toThrow(
      new Error(
        'The production URL "addins.example.org" is not a URL. Set PLANSHEET_URL to an address such as https://addins.example.org/plansheet/',
      ),
    );
    expect(() => rewriteManifestUrls(xml, 'https://addins.example.org/?v=2')).toThrow(
      new Error(
        'The production URL "https://addins.example.org/?v=2" must be a plain folder address, without a query, fragment or user name: file names are appended to it.',
      ),
    );
  });

  it('refuses a manifest with no development URL, rather than ship one still pointing at localhost:3000 by mistake', () => {
    const once = rewriteManifestUrls(xml, PROD);
    expect(() => rewriteManifestUrls(once, PROD)).toThrow(
      new Error(
        "The manifest has no https://localhost:3000/ URL to rewrite; was it already rewritten, or did the dev server's address change?",
      ),
    );
  });

  it('maps every development URL to the same path under any https base', () => {
    const segment = fc.stringMatching(/^[a-z0-9-]{1,12}$/);
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 3 }), fc.boolean(), (segments, trailingSlash) => {
        const given = `https://example.org/${segments.join('/')}${trailingSlash && segments.length ? '/' : ''}`;
        const base = normalizeBaseUrl(given);
        const out = rewriteManifestUrls(xml, given);
        expect(base.endsWith('/')).toBe(true);
        expect(out.split(base).join(DEV_BASE_URL)).toBe(xml);
      }),
    );
  });
});
