import { inflateSync } from 'fflate';
import { PortError } from '../../core/ports/workbook-port';
import { entryData, type ZipEntry } from '../list-zip-entries';
import { READ_LIMITS } from '../read-limits';
import { crc32 } from '../crc32';

/** How a part's text was encoded, so that an edited part goes back the same way. */
export type PartEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be';

export interface PartText {
  readonly text: string;
  readonly encoding: PartEncoding;
}

const damaged = (detail: string): PortError => PortError.file({ code: 'file_damaged' }, detail);

/**
 * An entry's uncompressed bytes: stored ones as they are, deflated ones inflated; the size the
 * directory declares is checked against the limit before, and the result against that size and
 * the CRC (an inflate into a buffer of the declared size would otherwise cut a longer part short).
 */
export function entryBytes(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  if (entry.size > READ_LIMITS.partBytes) {
    throw PortError.file({ code: 'file_too_large', size: entry.size, limit: READ_LIMITS.partBytes }, entry.name);
  }
  const data = entryData(bytes, entry);
  if (data === null || (entry.flags & 1) !== 0) throw damaged(`${entry.name} cannot be read`);
  let out: Uint8Array;
  if (entry.method === 0) out = data;
  else if (entry.method === 8) {
    try {
      out = inflateSync(data, { out: new Uint8Array(entry.size) });
    } catch {
      throw damaged(`${entry.name} does not inflate`);
    }
  } else throw damaged(`${entry.name} uses compression method ${entry.method}`);
  if (out.length !== entry.size || crc32(out) !== entry.crc32) throw damaged(`${entry.name} is not what its directory says`);
  return out;
}

/**
 * A part's text, decoded as XML allows (UTF-8 with or without a byte-order mark, or UTF-16 with
 * one; ECMA-376 Part 2, 8.1.4).
 */
export function decodePart(bytes: Uint8Array): PartText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  return { text: new TextDecoder('utf-8').decode(bom ? bytes.subarray(3) : bytes), encoding: bom ? 'utf-8-bom' : 'utf-8' };
}

/** Edited text back into bytes, in the encoding the part had. */
export function encodePart(text: string, encoding: PartEncoding): Uint8Array {
  if (encoding === 'utf-8' || encoding === 'utf-8-bom') {
    const body = new TextEncoder().encode(text);
    if (encoding === 'utf-8') return body;
    const out = new Uint8Array(body.length + 3);
    out.set([0xef, 0xbb, 0xbf]);
    out.set(body, 3);
    return out;
  }
  const out = new Uint8Array(2 + text.length * 2);
  const view = new DataView(out.buffer);
  const little = encoding === 'utf-16le';
  view.setUint16(0, 0xfeff, little);
  for (let i = 0; i < text.length; i++) view.setUint16(2 + i * 2, text.charCodeAt(i), little);
  return out;
}
