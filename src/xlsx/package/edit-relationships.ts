import { PACKAGE_RELATIONSHIPS, XML_DECLARATION } from './namespaces';
import { applySplices, type Splice } from './splice';
import { rootTag, tags } from './xml-scan';
import { escapeAttribute } from './xml-text';

export interface NewRelationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
}

/**
 * A relationships part with relationships added and some (by id) removed, the rest of its
 * text untouched.
 *
 * @example
 * editRelationships(xml, [{ id: 'rId9', type: '…/worksheet', target: 'worksheets/sheet9.xml' }], new Set())
 * //=> '…<Relationship Id="rId9" Type="…/worksheet" Target="worksheets/sheet9.xml"/></Relationships>'
 */
export function editRelationships(xml: string, add: readonly NewRelationship[], removeIds: ReadonlySet<string>): string {
  const root = rootTag(xml);
  const p = root.prefix ? `${root.prefix}:` : '';
  const splices: Splice[] = [];
  for (const tag of tags(xml, root.end)) {
    if (tag.local === 'Relationship' && !tag.closing && removeIds.has(tag.attributes.Id ?? '')) {
      splices.push({ start: tag.start, end: tag.selfClosing ? tag.end : xml.indexOf('>', tag.end) + 1, insert: '' });
    }
  }
  const insert = add.map((r) => relationshipXml(r, p)).join('');
  if (root.selfClosing) splices.push({ start: root.end - 2, end: root.end, insert: `>${insert}</${root.name}>` });
  else {
    const end = xml.lastIndexOf(`</${root.name}`);
    splices.push({ start: end, end, insert });
  }
  return applySplices(xml, splices);
}

/** A new relationships part. */
export function relationshipsXml(rels: readonly NewRelationship[]): string {
  const items = rels.map((r) => relationshipXml(r, '')).join('');
  return `${XML_DECLARATION}<Relationships xmlns="${PACKAGE_RELATIONSHIPS}">${items}</Relationships>`;
}

function relationshipXml(r: NewRelationship, p: string): string {
  return `<${p}Relationship Id="${escapeAttribute(r.id)}" Type="${r.type}" Target="${escapeAttribute(r.target)}"/>`;
}

/**
 * Relationship ids not among `taken`, `rId1`, `rId2` … as Excel names them.
 *
 * @example
 * freeRelIds(new Set(['rId1', 'rId2']), 2) //=> ['rId3', 'rId4']
 */
export function freeRelIds(taken: ReadonlySet<string>, count: number): string[] {
  const out: string[] = [];
  for (let n = 1; out.length < count; n++) if (!taken.has(`rId${n}`)) out.push(`rId${n}`);
  return out;
}
