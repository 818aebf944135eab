/**
 * The .docx as a reader sees it: converted to PDF by LibreOffice (Debian's
 * libreoffice-writer-nogui with fonts-noto-cjk and fonts-liberation2), then read back with poppler.
 * One LibreOffice run converts all the documents, as it takes seconds.
 * LibreOffice looks fonts up through assets/fontconfig/fonts.conf, which maps the faces GB/T 9704
 * names to Noto's simplified-Chinese faces, as a Linux user's machine would be set up.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { renderDocx } from '../../src/docx/render-docx';
import { FONT } from '../../src/docx/gbt-9704';
import type { DocBlock, DocModel } from '../../src/core/document/doc-model';
import { children, descendants, parseXml, textContent, type XmlElement } from '../helpers/docx-xml';
import { largeDoc, sampleDoc } from '../helpers/sample-doc';

const FONTS_CONF = join(__dirname, '../../assets/fontconfig/fonts.conf');

const NASTY = 'x\u0000y\u0008z\u001B <script>alert(1)</script> & \uFFFF"ok"';

/** Body paragraphs of one to three lines and no headings: nothing may leave a page short of the grid. */
function gridDoc(count: number): DocModel {
  const lengths = [10, 30, 55, 20, 80, 26, 40];
  const blocks: DocBlock[] = Array.from({ length: count }, (_, i) => ({
    kind: 'paragraph',
    text: `第${i + 1}段` + '职工之家建设'.repeat(10).slice(0, lengths[i % lengths.length]) + '。',
  }));
  return { type: 'plan', lang: 'zh', title: '', unit: null, blocks };
}

const DOCS: Record<string, DocModel> = {
  'plan-zh': sampleDoc('plan', 'zh'),
  grid: gridDoc(80),
  'summary-en': sampleDoc('summary', 'en'),
  long: largeDoc(120),
  nasty: {
    type: 'plan',
    lang: 'zh',
    title: '安全测试<script>',
    unit: null,
    blocks: [
      { kind: 'title', text: '安全测试<script>' },
      { kind: 'paragraph', text: NASTY },
      { kind: 'table', caption: '附表', columns: ['月份', '活动'], rows: [['一月', NASTY]] },
    ],
  },
};

function office(): string {
  for (const name of ['libreoffice', 'soffice']) {
    try {
      execFileSync(name, ['--version'], { stdio: 'ignore' });
      return name;
    } catch {
      // not this name; try the next
    }
  }
  throw new Error('LibreOffice is not installed (apt-get install libreoffice-writer-nogui)');
}

let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'plansheet-docx-'));
  const files: string[] = [];
  for (const [name, doc] of Object.entries(DOCS)) {
    const file = join(dir, `${name}.docx`);
    writeFileSync(file, await renderDocx(doc));
    files.push(file);
  }
  // A profile of its own, so that a LibreOffice the user has open (or another test) does not get in the way.
  const profile = pathToFileURL(join(dir, 'profile')).href;
  execFileSync(office(), [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...files], {
    stdio: 'ignore',
    timeout: 110_000,
    env: { ...process.env, FONTCONFIG_FILE: FONTS_CONF },
  });
}, 120_000);

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const pdf = (name: string) => join(dir, `${name}.pdf`);

function pageCount(name: string): number {
  const info = execFileSync('pdfinfo', [pdf(name)], { encoding: 'utf8' });
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
}

interface Line {
  readonly page: number;
  readonly xMin: number;
  readonly xMax: number;
  readonly text: string;
}

/** Every line of the PDF with its page and horizontal extent (pdftotext -bbox-layout). */
function lines(name: string): { pages: XmlElement[]; lines: Line[] } {
  const xhtml = execFileSync('pdftotext', ['-bbox-layout', pdf(name), '-'], { encoding: 'utf8' }).replace(/<!DOCTYPE[^>]*>/, '');
  const pages = descendants(parseXml(xhtml), 'page');
  return {
    pages,
    lines: pages.flatMap((page, i) =>
      descendants(page, 'line').map((line) => ({
        page: i + 1,
        xMin: Number(line.attrs.xMin),
        xMax: Number(line.attrs.xMax),
        text: children(line, 'word').map(textContent).join(' '),
      })),
    ),
  };
}

const PAGE_NUMBER = /^— (\d+) —$/;
const squash = (text: string) => text.replace(/\s+/g, '');

/** The body text of the whole document, page numbers left out, with no spaces (pdftotext adds some between scripts). */
function bodyText(name: string): string {
  return squash(
    lines(name)
      .lines.filter((l) => !PAGE_NUMBER.test(l.text))
      .map((l) => l.text)
      .join(''),
  );
}

/** Where each expected text starts in `text`, or -1: in order, each search starting after the previous find. */
function positionsInOrder(text: string, expected: readonly string[]): number[] {
  let from = 0;
  return expected.map((e) => {
    const at = text.indexOf(squash(e), from);
    if (at >= 0) from = at + squash(e).length;
    return at;
  });
}

describe('renderDocx in LibreOffice', () => {
  it('shows the title, every heading and every month line of the Chinese plan, in order', () => {
    const doc = DOCS['plan-zh'];
    const colon = '：';
    const expected = doc.blocks.flatMap((b) => {
      if (b.kind === 'title') return [b.text];
      if (b.kind === 'heading') return [b.label + b.text];
      if (b.kind === 'month_line') return [b.label + colon + b.text];
      if (b.kind === 'signature') return [b.unit ?? '', b.date];
      if (b.kind === 'table') return [b.caption, ...b.rows.map((r) => r.join(''))];
      return [];
    });
    const at = positionsInOrder(bodyText('plan-zh'), expected);
    expect(expected.filter((_, i) => at[i] < 0)).toEqual([]);
    expect(at).toEqual([...at].sort((a, b) => a - b));
  });

  it('shows the English summary in order', () => {
    const doc = DOCS['summary-en'];
    const expected = doc.blocks.flatMap((b) =>
      b.kind === 'title' || b.kind === 'paragraph'
        ? [b.text]
        : b.kind === 'heading' || b.kind === 'item'
          ? [b.label + b.text]
          : b.kind === 'month_line'
            ? [`${b.label}: ${b.text}`]
            : [],
    );
    const at = positionsInOrder(bodyText('summary-en'), expected);
    expect(expected.filter((_, i) => at[i] < 0)).toEqual([]);
  });

  it('fills every page with 22 lines of 28 characters', () => {
    const { pages, lines: all } = lines('grid');
    const perPage = pages.map((_, i) => all.filter((l) => l.page === i + 1 && !PAGE_NUMBER.test(l.text)).length);
    expect(perPage.length).toBeGreaterThanOrEqual(4);
    expect(perPage.slice(0, -1)).toEqual(perPage.slice(0, -1).map(() => 22));
    // A full line holds 28 characters; a paragraph's first line, indented two characters, 26.
    const text = all.map((l) => squash(l.text));
    const first = text.findIndex((l) => l.startsWith('第5段'));
    expect([text[first].length, text[first + 1].length]).toEqual([26, 28]);
    const plan = lines('plan-zh').lines.map((l) => squash(l.text));
    const guidance = plan.findIndex((l) => l.startsWith('以习近平'));
    expect([plan[guidance].length, plan[guidance + 1].length]).toEqual([26, 28]);
  });

  it('leaves a page one line short only to keep a heading with its text, or the signature with its date', () => {
    const { pages, lines: all } = lines('long');
    const body = pages.map((_, i) => all.filter((l) => l.page === i + 1 && !PAGE_NUMBER.test(l.text)));
    const headings = new Set(
      DOCS.long.blocks.flatMap((b) =>
        b.kind === 'heading' ? [squash(b.label + b.text)] : b.kind === 'signature' ? [squash(b.unit ?? b.date)] : [],
      ),
    );
    const short = body.slice(1, -1).flatMap((page, i) => (page.length === 22 ? [] : [[page.length, squash(body[i + 2][0].text)]]));
    expect(short).toEqual(short.map(([, next]) => [21, next]));
    expect(short.filter(([, next]) => !headings.has(next as string))).toEqual([]);
  });

  it('numbers every page "— n —", odd pages on the right and even pages on the left', () => {
    const { pages, lines: all } = lines('long');
    const numbers = all.filter((l) => PAGE_NUMBER.test(l.text));
    const width = Number(pages[0].attrs.width);
    expect(numbers.map((l) => [l.page, l.text, l.page % 2 === 1 ? l.xMin > width / 2 : l.xMax < width / 2])).toEqual(
      pages.map((_, i) => [i + 1, `— ${i + 1} —`, true]),
    );
    expect(pageCount('long')).toBeGreaterThanOrEqual(4);
  });

  it('starts the schedule table on a page of its own, after the signature', () => {
    const { lines: all } = lines('plan-zh');
    const table = DOCS['plan-zh'].blocks.find((b) => b.kind === 'table');
    const pageOf = (text: string) => all.find((l) => squash(l.text) === squash(text))?.page;
    const signature = pageOf('2024年1月8日') ?? NaN;
    expect([pageOf(table?.kind === 'table' ? table.caption : ''), pageCount('plan-zh')]).toEqual([signature + 1, signature + 1]);
    expect(signature).toBeLessThanOrEqual(3);
  });

  it('finds a simplified-Chinese face for every face the document names, through the fontconfig file', () => {
    const faces = [...new Set(Object.values(FONT))];
    const found = faces.map((face) =>
      execFileSync('fc-match', ['--format=%{family[0]}', face], { encoding: 'utf8', env: { ...process.env, FONTCONFIG_FILE: FONTS_CONF } }),
    );
    expect(found).toEqual(faces.map((face) => (face === FONT.heading1 ? 'Noto Sans CJK SC' : 'Noto Serif CJK SC')));
  });

  it('embeds a Chinese font for the Chinese text', () => {
    expect(execFileSync('pdffonts', [pdf('plan-zh')], { encoding: 'utf8' })).toMatch(/CJK/);
  });

  it('opens a document whose cells held control characters and shows <script> as text', () => {
    expect(pageCount('nasty')).toBe(2);
    const text = bodyText('nasty');
    expect(text.split(squash('xyz <script>alert(1)</script> & "ok"')).length - 1).toBe(2);
    expect(text.startsWith(squash('安全测试<script>'))).toBe(true);
  });
});
