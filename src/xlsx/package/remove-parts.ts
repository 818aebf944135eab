import type { OpcPackage } from './open-package';
import { partKey, relsPartOf } from './part-names';

/**
 * The parts that go when the given parts are rewritten from nothing: everything reachable from
 * them through relationships (their tables, and whatever a user hung on them since: drawings,
 * comments, printer settings …) that no other part of the package still points to, with the
 * relationships parts of what goes. The rewritten parts themselves stay (they get new content).
 * Keys are `partKey`s.
 *
 * @example
 * partsLeftOver(pkg, ['xl/worksheets/sheet3.xml']) //=> Set { 'xl/tables/table1.xml', 'xl/worksheets/_rels/sheet3.xml.rels' }
 */
export function partsLeftOver(pkg: OpcPackage, rewritten: readonly string[]): Set<string> {
  const roots = new Set(rewritten.map(partKey));
  const candidates = new Map<string, string>();
  const queue = [...rewritten];
  while (queue.length > 0) {
    const part = queue.pop() as string;
    for (const rel of pkg.rels(part)) {
      if (rel.part === null || !pkg.entry(rel.part)) continue;
      const key = partKey(rel.part);
      if (roots.has(key) || candidates.has(key)) continue;
      candidates.set(key, rel.part);
      queue.push(rel.part);
    }
  }
  const referenced = new Set<string>();
  for (const e of pkg.entries) {
    const source = sourceOfRels(e.name);
    if (source === null) continue;
    const key = partKey(source);
    if (roots.has(key) || candidates.has(key)) continue;
    // A relationships part of a part that is not there any more points at nothing.
    if (source !== '' && !pkg.entry(source)) continue;
    for (const rel of pkg.rels(source)) if (rel.part !== null) referenced.add(partKey(rel.part));
  }
  const gone = new Set<string>();
  for (const [key, part] of candidates) {
    if (referenced.has(key)) continue;
    gone.add(key);
    gone.add(partKey(relsPartOf(part)));
  }
  for (const part of rewritten) gone.add(partKey(relsPartOf(part)));
  return new Set([...gone].filter((key) => pkg.entry(key)));
}

/**
 * The part a relationships part belongs to ('' for the package), or null for another part.
 *
 * @example
 * sourceOfRels('xl/worksheets/_rels/sheet1.xml.rels') //=> 'xl/worksheets/sheet1.xml'
 * sourceOfRels('_rels/.rels') //=> ''
 */
export function sourceOfRels(name: string): string | null {
  const m = /^(.*?)_rels\/([^/]*)\.rels$/i.exec(name);
  return m ? `${m[1]}${m[2]}` : null;
}
