import type { LooksLike } from '../../core/ports/file-problem';
import { readZipDirectory } from '../list-zip-entries';
import { looksLikeText } from './looks-like-text';

/**
 * What a file that is not the spreadsheet it was taken for looks like, by its first bytes,
 * for `file_not_spreadsheet`: a PDF, an image, a Word or PowerPoint file in a zip, another
 * zip, or text; null when the bytes do not say.
 *
 * @example
 * looksLikeOf(new TextEncoder().encode('%PDF-1.7')) //=> 'pdf'
 */
export function looksLikeOf(bytes: Uint8Array): LooksLike | null {
  const b = bytes;
  if (b[0] === 0x25 && b[1] === 0x50 && b[2] === 0x44 && b[3] === 0x46) return 'pdf';
  if (isImage(b)) return 'image';
  if (b[0] === 0x50 && b[1] === 0x4b) {
    const names = readZipDirectory(bytes)?.entries.map((e) => e.name) ?? [];
    if (names.includes('word/document.xml')) return 'word';
    if (names.includes('ppt/presentation.xml')) return 'powerpoint';
    return 'archive';
  }
  if (b[0] === 0x1f && b[1] === 0x8b) return 'archive';
  if (b[0] === 0x52 && b[1] === 0x61 && b[2] === 0x72 && b[3] === 0x21) return 'archive';
  if (b[0] === 0x37 && b[1] === 0x7a && b[2] === 0xbc && b[3] === 0xaf) return 'archive';
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 4096));
  return looksLikeText(head) ? 'text' : null;
}

function isImage(b: Uint8Array): boolean {
  if (b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47) return true; // PNG
  if (b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return true; // JPEG
  if (b[0] === 0x47 && b[1] === 0x49 && b[2] === 0x46 && b[3] === 0x38) return true; // GIF
  return b[0] === 0x52 && b[1] === 0x49 && b[2] === 0x46 && b[3] === 0x46 && b[8] === 0x57 && b[9] === 0x45; // WEBP
}
