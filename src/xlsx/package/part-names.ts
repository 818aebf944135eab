/**
 * Part names inside a package, as zip entry names (no leading slash). OPC compares them without
 * regard to case (ECMA-376 Part 2, 6.2.2.3), so lookups go through `partKey`.
 */

/** The key a part is looked up by: OPC part names are case-insensitive. */
export function partKey(name: string): string {
  return name.toLowerCase();
}

/**
 * A relationship's target as a part name, from the part that holds the relationship: an absolute
 * target (`/xl/styles.xml`) from the package root, a relative one (`worksheets/sheet1.xml`,
 * `../tables/table1.xml`) from the source part's folder, percent-escapes decoded, backslashes
 * (written by some Windows tools) as slashes. The reader and the writer both resolve through it,
 * so that the writer edits exactly the parts the reader read.
 *
 * @example
 * resolveTarget('xl/workbook.xml', 'worksheets/sheet1.xml') //=> 'xl/worksheets/sheet1.xml'
 * resolveTarget('xl/worksheets/sheet1.xml', '../tables/table1.xml') //=> 'xl/tables/table1.xml'
 * resolveTarget('xl/workbook.xml', '/xl/styles.xml') //=> 'xl/styles.xml'
 * resolveTarget('xl/workbook.xml', 'worksheets\\sheet%201.xml') //=> 'xl/worksheets/sheet 1.xml'
 */
export function resolveTarget(source: string, target: string): string {
  const path = safeDecode(target.replace(/\\/g, '/').replace(/[?#].*$/, ''));
  const base = path.startsWith('/') ? [] : source.split('/').slice(0, -1);
  for (const segment of path.split('/')) {
    if (segment === '..') base.pop();
    else if (segment !== '.' && segment !== '') base.push(segment);
  }
  return base.join('/');
}

/** A target that is not valid percent-encoding is taken as it is written. */
export function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * The relationships part of a part (`''` is the package itself).
 *
 * @example
 * relsPartOf('xl/workbook.xml') //=> 'xl/_rels/workbook.xml.rels'
 * relsPartOf('') //=> '_rels/.rels'
 */
export function relsPartOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/**
 * A relative target from one part to another, as Excel writes them.
 *
 * @example
 * relativeTarget('xl/worksheets/sheet4.xml', 'xl/tables/table2.xml') //=> '../tables/table2.xml'
 * relativeTarget('xl/workbook.xml', 'xl/worksheets/sheet4.xml') //=> 'worksheets/sheet4.xml'
 */
export function relativeTarget(from: string, to: string): string {
  const a = from.split('/').slice(0, -1);
  const b = to.split('/');
  let common = 0;
  while (common < a.length && common < b.length - 1 && a[common] === b[common]) common++;
  return [...a.slice(common).map(() => '..'), ...b.slice(common)].map(encodeSegment).join('/');
}

function encodeSegment(segment: string): string {
  return segment === '..' ? segment : encodeURI(segment).replace(/[?#]/g, encodeURIComponent);
}

/**
 * The first free name `prefix{n}{suffix}` (n = 1, 2, …) among the taken part keys.
 *
 * @example
 * freePartName('xl/tables/table', '.xml', new Set(['xl/tables/table1.xml'])) //=> 'xl/tables/table2.xml'
 */
export function freePartName(prefix: string, suffix: string, taken: ReadonlySet<string>): string {
  for (let n = 1; ; n++) {
    const name = `${prefix}${n}${suffix}`;
    if (!taken.has(partKey(name))) return name;
  }
}
