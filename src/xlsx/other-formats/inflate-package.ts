import { Inflate } from 'fflate';
import { PortError } from '../../core/ports/workbook-port';
import { entryData, readZipDirectory, type ZipEntry } from '../list-zip-entries';
import type { ReadLimits } from '../read-limits';

/** Compressed bytes handed to the inflater at a time: at deflate's ratio (1032:1) at most 16 MB out. */
const CHUNK = 16 * 1024;

/** Below this, a part's ratio says nothing (a few KB of blank XML compress a thousandfold). */
const RATIO_FLOOR = 1024 * 1024;

export interface InflatedPackage {
  /** Every entry's name. */
  readonly names: ReadonlySet<string>;
  /** The entries asked for, inflated. */
  readonly kept: ReadonlyMap<string, Uint8Array>;
}

/**
 * Inflates every entry of a zip package (an .ods, an .xlsb) once, within the limits, before
 * SheetJS is given it: SheetJS inflates each part whole into memory and trusts the sizes it is
 * told, so a zip bomb would cost whatever it claims. Here the output is counted as it comes and
 * thrown away (except the `wanted` entries), and inflating stops at the first limit passed:
 * one part's size, all parts together, or a part's ratio of uncompressed to compressed bytes.
 * The wanted entries come first, in their order, each handed to `inspect` as soon as it is
 * inflated: a manifest that says the rest is encrypted is read before the rest fails to inflate.
 *
 * Not a zip, or a damaged one → `file_damaged`; a zip-encrypted entry → `file_encrypted`;
 * over a limit → `file_too_large` with the size reached.
 *
 * @example
 * inflatePackage(odsBytes, READ_LIMITS, ['mimetype']).kept.get('mimetype')
 * //=> the bytes of 'application/vnd.oasis.opendocument.spreadsheet'
 */
export function inflatePackage(
  bytes: Uint8Array,
  limits: ReadLimits,
  wanted: readonly string[],
  inspect?: (name: string, data: Uint8Array) => void,
): InflatedPackage {
  const directory = readZipDirectory(bytes);
  if (!directory) throw PortError.file({ code: 'file_damaged' }, 'no readable zip directory');
  const rank = (entry: ZipEntry): number => (wanted.includes(entry.name) ? wanted.indexOf(entry.name) : wanted.length);
  const entries = [...directory.entries].sort((a, b) => rank(a) - rank(b));
  const kept = new Map<string, Uint8Array>();
  let total = 0;
  for (const entry of entries) {
    if (entry.name.endsWith('/') && entry.size === 0) continue;
    if (entry.flags & 1) throw PortError.file({ code: 'file_encrypted' }, `zip entry ${entry.name} is encrypted`);
    const data = entryData(bytes, entry);
    if (!data) throw PortError.file({ code: 'file_damaged' }, `zip entry ${entry.name} runs past the end`);
    const parts: Uint8Array[] | null = wanted.includes(entry.name) ? [] : null;
    const size = inflateEntry(entry, data, limits, total, parts);
    total += size;
    if (parts) {
      const whole = joined(parts, size);
      kept.set(entry.name, whole);
      inspect?.(entry.name, whole);
    }
  }
  return { names: new Set(directory.entries.map((e) => e.name)), kept };
}

/** One entry's uncompressed size, inflated within the limits; its bytes go to `parts` when wanted. */
function inflateEntry(entry: ZipEntry, data: Uint8Array, limits: ReadLimits, before: number, parts: Uint8Array[] | null): number {
  let size = 0;
  const count = (chunk: Uint8Array): void => {
    size += chunk.length;
    const tooLarge = size > limits.partBytes || before + size > limits.totalBytes;
    const tooDense = size > RATIO_FLOOR && size > limits.ratio * Math.max(data.length, 1);
    if (tooLarge) {
      const limit = size > limits.partBytes ? limits.partBytes : limits.totalBytes;
      throw PortError.file({ code: 'file_too_large', size: before + size, limit }, `${entry.name} inflates past a limit`);
    }
    // A part far denser than any spreadsheet XML is a zip bomb: how large it would get is unknown.
    if (tooDense) throw PortError.file({ code: 'file_too_large', size: null, limit: limits.totalBytes }, `${entry.name} ratio`);
    parts?.push(chunk);
  };
  if (entry.method === 0) {
    count(data);
    return size;
  }
  if (entry.method !== 8) throw PortError.file({ code: 'file_damaged' }, `zip method ${entry.method} in ${entry.name}`);
  try {
    const inflater = new Inflate(count);
    for (let at = 0; at < data.length; at += CHUNK) inflater.push(data.subarray(at, at + CHUNK), at + CHUNK >= data.length);
    if (data.length === 0) inflater.push(new Uint8Array(0), true);
  } catch (error) {
    if (error instanceof PortError) throw error;
    throw PortError.file({ code: 'file_damaged' }, `${entry.name}: ${error instanceof Error ? error.message : String(error)}`);
  }
  return size;
}

function joined(parts: readonly Uint8Array[], size: number): Uint8Array {
  if (parts.length === 1) return parts[0];
  const out = new Uint8Array(size);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
