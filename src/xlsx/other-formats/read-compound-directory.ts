/** One stream or storage of a compound file, as its directory entry describes it. */
export interface CompoundEntry {
  readonly name: string;
  /** 1 storage, 2 stream, 5 the root. */
  readonly type: number;
  /** The first 8 bytes of a stream (fewer when it is shorter); empty for a storage. */
  readonly head: Uint8Array;
}

const ENDOFCHAIN = 0xfffffffe;
const FREESECT = 0xffffffff;
const HEADER_DIFAT = 109;

/**
 * The directory of an OLE compound file (an .xls, .et, .doc, or an encrypted .xlsx), read from
 * its bytes as MS-CFB lays them out: the header, the FAT, the directory's sector chain, and the
 * first bytes of each stream — enough to know what the file holds (Workbook or Book, BIFF8 or
 * BIFF5, EncryptionInfo, WordDocument) before SheetJS parses it, at the cost of a few sectors.
 * Every chain is followed at most as many steps as the file has sectors, so a loop ends.
 * Null when the bytes are no compound file or its structure points outside them.
 *
 * https://learn.microsoft.com/en-us/openspecs/windows_protocols/ms-cfb/
 *
 * @example
 * readCompoundDirectory(xlsBytes)?.map((e) => e.name) //=> ['Root Entry', 'Workbook', '\u0005SummaryInformation', …]
 */
export function readCompoundDirectory(bytes: Uint8Array): CompoundEntry[] | null {
  if (bytes.length < 512) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const shift = view.getUint16(0x1e, true);
  if (shift !== 9 && shift !== 12) return null;
  const size = 1 << shift;
  const sectors = Math.floor((bytes.length - 512) / size) + ((bytes.length - 512) % size ? 1 : 0);
  const fat = readFat(view, size, sectors);
  if (!fat) return null;
  const chain = (start: number): number[] | null => follow(fat, start, sectors);
  const directory = chain(view.getUint32(0x30, true));
  if (!directory || directory.length === 0) return null;
  const cutoff = view.getUint32(0x38, true);
  const rootOffset = 512 + directory[0] * size;
  const rootChain = rootOffset + 128 <= bytes.length ? chain(view.getUint32(rootOffset + 0x74, true)) : null;
  const entries: CompoundEntry[] = [];
  for (const sector of directory) {
    for (let at = 512 + sector * size; at + 128 <= Math.min(bytes.length, 512 + (sector + 1) * size); at += 128) {
      const type = view.getUint8(at + 0x42);
      if (type !== 1 && type !== 2 && type !== 5) continue;
      const nameBytes = Math.min(view.getUint16(at + 0x40, true), 64);
      let name = '';
      for (let i = 0; i + 2 < nameBytes; i += 2) name += String.fromCharCode(view.getUint16(at + i, true));
      const start = view.getUint32(at + 0x74, true);
      const length = view.getUint32(at + 0x78, true);
      const mini = length < cutoff;
      const head = type === 2 ? streamHead(bytes, size, mini ? rootChain : chain(start), mini ? start * 64 : 0, length) : null;
      entries.push({ name, type, head: head ?? new Uint8Array(0) });
    }
  }
  return entries;
}

/** The FAT: every FAT sector the DIFAT lists (109 in the header, the rest in the DIFAT chain). */
function readFat(view: DataView, size: number, sectors: number): Uint32Array | null {
  const fatSectors: number[] = [];
  const count = view.getUint32(0x2c, true);
  if (count > sectors) return null;
  for (let i = 0; i < HEADER_DIFAT && fatSectors.length < count; i++) fatSectors.push(view.getUint32(0x4c + 4 * i, true));
  let difat = view.getUint32(0x44, true);
  for (let steps = 0; fatSectors.length < count && difat < sectors && steps <= sectors; steps++) {
    const base = 512 + difat * size;
    if (base + size > view.byteLength) return null;
    for (let i = 0; i < size / 4 - 1 && fatSectors.length < count; i++) fatSectors.push(view.getUint32(base + 4 * i, true));
    difat = view.getUint32(base + size - 4, true);
  }
  if (fatSectors.length < count) return null;
  const fat = new Uint32Array(count * (size / 4));
  fatSectors.forEach((sector, k) => {
    const base = 512 + sector * size;
    for (let i = 0; i < size / 4 && base + 4 * i + 4 <= view.byteLength; i++) fat[k * (size / 4) + i] = view.getUint32(base + 4 * i, true);
  });
  return fat;
}

/** A sector chain from `start`, or null when it leaves the file or runs longer than the file. */
function follow(fat: Uint32Array, start: number, sectors: number): number[] | null {
  const out: number[] = [];
  for (let sector = start; sector !== ENDOFCHAIN && sector !== FREESECT; sector = fat[sector]) {
    if (sector >= sectors || sector >= fat.length || out.length > sectors) return null;
    out.push(sector);
  }
  return out;
}

/**
 * A stream's first 8 bytes, at `position` in a chain: its own sectors from 0, or the mini stream
 * (the root's chain, in 64-byte mini sectors) at its first mini sector.
 */
function streamHead(bytes: Uint8Array, size: number, chain: number[] | null, position: number, length: number): Uint8Array | null {
  if (!chain) return null;
  const wanted = Math.min(length, 8);
  const sector = chain[Math.floor(position / size)];
  if (sector === undefined) return null;
  const at = 512 + sector * size + (position % size);
  return at + wanted <= bytes.length ? bytes.subarray(at, at + wanted) : null;
}
