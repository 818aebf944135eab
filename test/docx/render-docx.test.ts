import { execFileSync } from 'node:child_process';
import { buildDocument } from '../../src/core/document/build-document';
import { renderDocx } from '../../src/docx/render-docx';
import type { DocBlock, DocModel, DocType } from '../../src/core/document/doc-model';
import type { Lang } from '../../src/core/words/lang';
import { child, children, descendants, parseXml, textContent, unzipParts, type XmlElement } from '../helpers/docx-xml';
import { makeAnalysis } from '../helpers/make-analysis';
import { sampleDoc } from '../helpers/sample-doc';

const CREATED = new Date(Date.UTC(2024, 0, 8, 9, 30, 0));

interface ReadBack {
  readonly parts: Map<string, string>;
  readonly part: (path: string) => XmlElement;
  readonly body: XmlElement;
  readonly styles: XmlElement;
}

async function readBack(doc: DocModel): Promise<ReadBack> {
  const parts = await unzipParts(await renderDocx(doc, { date: CREATED }));
  const part = (path: string): XmlElement => {
    const xml = parts.get(path);
    if (xml === undefined) throw new Error(`${path} is missing from the package`);
    return parseXml(xml);
  };
  const body = child(part('word/document.xml'), 'w:body');
  if (body === undefined) throw new Error('no w:body');
  return { parts, part, body, styles: part('word/styles.xml') };
}

/** Attributes without the w: prefix, for shorter expectations. */
function attrs(el: XmlElement | undefined): Record<string, string> | undefined {
  if (el === undefined) return undefined;
  return Object.fromEntries(Object.entries(el.attrs).map(([k, v]) => [k.replace(/^w:/, ''), v]));
}

/** What a reader sees of a paragraph: its text, tabs, line breaks, and fields as {PAGE}. */
function paragraphText(el: XmlElement): string {
  return el.children
    .map((c) => {
      if (typeof c === 'string') return '';
      if (c.name === 'w:t') return textContent(c);
      if (c.name === 'w:tab' && el.name === 'w:r') return '\t';
      if (c.name === 'w:br') return '\n';
      if (c.name === 'w:instrText') return `{${textContent(c).trim()}}`;
      if (c.name === 'w:pPr' || c.name === 'w:rPr') return '';
      return paragraphText(c);
    })
    .join('');
}

function styleOf(p: XmlElement): string {
  return child(child(p, 'w:pPr'), 'w:pStyle')?.attrs['w:val'] ?? 'Normal';
}

/** [style, text] of every paragraph of the body, tables included, in order. */
function paragraphs(body: XmlElement): [string, string][] {
  return descendants(body, 'w:p').map((p) => [styleOf(p), paragraphText(p)]);
}

/** The formatting a style ends up with: document defaults, then each style it is based on, then its own. */
interface Effective {
  fonts: Record<string, string>;
  size?: string;
  bold: boolean;
  italic: boolean;
  color?: string;
  charSpacing?: string;
  jc?: string;
  ind: Record<string, string>;
  spacing: Record<string, string>;
  outline?: string;
}

const on = (el: XmlElement | undefined): boolean | undefined =>
  el === undefined ? undefined : !['false', '0', 'off'].includes(el.attrs['w:val'] ?? 'true');

function apply(into: Effective, pPr: XmlElement | undefined, rPr: XmlElement | undefined): void {
  Object.assign(into.fonts, attrs(child(rPr, 'w:rFonts')));
  into.size = child(rPr, 'w:sz')?.attrs['w:val'] ?? into.size;
  into.bold = on(child(rPr, 'w:b')) ?? into.bold;
  into.italic = on(child(rPr, 'w:i')) ?? into.italic;
  into.color = child(rPr, 'w:color')?.attrs['w:val'] ?? into.color;
  into.charSpacing = child(rPr, 'w:spacing')?.attrs['w:val'] ?? into.charSpacing;
  into.jc = child(pPr, 'w:jc')?.attrs['w:val'] ?? into.jc;
  Object.assign(into.ind, attrs(child(pPr, 'w:ind')));
  Object.assign(into.spacing, attrs(child(pPr, 'w:spacing')));
  into.outline = child(pPr, 'w:outlineLvl')?.attrs['w:val'] ?? into.outline;
}

function effectiveStyle(styles: XmlElement, id: string): Effective {
  const byId = new Map(children(styles, 'w:style').map((s) => [s.attrs['w:styleId'], s]));
  const chain: XmlElement[] = [];
  for (let s = byId.get(id); s !== undefined; s = byId.get(child(s, 'w:basedOn')?.attrs['w:val'] ?? '')) chain.unshift(s);
  if (chain.length === 0) throw new Error(`no style ${id}`);
  const defaults = child(styles, 'w:docDefaults');
  const result: Effective = { fonts: {}, bold: false, italic: false, ind: {}, spacing: {} };
  apply(result, child(child(defaults, 'w:pPrDefault'), 'w:pPr'), child(child(defaults, 'w:rPrDefault'), 'w:rPr'));
  for (const s of chain) apply(result, child(s, 'w:pPr'), child(s, 'w:rPr'));
  return result;
}

const TNR = 'Times New Roman';
const EXACT = { line: '579', lineRule: 'exact', before: '0', after: '0' };
const BODY_INDENT = { firstLine: '640', firstLineChars: '200' };
const NO_INDENT = { firstLine: '0', firstLineChars: '0' };

/** The styles GB/T 9704 asks for, as a reader of styles.xml finds them. */
function expectedStyles(lang: Lang): Record<string, Effective> {
  const zh = lang === 'zh';
  // The eastAsia hint is set once, in the document defaults, and only for Chinese.
  const hint: Record<string, string> = zh ? { hint: 'eastAsia' } : {};
  const face = (eastAsia: string, latin = TNR): Record<string, string> => ({ ascii: latin, hAnsi: latin, cs: latin, eastAsia, ...hint });
  const body: Effective = {
    fonts: face('仿宋_GB2312'),
    size: '32',
    bold: false,
    italic: false,
    charSpacing: zh ? '-5' : undefined,
    jc: zh ? 'both' : 'left',
    ind: BODY_INDENT,
    spacing: EXACT,
  };
  const heading = (eastAsia: string, outline: string, bold: boolean): Effective => ({
    ...body,
    fonts: face(eastAsia),
    color: '000000',
    bold,
    outline,
  });
  return {
    Normal: body,
    Title: {
      ...body,
      fonts: face('方正小标宋简体'),
      size: '44',
      bold: !zh,
      color: '000000',
      jc: 'center',
      ind: NO_INDENT,
      spacing: { ...EXACT, after: '579' },
    },
    Heading1: heading('黑体', '0', !zh),
    Heading2: heading('楷体_GB2312', '1', !zh),
    Heading3: heading('仿宋_GB2312', '2', false),
    Heading4: heading('仿宋_GB2312', '3', false),
    Heading5: heading('仿宋_GB2312', '4', false),
    Heading6: heading('仿宋_GB2312', '5', false),
    Footer: { ...body, fonts: face('宋体', '宋体'), size: '28', ind: NO_INDENT, spacing: { ...EXACT, line: '240', lineRule: 'auto' } },
    Caption: {
      ...body,
      fonts: face('黑体'),
      color: '000000',
      bold: !zh,
      jc: 'center',
      ind: NO_INDENT,
      spacing: { ...EXACT, after: '579' },
    },
    TableText: { ...body, size: '24', jc: 'left', ind: NO_INDENT, spacing: { ...EXACT, line: '360', lineRule: 'atLeast' } },
    TableHeading: {
      ...body,
      fonts: face('黑体'),
      size: '24',
      bold: !zh,
      jc: 'center',
      ind: NO_INDENT,
      spacing: { ...EXACT, line: '360', lineRule: 'atLeast' },
    },
  };
}

/** The paragraphs the model asks for: which style each block takes and the text it shows. */
function expectedParagraphs(doc: DocModel): [string, string][] {
  const colon = doc.lang === 'zh' ? '：' : ': ';
  return doc.blocks.flatMap((block: DocBlock): [string, string][] => {
    switch (block.kind) {
      case 'title':
        return [['Title', block.text]];
      case 'heading':
        return [[`Heading${block.level}`, block.label + block.text]];
      case 'paragraph':
        return [['Normal', block.text]];
      case 'item':
        return [['Normal', block.label + block.text]];
      case 'month_line':
        return [['Normal', block.label + colon + block.text]];
      case 'signature':
        return [block.unit, block.date].filter((t): t is string => Boolean(t)).map((t) => ['Normal', t]);
      case 'table':
        return [
          ['Caption', block.caption],
          ...block.columns.map((c): [string, string] => ['TableHeading', c]),
          ...block.rows.flatMap((row) => row.map((c): [string, string] => ['TableText', c])),
        ];
    }
  });
}

const CASES: readonly [DocType, Lang][] = [
  ['plan', 'zh'],
  ['summary', 'zh'],
  ['plan', 'en'],
  ['summary', 'en'],
];

describe.each(CASES)('renderDocx: %s in %s', (type, lang) => {
  const doc = sampleDoc(type, lang);
  let read: ReadBack;
  beforeAll(async () => {
    read = await readBack(doc);
  });

  it('writes every block as a paragraph of its style, in order', () => {
    expect(paragraphs(read.body)).toEqual(expectedParagraphs(doc));
  });

  it('lays out an A4 page with the GB/T 9704 margins and footers for odd and even pages', () => {
    const sectPr = child(read.body, 'w:sectPr') as XmlElement;
    const rels = read.part('word/_rels/document.xml.rels');
    const target = (id: string) => children(rels, 'Relationship').find((r) => r.attrs.Id === id)?.attrs.Target;
    expect({
      pgSz: attrs(child(sectPr, 'w:pgSz')),
      pgMar: attrs(child(sectPr, 'w:pgMar')),
      footers: children(sectPr, 'w:footerReference').map((f) => [f.attrs['w:type'], target(f.attrs['r:id'])]),
      headers: children(sectPr, 'w:headerReference').length,
    }).toEqual({
      pgSz: { w: '11906', h: '16838', orient: 'portrait' },
      pgMar: { top: '2098', right: '1474', bottom: '1984', left: '1587', header: '850', footer: '1247', gutter: '0' },
      footers: [
        ['default', 'footer1.xml'],
        ['even', 'footer2.xml'],
      ],
      headers: 0,
    });
  });

  it('defines the body, title, heading, footer and table styles of GB/T 9704', () => {
    const expected = expectedStyles(lang);
    const actual = Object.fromEntries(Object.keys(expected).map((id) => [id, effectiveStyle(read.styles, id)]));
    expect(actual).toEqual(expected);
  });

  it('numbers pages "— 1 —" in 宋体 4号, right on odd pages and left on even ones, one character in', () => {
    const footer = (path: string) => {
      const p = child(read.part(path), 'w:p') as XmlElement;
      const pPr = child(p, 'w:pPr');
      return { style: styleOf(p), jc: attrs(child(pPr, 'w:jc')), ind: attrs(child(pPr, 'w:ind')), text: paragraphText(p) };
    };
    expect([footer('word/footer1.xml'), footer('word/footer2.xml')]).toEqual([
      { style: 'Footer', jc: { val: 'right' }, ind: { right: '280', ...NO_INDENT }, text: '— {PAGE} —' },
      { style: 'Footer', jc: { val: 'left' }, ind: { left: '280', ...NO_INDENT }, text: '— {PAGE} —' },
    ]);
    expect(child(read.part('word/settings.xml'), 'w:evenAndOddHeaders')).toBeDefined();
  });

  it('signs on the right, two characters in, one blank line below the body', () => {
    const signature = doc.blocks.find((b) => b.kind === 'signature');
    if (signature?.kind !== 'signature') throw new Error('the sample has a signature');
    const lines = [signature.unit, signature.date].filter((t): t is string => Boolean(t));
    const found = descendants(read.body, 'w:p')
      .filter((p) => lines.includes(paragraphText(p)))
      .map((p) => {
        const pPr = child(p, 'w:pPr');
        return {
          text: paragraphText(p),
          jc: attrs(child(pPr, 'w:jc')),
          ind: attrs(child(pPr, 'w:ind')),
          spacing: attrs(child(pPr, 'w:spacing')),
        };
      });
    expect(found).toEqual(
      lines.map((text, i) => ({
        text,
        jc: { val: 'right' },
        ind: { right: '640', ...NO_INDENT },
        spacing: i === 0 ? { before: '579' } : undefined,
      })),
    );
  });

  it('gives the document its title and the unit as author', () => {
    const core = read.part('docProps/core.xml');
    expect(Object.fromEntries(core.children.map((c) => (typeof c === 'string' ? ['', c] : [c.name, textContent(c)])))).toEqual({
      'dc:title': doc.title,
      ...(doc.unit ? { 'dc:creator': doc.unit, 'cp:lastModifiedBy': doc.unit } : {}),
      'dc:language': lang === 'zh' ? 'zh-CN' : 'en-US',
      'dcterms:created': '2024-01-08T09:30:00Z',
      'dcterms:modified': '2024-01-08T09:30:00Z',
    });
  });
});

describe('renderDocx', () => {
  it('anchors the Chinese plan on the text a secretary expects', async () => {
    const { body } = await readBack(sampleDoc('plan', 'zh'));
    expect(paragraphs(body).slice(0, 7)).toEqual([
      ['Title', '杭州市××中学工会2024年工作计划'],
      ['Heading1', '一、指导思想'],
      [
        'Normal',
        '以习近平新时代中国特色社会主义思想为指导，围绕学校中心工作，切实履行工会维护、建设、参与、教育四项职能，团结动员全体教职工为学校发展贡献力量。',
      ],
      ['Heading1', '二、主要工作'],
      ['Heading2', '（一）组织建设'],
      ['Normal', '1、制定本年度工会工作计划，于一月底前报学校党支部审定。'],
      ['Normal', '2、开展“教工小家”评比，推进“职工之家”建设。'],
    ]);
    expect(paragraphs(body).filter(([, text]) => /^[一二三四五六七八九十]+月：/.test(text))[2]).toEqual([
      'Normal',
      '三月：庆“三八”女教职工趣味运动会；召开第五届教职工代表大会第三次会议。',
    ]);
  });

  it('declares each official face with the faces to try when it is missing', async () => {
    const { part } = await readBack(sampleDoc('plan', 'zh'));
    const fonts = children(part('word/fontTable.xml'), 'w:font').map((f) => [
      f.attrs['w:name'],
      child(f, 'w:altName')?.attrs['w:val'] ?? null,
      child(f, 'w:charset')?.attrs['w:val'],
    ]);
    expect(fonts).toEqual([
      ['Times New Roman', null, '00'],
      ['仿宋_GB2312', '仿宋,FangSong', '86'],
      ['仿宋', 'FangSong', '86'],
      ['方正小标宋简体', '宋体,SimSun', '86'],
      ['宋体', 'SimSun', '86'],
      ['黑体', 'SimHei', '86'],
      ['楷体_GB2312', '楷体,KaiTi', '86'],
      ['楷体', 'KaiTi', '86'],
    ]);
  });

  it('lays the schedule table across the text block, header row repeated on each page', async () => {
    const { body } = await readBack(sampleDoc('plan', 'zh'));
    const table = descendants(body, 'w:tbl')[0];
    const grid = children(child(table, 'w:tblGrid') as XmlElement, 'w:gridCol').map((c) => Number(c.attrs['w:w']));
    const rows = children(table, 'w:tr');
    expect({
      columns: grid.length,
      total: grid.reduce((a, b) => a + b, 0) <= 11906 - 1587 - 1474,
      widest: grid.indexOf(Math.max(...grid)),
      header: child(child(rows[0], 'w:trPr'), 'w:tblHeader') !== undefined,
      repeatedElsewhere: rows.slice(1).some((r) => child(child(r, 'w:trPr'), 'w:tblHeader') !== undefined),
      captionStartsPage: descendants(body, 'w:p').some(
        (p) => styleOf(p) === 'Caption' && child(child(p, 'w:pPr'), 'w:pageBreakBefore') !== undefined,
      ),
    }).toEqual({ columns: 4, total: true, widest: 1, header: true, repeatedElsewhere: false, captionStartsPage: true });
  });

  it('shows markup-looking text literally and drops only the characters XML forbids', async () => {
    const nasty = 'a\u0000b\u0007c\u001F <script>alert(1)</script> & "q" \'s\uFFFE \uD800end';
    const doc: DocModel = {
      type: 'plan',
      lang: 'zh',
      title: `标题\u000B<b>`,
      unit: '工会\u0001&',
      blocks: [
        { kind: 'title', text: `标题\u000B<b>` },
        { kind: 'paragraph', text: nasty },
        { kind: 'item', label: '1、', text: '第一行\n第二行\r\n第三行\t制表' },
        { kind: 'table', caption: '附表', columns: ['月份', '活动'], rows: [['一月', nasty]] },
        { kind: 'signature', unit: '工会\u0001&', date: '' },
      ],
    };
    const { parts, body, part } = await readBack(doc);
    const clean = 'abc <script>alert(1)</script> & "q" \'s end';
    expect(paragraphs(body)).toEqual([
      ['Title', '标题<b>'],
      ['Normal', clean],
      ['Normal', '1、第一行\n第二行\n第三行\t制表'],
      ['Caption', '附表'],
      ['TableHeading', '月份'],
      ['TableHeading', '活动'],
      ['TableText', '一月'],
      ['TableText', clean],
      ['Normal', '工会&'],
    ]);
    expect(textContent(child(part('docProps/core.xml'), 'dc:title') as XmlElement)).toEqual('标题<b>');
    // xmllint is the independent judge of well-formedness, beyond the test's own parser.
    for (const path of ['word/document.xml', 'docProps/core.xml']) {
      expect(execFileSync('xmllint', ['--noout', '-'], { input: parts.get(path), encoding: 'utf8' })).toEqual('');
    }
  });

  it('leaves out the signature lines the model does not have', async () => {
    const doc: DocModel = {
      type: 'plan',
      lang: 'zh',
      title: '工作计划',
      unit: null,
      blocks: [
        { kind: 'title', text: '工作计划' },
        { kind: 'signature', unit: null, date: '2024年3月5日' },
      ],
    };
    const { body, part } = await readBack(doc);
    expect(paragraphs(body)).toEqual([
      ['Title', '工作计划'],
      ['Normal', '2024年3月5日'],
    ]);
    expect(child(part('docProps/core.xml'), 'dc:creator')).toBeUndefined();
  });

  it('writes the 每月 and 全年 lines of 主要活动安排 as body paragraphs before the month lines', async () => {
    const analysis = makeAnalysis([
      { month: 'every', text: '工会委员例会' },
      { month: 'year', text: '送温暖工作' },
      { month: [3], text: '三八节活动' },
    ]);
    const { body } = await readBack(buildDocument(analysis));
    expect(paragraphs(body).slice(-4)).toEqual([
      ['Heading1', '二、主要活动安排'],
      ['Normal', '每月：工会委员例会。'],
      ['Normal', '全年：送温暖工作。'],
      ['Normal', '三月：三八节活动。'],
    ]);
  });

  it('keeps a very long cell text whole, to wrap on the page', async () => {
    const long = '组织教职工开展活动，丰富业余文化生活。'.repeat(5000);
    const { body } = await readBack({ type: 'plan', lang: 'zh', title: 'T', unit: null, blocks: [{ kind: 'paragraph', text: long }] });
    expect(paragraphs(body)).toEqual([['Normal', long]]);
  });
});
