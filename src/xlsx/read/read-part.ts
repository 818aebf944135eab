import type { ZipEntry } from '../list-zip-entries';
import { streamEntry, type Inflater } from './inflate-entry';
import type { ReadBudget } from './read-budget';
import { XmlTokenizer, type XmlHandler } from './xml-tokenizer';

/**
 * Reads one XML part through `handler` as it is inflated: UTF-8, or UTF-16 when the part starts
 * with its byte order mark (both allowed by OPC, ECMA-376 Part 2, 8.1.4), turned into UTF-8 first.
 *
 * @example
 * await readXmlPart(bytes, entry, budget, stylesHandler())
 */
export async function readXmlPart(
  bytes: Uint8Array,
  entry: ZipEntry,
  budget: ReadBudget,
  handler: XmlHandler,
  inflater?: Inflater,
): Promise<void> {
  const tokenizer = new XmlTokenizer(handler);
  let utf16: TextDecoder | null = null;
  let first = true;
  const encoder = new TextEncoder();
  await streamEntry(
    bytes,
    entry,
    budget,
    (piece) => {
      if (first) {
        first = false;
        if ((piece[0] === 0xff && piece[1] === 0xfe) || (piece[0] === 0xfe && piece[1] === 0xff)) {
          utf16 = new TextDecoder(piece[0] === 0xff ? 'utf-16le' : 'utf-16be');
        }
      }
      tokenizer.write(utf16 === null ? piece : encoder.encode((utf16 as TextDecoder).decode(piece, { stream: true })));
    },
    inflater,
  );
  tokenizer.end();
}
