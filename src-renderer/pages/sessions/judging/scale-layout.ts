// Where each sample of the live scale sits on one shared axis: its place (ability) and the band
// where it probably lies (ability ± 1.96 standard errors, a 95% interval), as percentages of the
// axis, strongest first.
import type { MethodOutput } from '../../../../src-main/api/contract.js';
import { interval95 } from '../../../../src-main/domain/interval.js';

export type ScaleSample = MethodOutput<'judging.scale'>['samples'][number];

export interface ScaleRow extends ScaleSample {
  /** The interval's ends in the scale's units; null while the sample has no standard error. */
  low: number | null;
  high: number | null;
  /** Positions on the axis, 0 to 100; null for a sample not compared yet. */
  at: number | null;
  from: number | null;
  to: number | null;
}

export function scaleLayout(samples: readonly ScaleSample[]): ScaleRow[] {
  const placed = samples.filter((s) => s.comparisons > 0);
  const ends = placed.flatMap((s) => {
    const interval = interval95(s.ability, s.se);
    return interval ? [interval.low, interval.high] : [s.ability];
  });
  let min = Math.min(...ends);
  let max = Math.max(...ends);
  if (!(max - min > 1e-9)) {
    // One place for every sample (or none): an axis one unit either side still draws it.
    min = (Number.isFinite(min) ? min : 0) - 1;
    max = min + 2;
  }
  // A little room at both ends, so a dot at the edge is drawn whole.
  const pad = (max - min) * 0.04;
  min -= pad;
  max += pad;
  const position = (value: number) => ((value - min) / (max - min)) * 100;
  return [...samples]
    .sort(
      (a, b) =>
        Number(b.comparisons > 0) - Number(a.comparisons > 0) ||
        b.ability - a.ability ||
        a.code.localeCompare(b.code),
    )
    .map((s) => {
      const compared = s.comparisons > 0;
      const interval = interval95(s.ability, s.se);
      const low = interval?.low ?? null;
      const high = interval?.high ?? null;
      return {
        ...s,
        low,
        high,
        at: compared ? position(s.ability) : null,
        from: compared && low !== null ? position(low) : null,
        to: compared && high !== null ? position(high) : null,
      };
    });
}

/** A scale value for people: one decimal and a true minus sign. */
export function scaleNumber(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  const text = Math.abs(rounded).toFixed(1);
  return rounded < 0 ? `−${text}` : text;
}
