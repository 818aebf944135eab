import type { WorkbookExtension } from '../workbook-mime';
import { PortError } from '../../core/ports/workbook-port';
import { entryData, type ZipEntry } from '../list-zip-entries';
import { editAppTitles } from './edit-app-titles';
import { contentTypeOf, editContentTypes, workbookExtension } from './edit-content-types';
import { editRelationships, freeRelIds, relationshipsXml, type NewRelationship } from './edit-relationships';
import { editStyles, emptyStyles, type CellStyle, type DiffStyle } from './edit-styles';
import { addSheetElements } from './edit-workbook';
import { CONTENT_TYPE, STRICT, TRANSITIONAL, type Namespaces } from './namespaces';
import type { OpcPackage, SheetEntry } from './open-package';
import { freePartName, partKey, relativeTarget, relsPartOf } from './part-names';
import { encodePart, type PartText } from './part-text';
import { partsLeftOver } from './remove-parts';
import { tableXml, type TableOut } from './table-xml';
import { worksheetXml, type SheetContent } from './worksheet-xml';
import { writeZip, type CopiedEntry, type WriteZipOptions, type ZipOutEntry } from './write-zip';

/** A sheet to write into the package, with the styles and tables its content refers to by index. */
export interface SheetWrite {
  readonly name: string;
  readonly state?: 'hidden' | 'veryHidden';
  /**
   * Write over the existing sheet of this name, in place: same part, tab, sheet id and state;
   * what hung on the old one (tables, drawings, comments) goes with it. Otherwise the sheet is added last.
   */
  readonly replace: boolean;
  readonly content: SheetContent;
  readonly styles: readonly CellStyle[];
  readonly dxfs: readonly DiffStyle[];
  readonly tables: readonly TableOut[];
}

export interface EditedPackage {
  readonly bytes: Uint8Array;
  /** What a file of this workbook is called, from its workbook part's content type. */
  readonly extension: WorkbookExtension;
}

/** Where a written sheet and its tables go. */
interface Placed {
  readonly write: SheetWrite;
  readonly part: string;
  /** The sheet it replaces, or null for a new one. */
  readonly existing: SheetEntry | null;
  readonly relId: string;
  readonly sheetId: number;
  readonly tables: readonly { readonly table: TableOut; readonly part: string; readonly id: number }[];
}

interface Plan {
  readonly placed: readonly Placed[];
  /** Keys of the input parts that are not copied into the output. */
  readonly removed: Set<string>;
  /** The calculation chain's relationship, when the chain must go. */
  readonly dropRelIds: ReadonlySet<string>;
  /** A part name and relationship id for a stylesheet, when the package has none. */
  readonly newStyles: { readonly part: string; readonly relId: string } | null;
}

interface Styles {
  readonly part: string;
  readonly xml: string;
  readonly xf: ReadonlyMap<SheetWrite, readonly number[]>;
  readonly dxf: ReadonlyMap<SheetWrite, readonly number[]>;
}

type Put = (part: string, text: string, like: PartText | null) => void;

/**
 * The package with sheets written into it, and nothing else changed: every entry that is not
 * ours is copied with its stored bytes, CRC and sizes (no inflate and deflate round trip);
 * only `[Content_Types].xml`, the workbook part and its relationships, `docProps/app.xml` and
 * the stylesheet are edited, as text (see each editor), and a replaced sheet's old parts are
 * removed with everything only they pointed to, so that nothing is left orphaned.
 *
 * @example
 * editPackage(openPackage(bytes), [settingsSheet]).extension //=> 'xlsx'
 */
export function editPackage(pkg: OpcPackage, writes: readonly SheetWrite[], options: WriteZipOptions = {}): EditedPackage {
  const ns = pkg.strict ? STRICT : TRANSITIONAL;
  const plan = planEdit(pkg, writes);
  const styles = editedStyles(pkg, writes, ns, plan);
  const rewritten = new Map<string, Uint8Array | Iterable<Uint8Array>>();
  const put: Put = (part, text, like) => {
    // A part the edit left as it was is copied like any other, its stored bytes and all.
    if (like === null || text !== like.text) rewritten.set(part, encodePart(text, like?.encoding ?? 'utf-8'));
  };
  const contentTypes = required(pkg, '[Content_Types].xml');
  editIndexParts(pkg, plan, ns, put);
  put(styles.part, styles.xml, pkg.text(styles.part));
  for (const p of plan.placed) {
    const ids = { xf: styles.xf.get(p.write) ?? [], dxf: styles.dxf.get(p.write) ?? [], tables: p.tables.map((_, i) => `rId${i + 1}`) };
    rewritten.set(p.part, worksheetXml(p.write.content, ns, ids));
    if (p.tables.length === 0) continue;
    const rels = p.tables.map((t, i) => ({ id: `rId${i + 1}`, type: ns.relType('table'), target: relativeTarget(p.part, t.part) }));
    put(relsPartOf(p.part), relationshipsXml(rels), null);
    for (const t of p.tables) put(t.part, tableXml(t.table, t.id, ns), null);
  }
  const extension = workbookExtension(contentTypeOf(contentTypes.text, pkg.workbookPart));
  return { bytes: writeZip(zipEntries(pkg, rewritten, plan.removed), options), extension };
}

/** The content types, the workbook's relationships, the workbook and the document properties. */
function editIndexParts(pkg: OpcPackage, plan: Plan, ns: Namespaces, put: Put): void {
  const added = plan.placed.filter((p) => p.existing === null);
  const overrides = [
    ...added.map((p) => ({ part: p.part, type: CONTENT_TYPE.worksheet })),
    ...plan.placed.flatMap((p) => p.tables.map((t) => ({ part: t.part, type: CONTENT_TYPE.table }))),
    ...(plan.newStyles ? [{ part: plan.newStyles.part, type: CONTENT_TYPE.styles }] : []),
  ];
  const contentTypes = required(pkg, '[Content_Types].xml');
  put('[Content_Types].xml', editContentTypes(contentTypes.text, overrides, plan.removed), contentTypes);

  const rels: NewRelationship[] = added.map((p) => ({
    id: p.relId,
    type: ns.relType('worksheet'),
    target: relativeTarget(pkg.workbookPart, p.part),
  }));
  if (plan.newStyles)
    rels.push({ id: plan.newStyles.relId, type: ns.relType('styles'), target: relativeTarget(pkg.workbookPart, plan.newStyles.part) });
  const relsPart = relsPartOf(pkg.workbookPart);
  const relsText = pkg.text(relsPart);
  put(relsPart, relsText ? editRelationships(relsText.text, rels, plan.dropRelIds) : relationshipsXml(rels), relsText);

  const workbook = required(pkg, pkg.workbookPart);
  const elements = added.map((p) => ({ name: p.write.name, sheetId: p.sheetId, relId: p.relId, state: p.write.state }));
  put(pkg.workbookPart, addSheetElements(workbook.text, elements, ns), workbook);

  const app = pkg.rels('').find((r) => r.kind === 'extended-properties' && r.part && pkg.entry(r.part))?.part;
  const appText = app ? pkg.text(app) : null;
  if (app && appText && added.length > 0) {
    const worksheets = pkg.sheets
      .filter((s) => s.kind === 'worksheet')
      .map((s) => ({ name: s.name, veryHidden: s.state === 'veryHidden' }));
    const titles = added.map((p) => ({ name: p.write.name, veryHidden: p.write.state === 'veryHidden' }));
    const edited = guardedEdit(appText.text, () => editAppTitles(appText.text, worksheets, titles));
    if (edited !== appText.text) put(app, edited, appText);
  }
}

/** A summary part that cannot be edited is kept as it is rather than stopping the build. */
function guardedEdit(text: string, edit: () => string): string {
  try {
    return edit();
  } catch {
    return text;
  }
}

function required(pkg: OpcPackage, part: string): PartText {
  const text = pkg.text(part);
  if (!text) throw PortError.file({ code: 'file_damaged' }, `${part} is missing`);
  return text;
}

/** What goes, where each written sheet and table goes, and which ids they take. */
function planEdit(pkg: OpcPackage, writes: readonly SheetWrite[]): Plan {
  const workbookRels = pkg.rels(pkg.workbookPart);
  const replaced = writes.filter((w) => w.replace).map((w) => existingSheet(pkg, w.name));
  const removed = partsLeftOver(
    pkg,
    replaced.map((s) => s.part),
  );
  const chain = workbookRels.find((r) => r.kind === 'calcChain' && r.part !== null && pkg.entry(r.part));
  const dropChain = chain?.part ? chainMentions(pkg.text(chain.part), replaced) : false;
  if (dropChain && chain?.part) removed.add(partKey(chain.part));

  const taken = new Set(pkg.entries.map((e) => partKey(e.name)).filter((k) => !removed.has(k)));
  const folder = pkg.workbookPart.slice(0, pkg.workbookPart.lastIndexOf('/') + 1);
  const hasStyles = workbookRels.some((r) => r.kind === 'styles' && r.part !== null && pkg.entry(r.part));
  const fresh = writes.filter((w) => !w.replace).length;
  const relIds = freeRelIds(new Set(workbookRels.map((r) => r.id)), fresh + (hasStyles ? 0 : 1));
  let sheetId = Math.max(0, ...pkg.sheets.map((s) => s.sheetId).filter(Number.isFinite));
  let tableId = Math.max(0, ...pkg.tables.filter((t) => !removed.has(partKey(t.part))).map((t) => t.id));
  let nextRel = 0;
  const claim = (prefix: string): string => {
    const part = freePartName(prefix, '.xml', taken);
    taken.add(partKey(part));
    return part;
  };
  const placed = writes.map((write): Placed => {
    const existing = write.replace ? existingSheet(pkg, write.name) : null;
    const part = existing ? existing.part : claim(`${folder}worksheets/sheet`);
    const tables = write.tables.map((table) => ({ table, part: claim(`${folder}tables/table`), id: ++tableId }));
    if (tables.length > 0) removed.delete(partKey(relsPartOf(part)));
    return {
      write,
      part,
      existing,
      relId: existing ? existing.relId : relIds[nextRel++],
      sheetId: existing ? existing.sheetId : ++sheetId,
      tables,
    };
  });
  const stylesPart = taken.has(partKey(`${folder}styles.xml`)) ? claim(`${folder}styles`) : `${folder}styles.xml`;
  const newStyles = hasStyles ? null : { part: stylesPart, relId: relIds[nextRel] };
  return { placed, removed, dropRelIds: new Set(dropChain && chain ? [chain.id] : []), newStyles };
}

function existingSheet(pkg: OpcPackage, name: string): SheetEntry & { readonly part: string } {
  const sheet = pkg.sheets.find((s) => s.name === name);
  if (!sheet?.part || !pkg.entry(sheet.part)) throw new PortError('unknown', `no sheet ${name} to replace`);
  return { ...sheet, part: sheet.part };
}

/** True when the calculation chain lists cells of a replaced sheet: it must go then (Excel rebuilds it). */
function chainMentions(chain: PartText | null, replaced: readonly SheetEntry[]): boolean {
  if (!chain || replaced.length === 0) return false;
  const ids = new Set(replaced.map((s) => String(s.sheetId)));
  for (const m of chain.text.matchAll(/\si="(\d+)"/g)) if (ids.has(m[1])) return true;
  return false;
}

/** The stylesheet with every written sheet's styles in it, and each sheet's local-to-global style ids. */
function editedStyles(pkg: OpcPackage, writes: readonly SheetWrite[], ns: Namespaces, plan: Plan): Styles {
  const existing = pkg.rels(pkg.workbookPart).find((r) => r.kind === 'styles' && r.part !== null && pkg.entry(r.part))?.part;
  const part = existing ?? (plan.newStyles as { part: string }).part;
  const text = existing ? required(pkg, existing).text : emptyStyles(ns.main);
  const cellKeys = unique(writes.flatMap((w) => w.styles));
  const diffKeys = unique(writes.flatMap((w) => w.dxfs));
  const edit = editStyles(text, cellKeys.values, diffKeys.values);
  const xf = new Map(writes.map((w) => [w, w.styles.map((s) => edit.xf[cellKeys.index(s)])]));
  const dxf = new Map(writes.map((w) => [w, w.dxfs.map((d) => edit.dxf[diffKeys.index(d)])]));
  return { part, xml: edit.xml, xf, dxf };
}

function unique<T>(items: readonly T[]): { readonly values: T[]; index(item: T): number } {
  const keys = new Map<string, number>();
  const values: T[] = [];
  for (const item of items) {
    const key = JSON.stringify(item);
    if (!keys.has(key)) {
      keys.set(key, values.length);
      values.push(item);
    }
  }
  return { values, index: (item) => keys.get(JSON.stringify(item)) as number };
}

/**
 * The output's entries: the input's in their order, each copied as stored unless it was removed
 * or rewritten (then in its place), and after them the parts that are new.
 */
function zipEntries(
  pkg: OpcPackage,
  rewritten: ReadonlyMap<string, Uint8Array | Iterable<Uint8Array>>,
  removed: ReadonlySet<string>,
): ZipOutEntry[] {
  const byKey = new Map([...rewritten].map(([part, content]) => [partKey(part), { part, content }]));
  const out: ZipOutEntry[] = [];
  for (const e of pkg.entries) {
    const key = partKey(e.name);
    if (removed.has(key)) continue;
    const mine = byKey.get(key);
    if (mine) {
      out.push({ kind: 'new', name: e.name, content: mine.content });
      byKey.delete(key);
    } else out.push(copied(pkg.bytes, e));
  }
  for (const { part, content } of byKey.values()) out.push({ kind: 'new', name: part, content });
  return out;
}

/** An input entry as the zip writer copies it: its name bytes, flags and time from the central directory. */
function copied(bytes: Uint8Array, e: ZipEntry): CopiedEntry {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const p = e.centralOffset;
  const data = entryData(bytes, e);
  if (data === null) throw PortError.file({ code: 'file_damaged' }, `${e.name} cannot be read`);
  const nameBytes = bytes.subarray(p + 46, p + 46 + view.getUint16(p + 28, true));
  return {
    kind: 'copied',
    nameBytes,
    method: e.method,
    flags: e.flags,
    crc32: e.crc32,
    size: e.size,
    data,
    time: view.getUint16(p + 12, true),
    date: view.getUint16(p + 14, true),
  };
}
