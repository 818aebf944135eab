import { PortError } from '../../core/ports/workbook-port';
import type { ZipDirectory, ZipEntry } from '../list-zip-entries';
import type { ReadBudget } from './read-budget';
import type { Inflater } from './inflate-entry';
import { readXmlPart } from './read-part';
import { relsPartOf, resolveTarget, safeDecode } from '../package/part-names';
import type { XmlHandler, XmlTokenizer } from './xml-tokenizer';

/**
 * A relationship of a part (ECMA-376 Part 2, 9.3): `type` is the last segment of its type URI
 * ('worksheet', 'sharedStrings', …), the same in transitional
 * (http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet) and strict
 * (http://purl.oclc.org/ooxml/officeDocument/relationships/worksheet) packages; `target` is the
 * part it points to, resolved to a part name, or null for an external target (a web address).
 */
export interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string | null;
}

/** An OPC package (the zip of an .xlsx) opened for reading parts by name. */
export interface Package {
  /** The entry of a part, by its part name without the leading slash; names compare without case (Part 2, 9.1.1.1). */
  entry(partName: string): ZipEntry | undefined;
  /** A part read through a handler; `file_damaged` when the package has no such part. */
  read(partName: string, handler: XmlHandler): Promise<void>;
  /** The relationships of a part ('' for the package's own); none when it has no relationships part. */
  relationships(partName: string): Promise<readonly Relationship[]>;
  /** The content type of a part, from `[Content_Types].xml`: its Override, else the Default for its extension. */
  contentType(partName: string): Promise<string | null>;
}

/**
 * Opens a zip directory as a package. Nothing is inflated until a part is asked for; every part
 * read counts against `budget`.
 *
 * @example
 * const pkg = openPackage(bytes, readZipDirectory(bytes)!, new ReadBudget(READ_LIMITS));
 * (await pkg.relationships(''))[0] //=> { id: 'rId1', type: 'officeDocument', target: 'xl/workbook.xml' }
 */
export function openPackage(bytes: Uint8Array, directory: ZipDirectory, budget: ReadBudget, inflater?: Inflater): Package {
  const byName = new Map<string, ZipEntry>();
  for (const entry of directory.entries) byName.set(entry.name.toLowerCase(), entry);
  const entry = (partName: string): ZipEntry | undefined => byName.get(partName.toLowerCase());
  const read = async (partName: string, handler: XmlHandler): Promise<void> => {
    const found = entry(partName);
    if (found === undefined) throw PortError.file({ code: 'file_damaged' }, `no part ${partName}`);
    await readXmlPart(bytes, found, budget, handler, inflater);
  };
  let types: ContentTypes | null = null;
  return {
    entry,
    read,
    relationships: async (partName) => {
      const name = relsPartOf(partName);
      if (entry(name) === undefined) return [];
      const handler = relationshipsHandler(partName);
      await read(name, handler);
      return handler.found;
    },
    contentType: async (partName) => {
      if (types === null) {
        const handler = contentTypesHandler();
        if (entry(CONTENT_TYPES) !== undefined) await read(CONTENT_TYPES, handler);
        types = handler.found;
      }
      const override = types.overrides.get(partName.toLowerCase());
      const dot = partName.lastIndexOf('.');
      return override ?? (dot >= 0 ? (types.defaults.get(partName.slice(dot + 1).toLowerCase()) ?? null) : null);
    },
  };
}

const CONTENT_TYPES = '[Content_Types].xml';

interface ContentTypes {
  readonly defaults: Map<string, string>;
  readonly overrides: Map<string, string>;
}

function contentTypesHandler(): XmlHandler & { found: ContentTypes } {
  const found: ContentTypes = { defaults: new Map(), overrides: new Map() };
  return {
    found,
    open(name: string, t: XmlTokenizer) {
      const type = t.attr('ContentType');
      if (type === null) return;
      if (name === 'Default') {
        const extension = t.attr('Extension');
        if (extension !== null) found.defaults.set(extension.toLowerCase(), type);
      } else if (name === 'Override') {
        const part = t.attr('PartName');
        if (part !== null) found.overrides.set(stripSlash(safeDecode(part)).toLowerCase(), type);
      }
    },
    close() {},
    text() {},
  };
}

function relationshipsHandler(source: string): XmlHandler & { found: Relationship[] } {
  const found: Relationship[] = [];
  return {
    found,
    open(name: string, t: XmlTokenizer) {
      if (name !== 'Relationship') return;
      const id = t.attr('Id');
      const type = t.attr('Type');
      const target = t.attr('Target');
      if (id === null || type === null || target === null) return;
      const external = t.attr('TargetMode') === 'External';
      found.push({ id, type: type.slice(type.lastIndexOf('/') + 1), target: external ? null : resolveTarget(source, target) });
    },
    close() {},
    text() {},
  };
}

function stripSlash(name: string): string {
  return name.startsWith('/') ? name.slice(1) : name;
}
