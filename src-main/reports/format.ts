// How figures read in a report. Coefficients keep the three decimals `concord stats` prints;
// shares read as whole percentages, so every figure can be traced to the stats output.
import { noRangeWords } from '../stats/interpret.js';
import type { Stat } from '../stats/index.js';
import { percent as wholePercent } from '../domain/percent.js';

export const DASH = '–';

export function coefficient(v: number | null | undefined): string {
  return v === null || v === undefined ? DASH : v.toFixed(3);
}

/** A share as a whole percent, or a dash where there is none. */
export function percent(v: number | null | undefined): string {
  return v === null || v === undefined ? DASH : wholePercent(v);
}

/** Signed, in levels or points: "+0.250" / "-0.500" (ASCII minus, as `concord stats` prints). */
export function signed(v: number | null | undefined, digits = 3): string {
  if (v === null || v === undefined) return DASH;
  const text = Math.abs(v).toFixed(digits);
  return v > 0 ? `+${text}` : v < 0 ? `-${text}` : text;
}

/**
 * A figure as a report cell writes it: the value (`shown` when the caller has written it, e.g. the
 * verdict's alpha) and either its 95% range in brackets or, where a range would mean nothing, the
 * words saying why. `samples` is what the figure rests on.
 */
export function figureWithRange(
  st: Stat | undefined,
  as: 'coefficient' | 'percent',
  samples: number,
  shown?: string,
): { value: string; range: string | null; noRange: string | null } {
  if (!st) return { value: DASH, range: null, noRange: null };
  if (!st.defined || st.value === null) {
    return { value: DASH, range: null, noRange: st.reason ?? 'not defined' };
  }
  const f = as === 'percent' ? percent : coefficient;
  const value = shown ?? f(st.value);
  const words = noRangeWords(st, samples);
  return words === null
    ? { value, range: `[${f(st.ci95_lower)}, ${f(st.ci95_upper)}]`, noRange: null }
    : { value, range: null, noRange: words };
}

/** "14 October 2026" from an ISO date; the text itself when it does not parse. */
export function longDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}
