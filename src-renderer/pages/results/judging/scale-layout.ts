// Where everything on the scale chart goes, in pixels of the width it is drawn at: one row per
// sample (strongest at the top), the logit axis across, level bands behind. Drawing at the real
// width, not a fixed one scaled down, keeps the text readable on a phone.
import type { NamedBand, ScaleRow } from '../../../../src-main/domain/judging-words.js';
import { interval95 } from '../../../../src-main/domain/interval.js';

export interface PlacedRow extends ScaleRow {
  y: number;
  cx: number;
  /** The 95% interval's ends; null without a standard error. */
  x1: number | null;
  x2: number | null;
  /** Where the anchor's level is written, beside its interval. */
  note: { x: number; side: 'start' | 'end' } | null;
}

export interface PlacedBand {
  level: number;
  label: string;
  x1: number;
  x2: number;
  /** The band's name as it fits: in full, its level number only, or nothing. */
  text: string;
  shade: boolean;
}

export interface ScaleLayout {
  width: number;
  height: number;
  plotLeft: number;
  plotRight: number;
  /** Top and bottom of the area the rows and bands share. */
  top: number;
  bottom: number;
  ticks: { value: number; x: number }[];
  bands: PlacedBand[];
  boundaries: number[];
  rows: PlacedRow[];
}

const TOP = 52;
const BOTTOM_MARGIN = 40;
const RIGHT_MARGIN = 16;
const GAP = 10;
/** Rough width of one character of the chart's 13-14 px text: enough to decide what fits. */
const CHAR = 7.5;

export function rowHeight(rows: number): number {
  return rows > 40 ? 24 : 30;
}

export function labelWidth(width: number): number {
  return Math.round(Math.min(150, Math.max(88, width * 0.24)));
}

/** A tick step of 0.5, 1, 2 or 5 logits (or more) that leaves room for each tick's label. */
export function tickStep(span: number, pixels: number): number {
  const most = Math.max(2, Math.floor(pixels / 56));
  for (const step of [0.5, 1, 2, 5, 10, 20, 50]) if (span / step <= most) return step;
  return 100;
}

export function scaleLayout(input: {
  rows: readonly ScaleRow[];
  bands: readonly NamedBand[];
  width: number;
}): ScaleLayout {
  const { rows, bands, width } = input;
  const plotLeft = labelWidth(width) + GAP;
  const plotRight = Math.max(plotLeft + 40, width - RIGHT_MARGIN);
  const step = rowHeight(rows.length);
  const bottom = TOP + step * rows.length;

  const boundaries = bands.flatMap((b) => (b.from === null ? [] : [b.from]));
  const ends = rows.flatMap((r) => {
    const interval = interval95(r.ability, r.se);
    return interval ? [interval.low, interval.high] : [r.ability];
  });
  const values = [...ends, ...boundaries];
  let min = values.length > 0 ? Math.min(...values) : -1;
  let max = values.length > 0 ? Math.max(...values) : 1;
  if (max - min < 1e-9) [min, max] = [min - 1, max + 1];
  const pad = (max - min) * 0.04;
  [min, max] = [min - pad, max + pad];
  const x = (v: number) => plotLeft + ((v - min) / (max - min)) * (plotRight - plotLeft);

  const tick = tickStep(max - min, plotRight - plotLeft);
  const ticks: ScaleLayout['ticks'] = [];
  for (let v = Math.ceil(min / tick) * tick; v <= max + 1e-9; v += tick) {
    // Rounded, so 0.1 + 0.2 steps never print as 0.30000000000000004.
    const value = Math.round(v * 1000) / 1000;
    ticks.push({ value, x: x(value) });
  }

  const placedBands = bands.map((b, i): PlacedBand => {
    const x1 = b.from === null ? plotLeft : Math.max(plotLeft, x(b.from));
    const x2 = b.to === null ? plotRight : Math.min(plotRight, x(b.to));
    const room = x2 - x1 - 8;
    const text =
      b.label.length * CHAR <= room
        ? b.label
        : String(b.level).length * CHAR <= room
          ? String(b.level)
          : '';
    return { level: b.level, label: b.label, x1, x2, text, shade: i % 2 === 0 };
  });

  const placedRows = rows.map((r, i): PlacedRow => {
    const interval = interval95(r.ability, r.se);
    const cx = x(r.ability);
    const x1 = interval ? x(interval.low) : null;
    const x2 = interval ? x(interval.high) : null;
    let note: PlacedRow['note'] = null;
    if (r.anchorLevel !== null) {
      const needed = r.anchorLevel.length * CHAR;
      const right = (x2 ?? cx) + GAP;
      const left = (x1 ?? cx) - GAP;
      note =
        right + needed <= plotRight || left - needed < plotLeft
          ? { x: right, side: 'start' }
          : { x: left, side: 'end' };
    }
    return { ...r, y: TOP + step * i + step / 2, cx, x1, x2, note };
  });

  return {
    width,
    height: bottom + BOTTOM_MARGIN,
    plotLeft,
    plotRight,
    top: TOP - 6,
    bottom,
    ticks,
    bands: placedBands,
    boundaries: boundaries.map(x),
    rows: placedRows,
  };
}
