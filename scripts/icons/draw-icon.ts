/**
 * PlanSheet's mark: a calendar page whose body is a spreadsheet grid, ticked with a check —
 * "the year's plan, checked". Drawn with plain geometry and supersampled so that edges are
 * smooth at 64–128 px and still crisp at 16 px, where edges are snapped to whole pixels.
 */

type Rgba = readonly [number, number, number, number];

const COLORS = {
  frame: [0x18, 0x5c, 0x37, 0xff],
  header: [0x1f, 0x7a, 0x48, 0xff],
  paper: [0xff, 0xff, 0xff, 0xff],
  grid: [0xb7, 0xdd, 0xc5, 0xff],
  ring: [0xff, 0xff, 0xff, 0xff],
  check: [0x12, 0x8a, 0x4a, 0xff],
} as const satisfies Record<string, Rgba>;

type Shape = (x: number, y: number) => boolean;

type Box = readonly [x0: number, y0: number, x1: number, y1: number];

interface Layer {
  readonly color: Rgba;
  readonly shape: Shape;
  /** Nothing of the shape lies outside it; lets a pixel skip the layers far from it. */
  readonly box: Box;
}

function roundRect(x0: number, y0: number, x1: number, y1: number, r: number): Shape {
  return (x, y) => {
    if (x < x0 || x > x1 || y < y0 || y > y1) return false;
    const dx = Math.max(x0 + r - x, 0, x - (x1 - r));
    const dy = Math.max(y0 + r - y, 0, y - (y1 - r));
    return dx * dx + dy * dy <= r * r;
  };
}

function both(a: Shape, b: Shape): Shape {
  return (x, y) => a(x, y) && b(x, y);
}

/** A polyline of the given width with round joins and caps. */
function stroke(points: readonly Point[], width: number): Shape {
  const half = width / 2;
  return (x, y) => {
    for (let i = 1; i < points.length; i++) {
      const [ax, ay] = points[i - 1];
      const [bx, by] = points[i];
      const vx = bx - ax;
      const vy = by - ay;
      const t = Math.max(0, Math.min(1, ((x - ax) * vx + (y - ay) * vy) / (vx * vx + vy * vy)));
      const dx = x - (ax + t * vx);
      const dy = y - (ay + t * vy);
      if (dx * dx + dy * dy <= half * half) return true;
    }
    return false;
  };
}

interface Geometry {
  readonly sheet: Box;
  readonly radius: number;
  readonly border: number;
  readonly headerBottom: number;
  readonly rings: readonly Box[];
  readonly ringBorder: number;
  readonly gridColumns: readonly number[];
  readonly gridRows: readonly number[];
  readonly gridWidth: number;
  readonly check: Check;
}

type Point = readonly [number, number];

type Check =
  /** `halo` is a paper-coloured margin that keeps grid lines off the check. */
  | { readonly kind: 'stroke'; readonly points: readonly Point[]; readonly width: number; readonly halo: number }
  /** Set pixel by pixel where a smooth diagonal would only blur. */
  | { readonly kind: 'pixels'; readonly pixels: readonly Point[] };

/** Designed on a 32-unit square; rectangle edges land on whole pixels at every size. */
function geometry(size: number): Geometry {
  if (size <= 16) {
    // Hand-placed: at 16 px each pixel is a design decision.
    return {
      sheet: [1, 2, 15, 15],
      radius: 1,
      border: 1,
      headerBottom: 6,
      rings: [
        [4, 0, 6, 3],
        [10, 0, 12, 3],
      ],
      ringBorder: 0,
      gridColumns: [],
      gridRows: [],
      gridWidth: 0,
      check: {
        kind: 'pixels',
        pixels: [
          [11, 7],
          [12, 7],
          [10, 8],
          [11, 8],
          [3, 9],
          [4, 9],
          [9, 9],
          [10, 9],
          [4, 10],
          [5, 10],
          [8, 10],
          [9, 10],
          [5, 11],
          [6, 11],
          [7, 11],
          [8, 11],
          [6, 12],
          [7, 12],
        ],
      },
    };
  }
  const u = size / 32;
  const px = (v: number) => Math.round(v * u);
  const border = Math.max(1, Math.round(size / 24));
  const sheet = [px(2), px(4), px(30), px(30)] as const;
  const headerBottom = px(11);
  const inner = [sheet[0] + border, headerBottom, sheet[2] - border, sheet[3] - border] as const;
  const gridWidth = Math.max(1, Math.round(size / 40));
  const third = (a: number, b: number, k: number) => Math.round(a + ((b - a) * k) / 3 - gridWidth / 2);
  return {
    sheet,
    radius: 3 * u,
    border,
    headerBottom,
    rings: [
      [px(8), px(1.5), px(11), px(8)],
      [px(21), px(1.5), px(24), px(8)],
    ],
    ringBorder: Math.max(1, Math.round(size / 40)),
    gridColumns: [third(inner[0], inner[2], 1), third(inner[0], inner[2], 2)],
    gridRows: [third(inner[1], inner[3], 1), third(inner[1], inner[3], 2)],
    gridWidth,
    check: {
      kind: 'stroke',
      points: [
        [9 * u, 19.5 * u],
        [14 * u, 24.5 * u],
        [24 * u, 14 * u],
      ],
      width: 3.4 * u,
      halo: 1.2 * u,
    },
  };
}

function layers(size: number): Layer[] {
  const g = geometry(size);
  const [x0, y0, x1, y1] = g.sheet;
  const b = g.border;
  const outline = roundRect(x0, y0, x1, y1, g.radius);
  const insideBox: Box = [x0 + b, y0 + b, x1 - b, y1 - b];
  const inside = roundRect(...insideBox, Math.max(0, g.radius - b));
  const out: Layer[] = [
    { color: COLORS.frame, shape: outline, box: g.sheet },
    { color: COLORS.paper, shape: inside, box: insideBox },
    {
      color: COLORS.header,
      shape: both(inside, (_x, y) => y < g.headerBottom),
      box: [insideBox[0], insideBox[1], insideBox[2], g.headerBottom],
    },
  ];
  for (const column of g.gridColumns) {
    out.push({
      color: COLORS.grid,
      shape: both(inside, (x, y) => y >= g.headerBottom && x >= column && x < column + g.gridWidth),
      box: [column, g.headerBottom, column + g.gridWidth, insideBox[3]],
    });
  }
  for (const row of g.gridRows) {
    out.push({
      color: COLORS.grid,
      shape: both(inside, (_x, y) => y >= row && y < row + g.gridWidth),
      box: [insideBox[0], row, insideBox[2], row + g.gridWidth],
    });
  }
  for (const ring of g.rings) {
    const [rx0, ry0, rx1, ry1] = ring;
    const r = (rx1 - rx0) / 2;
    out.push({ color: COLORS.frame, shape: roundRect(rx0, ry0, rx1, ry1, r), box: ring });
    if (g.ringBorder > 0) {
      const rb = g.ringBorder;
      out.push({ color: COLORS.ring, shape: roundRect(rx0 + rb, ry0 + rb, rx1 - rb, ry1 - rb, Math.max(0, r - rb)), box: ring });
    }
  }
  const check = g.check;
  if (check.kind === 'pixels') {
    const set = new Set(check.pixels.map(([x, y]) => `${x},${y}`));
    const xs = check.pixels.map(([x]) => x);
    const ys = check.pixels.map(([, y]) => y);
    out.push({
      color: COLORS.check,
      shape: (x, y) => set.has(`${Math.floor(x)},${Math.floor(y)}`),
      box: [Math.min(...xs), Math.min(...ys), Math.max(...xs) + 1, Math.max(...ys) + 1],
    });
  } else {
    const strokeBox = (width: number): Box => {
      const xs = check.points.map(([x]) => x);
      const ys = check.points.map(([, y]) => y);
      return [Math.min(...xs) - width / 2, Math.min(...ys) - width / 2, Math.max(...xs) + width / 2, Math.max(...ys) + width / 2];
    };
    const haloWidth = check.width + 2 * check.halo;
    out.push({ color: COLORS.paper, shape: both(inside, stroke(check.points, haloWidth)), box: strokeBox(haloWidth) });
    out.push({ color: COLORS.check, shape: stroke(check.points, check.width), box: strokeBox(check.width) });
  }
  return out;
}

/** Samples per pixel along each axis. */
const SUPERSAMPLE = 8;

/**
 * Draws the PlanSheet icon as straight-alpha RGBA pixels, transparent around the mark.
 *
 * @example
 * drawIcon(16).length
 * //=> 1024
 */
export function drawIcon(size: number): Uint8Array {
  if (!Number.isInteger(size) || size < 16) throw new RangeError(`icon size must be a whole number of pixels ≥ 16, got ${size}`);
  const stack = layers(size);
  const pixels = new Uint8Array(size * size * 4);
  const step = 1 / SUPERSAMPLE;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const near = stack.filter(({ box }) => box[0] < px + 1 && box[2] > px && box[1] < py + 1 && box[3] > py);
      // Each sample takes the colour of the topmost layer under it; averaging premultiplied
      // samples keeps shared edges (paper against frame) free of seams.
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const x = px + (sx + 0.5) * step;
          const y = py + (sy + 0.5) * step;
          for (let i = near.length - 1; i >= 0; i--) {
            if (near[i].shape(x, y)) {
              const [cr, cg, cb, ca] = near[i].color;
              r += cr * ca;
              g += cg * ca;
              b += cb * ca;
              a += ca;
              break;
            }
          }
        }
      }
      const o = (py * size + px) * 4;
      if (a > 0) {
        pixels[o] = Math.round(r / a);
        pixels[o + 1] = Math.round(g / a);
        pixels[o + 2] = Math.round(b / a);
        pixels[o + 3] = Math.round(a / (SUPERSAMPLE * SUPERSAMPLE));
      }
    }
  }
  return pixels;
}
