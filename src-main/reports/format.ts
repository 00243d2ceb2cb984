// How figures read in a report. Coefficients keep the three decimals `concord stats` prints;
// shares read as whole percentages, so every figure can be traced to the stats output.
import type { Stat } from '../stats/index.js';

export const DASH = '–';

export function coefficient(v: number | null | undefined): string {
  return v === null || v === undefined ? DASH : v.toFixed(3);
}

export function percent(v: number | null | undefined): string {
  return v === null || v === undefined ? DASH : `${Math.round(v * 100)}%`;
}

/** Signed, in levels or points: "+0.250" / "-0.500" (ASCII minus, as `concord stats` prints). */
export function signed(v: number | null | undefined, digits = 3): string {
  if (v === null || v === undefined) return DASH;
  const text = Math.abs(v).toFixed(digits);
  return v > 0 ? `+${text}` : v < 0 ? `-${text}` : text;
}

/** "0.512 [0.301, 0.700]" or "55% [41%, 68%]"; the reason when the value is undefined. */
export function statWithInterval(st: Stat | undefined, as: 'coefficient' | 'percent'): string {
  if (!st) return DASH;
  if (!st.defined || st.value === null) return `n/a (${st.reason ?? 'not defined'})`;
  const f = as === 'percent' ? percent : coefficient;
  const hasCi =
    st.ci95_lower !== undefined &&
    st.ci95_lower !== null &&
    st.ci95_upper !== undefined &&
    st.ci95_upper !== null;
  return hasCi ? `${f(st.value)} [${f(st.ci95_lower)}, ${f(st.ci95_upper)}]` : f(st.value);
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
