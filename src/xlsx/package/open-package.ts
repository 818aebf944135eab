import { PortError } from '../../core/ports/workbook-port';
import { readZipDirectory, type ZipEntry } from '../list-zip-entries';
import { decodePart, entryBytes, type PartText } from './part-text';
import { partKey, relsPartOf, resolveTarget } from './part-names';
import { childNamed, children, rootTag, tags, type Tag } from './xml-scan';

/** One relationship of a part. */
export interface Relationship {
  readonly id: string;
  readonly type: string;
  /** The last segment of the type (`worksheet`, `table` …), the same in transitional and strict OOXML. */
  readonly kind: string;
  /** The part it points to, or null for an external target. */
  readonly part: string | null;
}

/** A `<sheet>` of the workbook, with the part behind it. */
export interface SheetEntry {
  readonly name: string;
  readonly sheetId: number;
  readonly state: 'visible' | 'hidden' | 'veryHidden';
  readonly relId: string;
  /** `worksheet`, `chartsheet`, `dialogsheet` or `macrosheet`. */
  readonly kind: string;
  readonly part: string | null;
}

/** A table part and the sheet whose relationships name it. */
export interface TableEntry {
  readonly part: string;
  readonly sheet: string;
  readonly id: number;
  readonly name: string;
}

/** What a package edit needs to know of an OOXML workbook, read from its small index parts only. */
export interface OpcPackage {
  readonly bytes: Uint8Array;
  /** Zip entries in archive order. */
  readonly entries: readonly ZipEntry[];
  /** Strict OOXML (ISO/IEC 29500 Strict namespaces) rather than transitional. */
  readonly strict: boolean;
  readonly workbookPart: string;
  readonly sheets: readonly SheetEntry[];
  readonly tables: readonly TableEntry[];
  readonly definedNames: readonly string[];
  /** An entry by part name (any case). */
  entry(part: string): ZipEntry | undefined;
  /** A part's text, or null when the package lacks it. */
  text(part: string): PartText | null;
  /** A part's relationships (none when it has no relationships part). */
  rels(part: string): readonly Relationship[];
}

const STRICT_MAIN = 'http://purl.oclc.org/ooxml/spreadsheetml/main';

const damaged = (detail: string): PortError => PortError.file({ code: 'file_damaged' }, detail);

/**
 * The package of an .xlsx/.xlsm/.xltx/.xltm as a package edit sees it: its zip entries, the
 * workbook part (found through the package relationships, wherever it is), its sheets with
 * their parts, every table with its id and name, and the defined names. Only index parts are
 * inflated (content types, relationships, the workbook, table parts); sheet data never is.
 * Throws a `PortError` with `file_damaged` when the zip or those parts cannot be read.
 *
 * @example
 * openPackage(bytes).sheets.map((s) => [s.name, s.part]) //=> [['活动安排', 'xl/worksheets/sheet1.xml']]
 */
export function openPackage(bytes: Uint8Array): OpcPackage {
  const directory = readZipDirectory(bytes);
  if (directory === null) throw damaged('not a readable zip');
  const byKey = new Map<string, ZipEntry>();
  for (const e of directory.entries) if (!byKey.has(partKey(e.name))) byKey.set(partKey(e.name), e);
  const texts = new Map<string, PartText | null>();
  const entry = (part: string): ZipEntry | undefined => byKey.get(partKey(part));
  const text = (part: string): PartText | null => {
    const key = partKey(part);
    if (!texts.has(key)) {
      const e = byKey.get(key);
      texts.set(key, e ? decodePart(entryBytes(bytes, e)) : null);
    }
    return texts.get(key) ?? null;
  };
  const rels = (part: string): readonly Relationship[] => {
    const found = text(relsPartOf(part));
    return found ? readRelationships(found.text, part) : [];
  };

  const workbookPart = rels('').find((r) => r.kind === 'officeDocument')?.part;
  const workbook = workbookPart ? text(workbookPart) : null;
  if (!workbookPart || !workbook) throw damaged('no workbook part');
  const root = guarded(() => rootTag(workbook.text));
  const workbookRels = rels(workbookPart);
  const sheets = guarded(() => readSheets(workbook.text, root, workbookRels));
  const tables = sheets.flatMap((s) =>
    s.part === null
      ? []
      : rels(s.part).flatMap((r) => (r.kind === 'table' && r.part && entry(r.part) ? [readTable(text(r.part), r.part, s.name)] : [])),
  );
  return {
    bytes,
    entries: directory.entries,
    strict: root.attributes[root.prefix ? `xmlns:${root.prefix}` : 'xmlns'] === STRICT_MAIN,
    workbookPart,
    sheets,
    tables,
    definedNames: guarded(() => readDefinedNames(workbook.text, root)),
    entry,
    text,
    rels,
  };
}

function guarded<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof PortError) throw error;
    throw damaged(error instanceof Error ? error.message : String(error));
  }
}

/** The relationships in a `.rels` part, their targets resolved against the part they belong to. */
export function readRelationships(xml: string, source: string): Relationship[] {
  return guarded(() => {
    const out: Relationship[] = [];
    for (const tag of tags(xml)) {
      if (tag.local !== 'Relationship' || tag.closing) continue;
      const { Id: id, Type: type = '', Target: target = '', TargetMode: mode } = tag.attributes;
      if (id === undefined) continue;
      const kind = type.slice(type.lastIndexOf('/') + 1);
      out.push({ id, type, kind, part: mode === 'External' ? null : resolveTarget(source, target) });
    }
    return out;
  });
}

/** The value of a prefixed `…:id` attribute (the relationship id of a `<sheet>`, whatever its prefix). */
export function relIdOf(tag: Tag): string | undefined {
  const key = Object.keys(tag.attributes).find((k) => k.endsWith(':id') && !k.startsWith('xmlns'));
  return key === undefined ? undefined : tag.attributes[key];
}

function readSheets(xml: string, root: Tag, rels: readonly Relationship[]): SheetEntry[] {
  const sheets = childNamed(xml, root, 'sheets');
  if (!sheets) throw new Error('a workbook without sheets');
  return children(xml, sheets.tag)
    .filter((c) => c.tag.local === 'sheet')
    .map(({ tag }) => {
      const relId = relIdOf(tag) ?? '';
      const rel = rels.find((r) => r.id === relId);
      const state = tag.attributes.state === 'hidden' || tag.attributes.state === 'veryHidden' ? tag.attributes.state : 'visible';
      return {
        name: tag.attributes.name ?? '',
        sheetId: Number(tag.attributes.sheetId),
        state,
        relId,
        kind: rel?.kind ?? '',
        part: rel?.part ?? null,
      };
    });
}

function readDefinedNames(xml: string, root: Tag): string[] {
  const names = childNamed(xml, root, 'definedNames');
  if (!names) return [];
  return children(xml, names.tag).flatMap((c) => (c.tag.local === 'definedName' && c.tag.attributes.name ? [c.tag.attributes.name] : []));
}

function readTable(part: PartText | null, name: string, sheet: string): TableEntry {
  if (!part) throw damaged(`${name} is missing`);
  const root = guarded(() => rootTag(part.text));
  return { part: name, sheet, id: Number(root.attributes.id) || 0, name: root.attributes.displayName ?? root.attributes.name ?? '' };
}
