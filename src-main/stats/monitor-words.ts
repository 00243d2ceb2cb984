// How the monitoring messages write numbers.

/** A share as whole percent (0.704 -> 70). */
export const pct = (v: number): number => Math.round(v * 100);

/** At most two decimals, without trailing zeros (0.50 -> "0.5"). */
export const fmt = (v: number): string => String(Number(v.toFixed(2)));
