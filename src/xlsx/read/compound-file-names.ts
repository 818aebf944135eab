const SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const END_OF_CHAIN = 0xfffffffe;
const MAX_REGULAR_SECTOR = 0xfffffffa;
const HEADER_DIFAT_ENTRIES = 109;
const ENTRY_SIZE = 128;

/**
 * Whether the bytes start as a compound file (an OLE2 "structured storage" file: .xls, .doc, .ppt,
 * encrypted OOXML), by its signature ([MS-CFB] 2.2).
 *
 * @example
 * isCompoundFile(xlsBytes) //=> true
 */
export function isCompoundFile(bytes: Uint8Array): boolean {
  return bytes.length >= 512 && SIGNATURE.every((b, i) => bytes[i] === b);
}

/**
 * The names of the streams and storages in a compound file's directory ([MS-CFB] 2.2 and 2.6),
 * which say what the file is: `Workbook` or `Book` (Excel and WPS), `WordDocument`,
 * `PowerPoint Document`, or `EncryptionInfo` and `EncryptedPackage` (an .xlsx or .docx saved
 * with a password to open, [MS-OFFCRYPTO] 2.3.4.1). Null when the directory cannot be followed
 * (a damaged or truncated file). Reads only the header, the FAT sectors and the directory
 * chain, each at most once, so a looping chain ends.
 *
 * @example
 * compoundFileNames(xlsBytes) //=> ['Root Entry', 'Workbook', '\u0005SummaryInformation', …]
 */
export function compoundFileNames(bytes: Uint8Array): string[] | null {
  if (!isCompoundFile(bytes)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const shift = view.getUint16(0x1e, true);
  if (shift !== 9 && shift !== 12) return null;
  const sectorSize = 1 << shift;
  const sectorAt = (n: number): number => (n + 1) * sectorSize;
  const fat = fatSectors(view, sectorSize, sectorAt);
  if (fat === null) return null;
  const nextSector = (n: number): number | null => {
    const slot = fat[Math.floor((n * 4) / sectorSize)];
    const at = slot === undefined ? -1 : sectorAt(slot) + ((n * 4) % sectorSize);
    return at < 0 || at + 4 > bytes.length ? null : view.getUint32(at, true);
  };
  const names: string[] = [];
  const seen = new Set<number>();
  for (let sector = view.getUint32(0x30, true); sector !== END_OF_CHAIN;) {
    if (sector > MAX_REGULAR_SECTOR || seen.has(sector) || sectorAt(sector) + sectorSize > bytes.length) return null;
    seen.add(sector);
    for (let at = sectorAt(sector); at < sectorAt(sector) + sectorSize; at += ENTRY_SIZE) {
      const name = entryName(view, at);
      if (name !== null) names.push(name);
    }
    const next = nextSector(sector);
    if (next === null) return null;
    sector = next;
  }
  return names;
}

/** The sector numbers of the FAT: the first 109 in the header, the rest along the DIFAT chain. */
function fatSectors(view: DataView, sectorSize: number, sectorAt: (n: number) => number): number[] | null {
  const count = view.getUint32(0x2c, true);
  const sectors: number[] = [];
  for (let i = 0; i < Math.min(count, HEADER_DIFAT_ENTRIES); i++) sectors.push(view.getUint32(0x4c + i * 4, true));
  const seen = new Set<number>();
  for (let difat = view.getUint32(0x44, true); sectors.length < count && difat <= MAX_REGULAR_SECTOR;) {
    const at = sectorAt(difat);
    if (seen.has(difat) || at + sectorSize > view.byteLength) return null;
    seen.add(difat);
    for (let i = 0; i < sectorSize / 4 - 1 && sectors.length < count; i++) sectors.push(view.getUint32(at + i * 4, true));
    difat = view.getUint32(at + sectorSize - 4, true);
  }
  return sectors.length === count ? sectors : null;
}

/** A directory entry's name (UTF-16LE, its length in bytes with the terminator); null for an unused entry. */
function entryName(view: DataView, at: number): string | null {
  const length = view.getUint16(at + 0x40, true);
  const type = view.getUint8(at + 0x42);
  if (type === 0 || length < 2 || length > 64) return null;
  let name = '';
  for (let i = 0; i < length - 2; i += 2) name += String.fromCharCode(view.getUint16(at + i, true));
  return name;
}
