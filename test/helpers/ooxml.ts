/**
 * Checking an OOXML package as Excel would: its parts against the ECMA-376 schemas (xmllint),
 * and its zip entries' stored bytes against another package's.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import { entryData, readZipDirectory } from '../../src/xlsx/list-zip-entries';

/** The schemas beside the repository (as CI has them), or where PLANSHEET_OOXML_SCHEMA_DIR says. */
export const SCHEMA_DIR = process.env.PLANSHEET_OOXML_SCHEMA_DIR
  ? resolve(process.env.PLANSHEET_OOXML_SCHEMA_DIR)
  : resolve(__dirname, '../../../shared/ooxml-schema');

/** Which schema validates a part (the schema folder's README). */
export function schemaFor(part: string): string | null {
  if (part === '[Content_Types].xml') return 'opc-contentTypes.xsd';
  if (part.endsWith('.rels')) return 'opc-relationships.xsd';
  if (part === 'docProps/app.xml') return 'shared-documentPropertiesExtended.xsd';
  if (/^xl\/(workbook|styles|sharedStrings)\.xml$|^xl\/(worksheets|tables)\/[^/]+\.xml$/.test(part)) return 'sml.xsd';
  return null;
}

/**
 * A part written by Excel, LibreOffice or XlsxWriter without its markup-compatibility
 * extensions: the namespaces `mc:Ignorable` names (their attributes and elements) and any
 * `mc:AlternateContent`, which the plain schemas do not know (the schema folder's README).
 */
export function stripIgnorable(xml: string): string {
  const mc = /xmlns:([\w.-]+)="http:\/\/schemas\.openxmlformats\.org\/markup-compatibility\/2006"/.exec(xml)?.[1];
  if (!mc) return xml;
  const ignorable = new RegExp(`\\s${mc}:Ignorable="([^"]*)"`).exec(xml)?.[1].split(/\s+/).filter(Boolean) ?? [];
  let out = xml.replace(new RegExp(`<${mc}:AlternateContent\\b[\\s\\S]*?</${mc}:AlternateContent>`, 'g'), '');
  out = out.replace(new RegExp(`\\s${mc}:Ignorable="[^"]*"`), '');
  for (const p of ignorable) {
    out = out.replace(new RegExp(`\\s${p}:[\\w.-]+="[^"]*"`, 'g'), '');
    out = out.replace(new RegExp(`<${p}:([\\w.-]+)\\b[^>]*/>|<${p}:([\\w.-]+)\\b[^>]*>[\\s\\S]*?</${p}:(\\1|\\2)>`, 'g'), '');
  }
  return out;
}

/**
 * What xmllint says of each part, validated against its schema: 'valid', or its messages.
 * One xmllint run per schema (compiling sml.xsd takes a while).
 */
export function validateParts(parts: Readonly<Record<string, string>>): Record<string, string> {
  const dir = mkdtempSync(join(tmpdir(), 'plansheet-xsd-'));
  const bySchema = new Map<string, { part: string; file: string }[]>();
  const out: Record<string, string> = {};
  Object.entries(parts).forEach(([part, xml], i) => {
    const schema = schemaFor(part);
    if (!schema) {
      out[part] = 'no schema';
      return;
    }
    const file = join(dir, `${i}.xml`);
    writeFileSync(file, xml);
    bySchema.set(schema, [...(bySchema.get(schema) ?? []), { part, file }]);
  });
  try {
    for (const [schema, files] of bySchema) {
      const run = spawnSync('xmllint', ['--noout', '--schema', join(SCHEMA_DIR, schema), ...files.map((f) => f.file)], {
        encoding: 'utf8',
      });
      if (run.error) throw run.error;
      for (const { part, file } of files) {
        const lines = run.stderr.split('\n').filter((l) => l.startsWith(file));
        out[part] = lines.length === 1 && lines[0] === `${file} validates` ? 'valid' : lines.join('\n').replaceAll(file, part);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return out;
}

/** Every entry's uncompressed content, by name. */
export function partsOf(bytes: Uint8Array): Record<string, Uint8Array> {
  return unzipSync(bytes);
}

/** Every entry as stored: method, CRC, sizes and the compressed bytes (hex), by name. */
export function storedEntries(bytes: Uint8Array): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of readZipDirectory(bytes)!.entries) {
    out[e.name] = `${e.method}:${e.crc32}:${e.size}:${Buffer.from(entryData(bytes, e)!).toString('hex')}`;
  }
  return out;
}

/** The names of entries the two packages store differently (or only one of them has). */
export function changedEntries(before: Uint8Array, after: Uint8Array): { changed: string[]; added: string[]; removed: string[] } {
  const a = storedEntries(before);
  const b = storedEntries(after);
  return {
    changed: Object.keys(a)
      .filter((n) => n in b && a[n] !== b[n])
      .sort(),
    added: Object.keys(b)
      .filter((n) => !(n in a))
      .sort(),
    removed: Object.keys(a)
      .filter((n) => !(n in b))
      .sort(),
  };
}

/** Runs a Python snippet with Debian's python3 (openpyxl, XlsxWriter), giving what it printed. */
export function python(code: string, ...args: string[]): string {
  return execFileSync('/usr/bin/python3', ['-c', code, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

/**
 * What in a package points at nothing or is pointed at by nothing: relationship targets and
 * content-type overrides of parts that are not there, and tables, sheets or drawings no
 * relationship names (what Excel reports as a problem, or silently carries forever).
 */
export function danglingReferences(bytes: Uint8Array): string[] {
  const parts = partsOf(bytes);
  const names = new Set(Object.keys(parts).map((n) => n.toLowerCase()));
  const text = (name: string): string => new TextDecoder().decode(parts[name]);
  const problems: string[] = [];
  const targets = new Set<string>();
  for (const name of Object.keys(parts).filter((n) => n.endsWith('.rels'))) {
    const source = name.replace(/_rels\/([^/]*)\.rels$/, '$1');
    const folder = source.slice(0, source.lastIndexOf('/') + 1);
    for (const m of text(name).matchAll(/<Relationship\b[^>]*>/g)) {
      if (/TargetMode="External"/.test(m[0])) continue;
      const target = /Target="([^"]*)"/.exec(m[0])![1];
      const resolved = resolvePath(target.startsWith('/') ? target.slice(1) : folder + target);
      targets.add(resolved.toLowerCase());
      if (!names.has(resolved.toLowerCase())) problems.push(`${name} → ${resolved}`);
    }
  }
  for (const m of text('[Content_Types].xml').matchAll(/PartName="\/([^"]*)"/g)) {
    if (!names.has(m[1].toLowerCase())) problems.push(`override for missing ${m[1]}`);
  }
  for (const name of Object.keys(parts)) {
    if (
      /^xl\/(tables|worksheets|drawings|comments|charts|pivotTables)\b.*\.xml$|^xl\/comments\d*\.xml$/.test(name) &&
      !targets.has(name.toLowerCase())
    ) {
      problems.push(`nothing points at ${name}`);
    }
  }
  return problems;
}

function resolvePath(path: string): string {
  const out: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '..') out.pop();
    else if (segment !== '.' && segment !== '') out.push(segment);
  }
  return out.join('/');
}
