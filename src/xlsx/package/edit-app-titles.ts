import { applySplices, type Splice } from './splice';
import { children, childNamed, rootTag, type Child } from './xml-scan';
import { escapeText, unescapeXml } from './xml-text';

export interface TitledSheet {
  readonly name: string;
  readonly veryHidden: boolean;
}

/**
 * `docProps/app.xml` with the new sheets' names added to the titles of parts: the heading pair
 * whose titles are the workbook's worksheets (in whatever language it is named: Worksheets, 工作表 …)
 * gets the new names after its last one, its count and the vector size raised. When no heading
 * matches the worksheets (a producer that lists them otherwise, or not at all), the part is
 * returned unchanged: these titles are a summary Excel rewrites on its next save, never read.
 *
 * @example
 * editAppTitles(appXml, [{ name: '活动安排', veryHidden: false }], [{ name: '主要工作', veryHidden: false }])
 * //=> '…<vt:i4>2</vt:i4>…<vt:lpstr>活动安排</vt:lpstr><vt:lpstr>主要工作</vt:lpstr></vt:vector></TitlesOfParts>…'
 */
export function editAppTitles(xml: string, worksheets: readonly TitledSheet[], added: readonly TitledSheet[]): string {
  if (added.length === 0) return xml;
  const root = rootTag(xml);
  const headingVector = vectorOf(xml, childNamed(xml, root, 'HeadingPairs'));
  const titlesVector = vectorOf(xml, childNamed(xml, root, 'TitlesOfParts'));
  if (!headingVector || !titlesVector) return xml;
  const variants = children(xml, headingVector.tag);
  const titles = children(xml, titlesVector.tag);
  const all = worksheets.map((w) => w.name);
  const shown = worksheets.filter((w) => !w.veryHidden).map((w) => w.name);
  let offset = 0;
  for (let i = 0; i + 1 < variants.length; i += 2) {
    const countTag = children(xml, variants[i + 1].tag)[0];
    const count = countTag ? Number(xml.slice(countTag.tag.end, countTag.contentEnd).trim()) : NaN;
    if (!Number.isInteger(count)) return xml;
    const names = titles.slice(offset, offset + count).map((t) => unescapeXml(xml.slice(t.tag.end, t.contentEnd)));
    const listsAll = sameList(names, all);
    if (listsAll || sameList(names, shown)) {
      const listed = listsAll ? added : added.filter((a) => !a.veryHidden);
      return applySplices(xml, titleSplices(xml, { countTag, count, titlesVector, titles, at: offset + count, listed }));
    }
    offset += count;
  }
  return xml;
}

function vectorOf(xml: string, parent: Child | null): Child | null {
  return parent ? childNamed(xml, parent.tag, 'vector') : null;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

interface Place {
  readonly countTag: Child;
  readonly count: number;
  readonly titlesVector: Child;
  readonly titles: readonly Child[];
  /** Index of the title the new names go before. */
  readonly at: number;
  readonly listed: readonly TitledSheet[];
}

function titleSplices(xml: string, place: Place): Splice[] {
  const { countTag, count, titlesVector, titles, at, listed } = place;
  const vector = titlesVector.tag;
  if (listed.length === 0 || vector.selfClosing) return [];
  const lpstr = titles[0]?.tag.name ?? `${vector.prefix ? `${vector.prefix}:` : ''}lpstr`;
  const insert = listed.map((s) => `<${lpstr}>${escapeText(s.name)}</${lpstr}>`).join('');
  const where = at < titles.length ? titles[at].tag.start : titlesVector.contentEnd;
  const size = titles.length + listed.length;
  const open = xml.slice(vector.start, vector.end).replace(/(\ssize\s*=\s*)("[^"]*"|'[^']*')/, `$1"${size}"`);
  return [
    { start: countTag.tag.end, end: countTag.contentEnd, insert: String(count + listed.length) },
    { start: vector.start, end: vector.end, insert: open },
    { start: where, end: where, insert },
  ];
}
