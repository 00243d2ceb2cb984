// Colours and sizes of every chart. Okabe–Ito hues (distinguishable with the common colour-vision
// deficiencies), black text on every fill, and fonts large enough for a projector at the back of
// a classroom. Colour only helps: each cell and bar also carries its number.

/** Series colours, in order. */
export const SERIES_COLOURS = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#CC79A7',
  '#56B4E9',
  '#D55E00',
  '#F0E442',
  '#000000',
] as const;

export const INK = '#1b1f24';
export const GRID_LINE = '#c4c0b6';
export const AXIS_FONT = 18;
export const LABEL_FONT = 20;

const NEUTRAL: Rgb = [247, 247, 247];
const BLUE: Rgb = [86, 180, 233];
const ORANGE: Rgb = [230, 159, 0];

type Rgb = [number, number, number];

function mix(a: Rgb, b: Rgb, t: number): string {
  const c = a.map((v, i) => Math.round(v + (b[i]! - v) * t));
  return `#${c.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}

const clamp = (t: number) => Math.min(1, Math.max(0, t));

/** Light grey (0) to sky blue (1), for counts. */
export function sequential(t: number): string {
  return mix(NEUTRAL, BLUE, clamp(t));
}

/** Orange (-1: harsher) through light grey (0) to sky blue (+1: more lenient). */
export function diverging(t: number): string {
  const x = Math.min(1, Math.max(-1, t));
  return x < 0 ? mix(NEUTRAL, ORANGE, -x) : mix(NEUTRAL, BLUE, x);
}
