// Two pictures of student work for the demo, drawn in code so the repository holds no binary
// files: a hand-drawn bar chart of the traffic counts and a pencil map of the crossing. Every
// wobble and grain comes from fixed formulas, so the bytes are identical on every run.

import { makePng } from './png.js';
import type { Rgb } from './png.js';

export const SKETCH_WIDTH = 400;
export const SKETCH_HEIGHT = 300;

const PAPER: Rgb = [250, 248, 240];
const RULE: Rgb = [196, 216, 238];
const MARGIN_LINE: Rgb = [232, 170, 170];
const PENCIL: Rgb = [72, 72, 80];
const GRAY_CRAYON: Rgb = [128, 128, 136];
const BLUE_CRAYON: Rgb = [52, 104, 196];
const RED_CRAYON: Rgb = [186, 66, 52];
const BROWN_CRAYON: Rgb = [140, 94, 52];
const GREEN_CRAYON: Rgb = [70, 140, 70];
const YELLOW_CRAYON: Rgb = [222, 180, 40];

/** A deterministic value in [0, 1) per pixel, for the grain of pencil on paper. */
function grain(x: number, y: number): number {
  let h = (Math.imul(x, 374761393) + Math.imul(y, 668265263)) | 0;
  h = Math.imul(h ^ (h >>> 13), 1274126177);
  return ((h ^ (h >>> 16)) >>> 0) / 4294967296;
}

class Sheet {
  private readonly px: Uint8Array;

  constructor(
    readonly width: number,
    readonly height: number,
  ) {
    this.px = new Uint8Array(width * height * 3);
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        // Ruled notebook paper: a blue line every 24 px and a red margin.
        const color = x >= 40 && x <= 41 ? MARGIN_LINE : y % 24 === 20 ? RULE : PAPER;
        this.set(x, y, color);
      }
    }
  }

  private set(x: number, y: number, [r, g, b]: Rgb): void {
    const at = (y * this.width + x) * 3;
    this.px[at] = r;
    this.px[at + 1] = g;
    this.px[at + 2] = b;
  }

  get(x: number, y: number): Rgb {
    const at = (y * this.width + x) * 3;
    return [this.px[at]!, this.px[at + 1]!, this.px[at + 2]!];
  }

  /** Lays color over the pixel with the given strength, leaving gaps where the grain is light. */
  dab(x: number, y: number, color: Rgb, strength = 0.85): void {
    const xi = Math.round(x);
    const yi = Math.round(y);
    if (xi < 0 || yi < 0 || xi >= this.width || yi >= this.height) return;
    const a = strength * (0.55 + 0.45 * grain(xi, yi));
    const [r, g, b] = this.get(xi, yi);
    this.set(xi, yi, [
      Math.round(r + (color[0] - r) * a),
      Math.round(g + (color[1] - g) * a),
      Math.round(b + (color[2] - b) * a),
    ]);
  }

  /** A stroke that wavers a little off the straight line, as a hand does. */
  stroke(x0: number, y0: number, x1: number, y1: number, color: Rgb, width = 2, wobble = 1.2) {
    const length = Math.hypot(x1 - x0, y1 - y0);
    const steps = Math.max(1, Math.ceil(length * 2));
    const nx = length === 0 ? 0 : -(y1 - y0) / length;
    const ny = length === 0 ? 0 : (x1 - x0) / length;
    const phase = (x0 * 0.37 + y0 * 0.61) % 6.28;
    const visited = new Set<number>();
    for (let s = 0; s <= steps; s++) {
      const t = s / steps;
      const off = wobble * Math.sin(t * 7 + phase) * Math.sin(t * Math.PI);
      const cx = x0 + (x1 - x0) * t + nx * off;
      const cy = y0 + (y1 - y0) * t + ny * off;
      const r = width / 2;
      for (let dy = -Math.ceil(r); dy <= Math.ceil(r); dy++) {
        for (let dx = -Math.ceil(r); dx <= Math.ceil(r); dx++) {
          if (dx * dx + dy * dy > r * r + 0.25) continue;
          const px = Math.round(cx + dx);
          const py = Math.round(cy + dy);
          // One dab per pixel per stroke, so slow parts of a stroke do not turn darker.
          const key = py * this.width + px;
          if (visited.has(key)) continue;
          visited.add(key);
          this.dab(px, py, color);
        }
      }
    }
  }

  polyline(points: [number, number][], color: Rgb, width = 2): void {
    for (let i = 1; i < points.length; i++) {
      const [x0, y0] = points[i - 1]!;
      const [x1, y1] = points[i]!;
      this.stroke(x0, y0, x1, y1, color, width);
    }
  }

  box(x0: number, y0: number, x1: number, y1: number, color: Rgb, width = 2): void {
    this.polyline(
      [
        [x0, y0],
        [x1, y0 + 1],
        [x1 + 1, y1],
        [x0 - 1, y1 - 1],
        [x0, y0],
      ],
      color,
      width,
    );
  }

  /** Diagonal back-and-forth scribbles, the way a student colors in a shape. */
  hatch(x0: number, y0: number, x1: number, y1: number, color: Rgb, gap = 5): void {
    const h = y1 - y0;
    for (let k = -h; k < x1 - x0; k += gap) {
      const ax = Math.max(x0, x0 + k);
      const ay = y1 - (ax - (x0 + k));
      const bx = Math.min(x1, x0 + k + h);
      const by = y1 - (bx - (x0 + k));
      if (bx - ax < 1) continue;
      this.stroke(ax + 1, ay - 1, bx - 1, by + 1, color, 2, 0.6);
    }
  }

  circle(cx: number, cy: number, radius: number, color: Rgb, width = 2): void {
    const points: [number, number][] = [];
    // A little past a full turn, since a hand-drawn circle rarely closes exactly.
    for (let a = 0; a <= 2.15 * Math.PI; a += 0.2) {
      const r = radius * (1 + 0.06 * Math.sin(a * 3));
      points.push([cx + r * Math.cos(a), cy + r * Math.sin(a)]);
    }
    this.polyline(points, color, width);
  }

  png(): Uint8Array {
    return makePng(this.width, this.height, (x, y) => this.get(x, y));
  }
}

/**
 * A student's bar chart of the Harlow Road counts: cars (gray) and walkers (blue) for the
 * morning, midday and afternoon hours, with a legend of two colored squares and no words.
 */
export function drawTrafficChartPng(): Uint8Array {
  const sheet = new Sheet(SKETCH_WIDTH, SKETCH_HEIGHT);
  const originX = 70;
  const originY = 262;
  const scale = 0.4; // px per vehicle or person: 500 reaches the top of the axis
  sheet.stroke(originX, originY + 4, originX - 1, 44, PENCIL, 3);
  sheet.stroke(originX - 4, originY, 372, originY + 2, PENCIL, 3);
  for (let v = 100; v <= 500; v += 100) {
    const y = originY - v * scale;
    sheet.stroke(originX - 8, y, originX + 1, y + 0.5, PENCIL, 2, 0.3);
  }
  const groups: [number, number][] = [
    [410, 185], // 7:30-8:30
    [220, 30], // 11:00-12:00
    [460, 210], // 3:00-4:00
  ];
  groups.forEach(([cars, walkers], g) => {
    const left = 96 + g * 92;
    const bars: [number, Rgb][] = [
      [cars, GRAY_CRAYON],
      [walkers, BLUE_CRAYON],
    ];
    bars.forEach(([count, color], b) => {
      const x0 = left + b * 32;
      const top = originY - count * scale;
      sheet.hatch(x0, top, x0 + 28, originY - 1, color, 5);
      sheet.box(x0, top, x0 + 28, originY, PENCIL, 2);
    });
  });
  // The legend: a colored square for each series, top right.
  sheet.hatch(318, 40, 336, 56, GRAY_CRAYON, 4);
  sheet.box(318, 40, 336, 56, PENCIL, 2);
  sheet.hatch(318, 66, 336, 82, BLUE_CRAYON, 4);
  sheet.box(318, 66, 336, 82, PENCIL, 2);
  // A stick walker beside the blue square, since the student ran out of room for the word.
  sheet.circle(352, 68, 3, PENCIL, 2);
  sheet.polyline(
    [
      [352, 71],
      [352, 78],
    ],
    PENCIL,
    2,
  );
  sheet.polyline(
    [
      [348, 84],
      [352, 78],
      [356, 84],
    ],
    PENCIL,
    2,
  );
  sheet.box(346, 44, 362, 53, PENCIL, 2); // a little car by the gray square
  sheet.circle(350, 55, 2, PENCIL, 2);
  sheet.circle(358, 55, 2, PENCIL, 2);
  return sheet.png();
}

/**
 * A student's pencil map of the crossing: Harlow Road with its center line and cars, the school
 * above it, houses below, and the proposed footbridge drawn across the road in brown.
 */
export function drawBridgeSketchPng(): Uint8Array {
  const sheet = new Sheet(SKETCH_WIDTH, SKETCH_HEIGHT);
  // The road: two edges and a dashed center line.
  sheet.stroke(48, 130, 392, 126, PENCIL, 3, 2);
  sheet.stroke(48, 190, 392, 194, PENCIL, 3, 2);
  for (let x = 56; x < 384; x += 28) sheet.stroke(x, 160, x + 14, 160, YELLOW_CRAYON, 3, 0.4);
  // Cars on both lanes.
  for (const [x, y] of [
    [84, 140],
    [150, 142],
    [290, 172],
    [340, 170],
  ] as [number, number][]) {
    sheet.hatch(x, y, x + 30, y + 12, RED_CRAYON, 4);
    sheet.box(x, y, x + 30, y + 12, PENCIL, 2);
  }
  // The school, with a flag.
  sheet.box(150, 40, 270, 104, RED_CRAYON, 3);
  sheet.box(196, 72, 222, 104, PENCIL, 2);
  for (const wx of [164, 236]) sheet.box(wx, 54, wx + 20, 70, PENCIL, 2);
  sheet.stroke(270, 40, 270, 14, PENCIL, 2);
  sheet.hatch(270, 14, 290, 24, BLUE_CRAYON, 3);
  // Houses below the road.
  for (const hx of [70, 300]) {
    sheet.box(hx, 236, hx + 50, 280, PENCIL, 2);
    sheet.polyline(
      [
        [hx - 4, 236],
        [hx + 25, 212],
        [hx + 54, 236],
      ],
      BROWN_CRAYON,
      3,
    );
    sheet.box(hx + 19, 256, hx + 31, 280, PENCIL, 2);
  }
  // Trees.
  for (const [tx, ty] of [
    [80, 70],
    [330, 66],
    [372, 92],
  ] as [number, number][]) {
    sheet.circle(tx, ty, 16, GREEN_CRAYON, 3);
    sheet.stroke(tx, ty + 16, tx, ty + 34, BROWN_CRAYON, 3, 0.4);
  }
  // The footbridge: a deck across the road from the school door to the houses, with steps.
  sheet.hatch(196, 108, 224, 226, BROWN_CRAYON, 6);
  sheet.box(196, 108, 224, 226, BROWN_CRAYON, 3);
  for (let y = 112; y < 126; y += 5) sheet.stroke(196, y, 224, y, PENCIL, 1.5, 0.3);
  for (let y = 196; y < 224; y += 5) sheet.stroke(196, y, 224, y, PENCIL, 1.5, 0.3);
  // Walkers on the bridge.
  for (const wy of [150, 176]) {
    sheet.circle(210, wy - 6, 3, PENCIL, 2);
    sheet.stroke(210, wy - 3, 210, wy + 5, PENCIL, 2, 0.2);
  }
  // An arrow from the houses to the school, the route the student means.
  sheet.stroke(160, 250, 188, 214, PENCIL, 2, 1);
  sheet.polyline(
    [
      [178, 216],
      [188, 214],
      [188, 224],
    ],
    PENCIL,
    2,
  );
  return sheet.png();
}
