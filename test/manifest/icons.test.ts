import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { crc32 as zlibCrc32, inflateSync } from 'node:zlib';
import fc from 'fast-check';
import { drawIcon } from '../../scripts/icons/draw-icon';
import { crc32, encodePng } from '../../scripts/icons/encode-png';

const ASSETS = path.resolve(__dirname, '..', '..', 'assets');

interface DecodedPng {
  width: number;
  height: number;
  chunkTypes: string[];
  pixels: Uint8Array;
}

/**
 * A strict decoder for 8-bit RGBA, non-interlaced PNGs, written from the PNG specification and
 * independent of the encoder: every chunk's CRC is checked with zlib's own crc32.
 */
function decodePng(bytes: Uint8Array): DecodedPng {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (!signature.every((b, i) => bytes[i] === b)) throw new Error('not a PNG signature');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const chunkTypes: string[] = [];
  const idat: Uint8Array[] = [];
  let width = 0;
  let height = 0;
  let offset = 8;
  while (offset < bytes.length) {
    const length = view.getUint32(offset);
    const type = String.fromCharCode(...bytes.subarray(offset + 4, offset + 8));
    const data = bytes.subarray(offset + 8, offset + 8 + length);
    const stored = view.getUint32(offset + 8 + length);
    if (zlibCrc32(bytes.subarray(offset + 4, offset + 8 + length)) !== stored) throw new Error(`bad CRC in ${type}`);
    chunkTypes.push(type);
    if (type === 'IHDR') {
      width = view.getUint32(offset + 8);
      height = view.getUint32(offset + 12);
      const [depth, colour, compression, filter, interlace] = data.subarray(8, 13);
      if (depth !== 8 || colour !== 6 || compression !== 0 || filter !== 0 || interlace !== 0)
        throw new Error('not 8-bit RGBA, non-interlaced');
    }
    if (type === 'IDAT') idat.push(data);
    offset += 12 + length;
  }
  const raw = new Uint8Array(inflateSync(Buffer.concat(idat)));
  const stride = width * 4;
  if (raw.length !== height * (stride + 1)) throw new Error(`image data is ${raw.length} bytes, expected ${height * (stride + 1)}`);
  const pixels = new Uint8Array(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const out = pixels.subarray(y * stride, (y + 1) * stride);
    const prev = y > 0 ? pixels.subarray((y - 1) * stride, y * stride) : new Uint8Array(stride);
    for (let x = 0; x < stride; x++) {
      const a = x >= 4 ? out[x - 4] : 0;
      const b = prev[x];
      const c = x >= 4 ? prev[x - 4] : 0;
      const p = a + b - c;
      const paeth =
        Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c) ? a : Math.abs(p - b) <= Math.abs(p - c) ? b : c;
      const predictor = [0, a, b, (a + b) >> 1, paeth][filter];
      if (predictor === undefined) throw new Error(`unknown filter ${filter}`);
      out[x] = (line[x] + predictor) & 0xff;
    }
  }
  return { width, height, chunkTypes, pixels };
}

// Drawing supersamples every pixel 64 times; draw each size once for all the tests.
const drawn = new Map<number, Uint8Array>();
function draw(size: number): Uint8Array {
  if (!drawn.has(size)) drawn.set(size, drawIcon(size));
  return drawn.get(size) as Uint8Array;
}

const committed = readdirSync(ASSETS)
  .map((name) => /^icon-(\d+)\.png$/.exec(name))
  .filter((m): m is RegExpExecArray => m !== null)
  .map((m) => ({ file: m[0], size: Number(m[1]) }))
  .sort((a, b) => a.size - b.size);

describe('the icons in assets/', () => {
  it('come in the sizes the manifest and the task pane use', () => {
    expect(committed.map((icon) => icon.size)).toEqual([16, 32, 64, 80, 128]);
  });

  it.each(committed)('$file is exactly what scripts/draw-icons.ts draws (rerun it after changing the drawing)', ({ file, size }) => {
    const decoded = decodePng(readFileSync(path.join(ASSETS, file)));
    expect({ width: decoded.width, height: decoded.height, chunkTypes: decoded.chunkTypes }).toEqual({
      width: size,
      height: size,
      chunkTypes: ['IHDR', 'IDAT', 'IEND'],
    });
    expect(Buffer.from(decoded.pixels).equals(Buffer.from(draw(size)))).toBe(true);
  });
});

describe('drawIcon', () => {
  /** Share of pixels, by alpha: fully transparent, partly covered (anti-aliased edges), opaque. */
  function coverage(size: number) {
    const pixels = draw(size);
    const counts = { clear: 0, edge: 0, opaque: 0 };
    for (let i = 3; i < pixels.length; i += 4) {
      if (pixels[i] === 0) counts.clear += 1;
      else if (pixels[i] === 255) counts.opaque += 1;
      else counts.edge += 1;
    }
    return counts;
  }

  it('keeps the 16 px icon crisp: few partly covered pixels, the mark fills most of the square', () => {
    const { clear, edge, opaque } = coverage(16);
    expect({ edgeAtMost8: edge <= 8, opaqueAtLeastTwoThirds: opaque >= (256 * 2) / 3, clearSome: clear > 0 }).toEqual({
      edgeAtMost8: true,
      opaqueAtLeastTwoThirds: true,
      clearSome: true,
    });
  });

  it('anti-aliases the larger icons: round corners and the check have partly covered pixels', () => {
    expect([32, 64, 80, 128].map((size) => coverage(size).edge > size / 2)).toEqual([true, true, true, true]);
  });

  it('refuses sizes it cannot draw', () => {
    expect(() => drawIcon(8)).toThrow(new RangeError('icon size must be a whole number of pixels ≥ 16, got 8'));
    expect(() => drawIcon(31.5)).toThrow(new RangeError('icon size must be a whole number of pixels ≥ 16, got 31.5'));
  });
});

describe('encodePng', () => {
  it('computes the CRC-32 that zlib computes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => crc32(bytes) === zlibCrc32(bytes)));
  });

  it('writes PNGs that decode to the same pixels', () => {
    const image = fc
      .tuple(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 9 }))
      .chain(([width, height]) =>
        fc.uint8Array({ minLength: width * height * 4, maxLength: width * height * 4 }).map((pixels) => ({ width, height, pixels })),
      );
    fc.assert(
      fc.property(image, ({ width, height, pixels }) => {
        const decoded = decodePng(encodePng(width, height, pixels));
        expect({ width: decoded.width, height: decoded.height, pixels: Array.from(decoded.pixels) }).toEqual({
          width,
          height,
          pixels: Array.from(pixels),
        });
      }),
    );
  });

  it('refuses pixels that do not match the size', () => {
    expect(() => encodePng(2, 2, new Uint8Array(15))).toThrow(new RangeError('expected 16 RGBA bytes for 2×2, got 15'));
    expect(() => encodePng(0, 2, new Uint8Array(0))).toThrow(new RangeError('PNG size must be whole positive pixels, got 0×2'));
  });
});
