// Constructors for statistic objects: a defined value, or null with the reason it is undefined.
import type { Stat } from './types.js';

/** A defined statistic; a non-finite value (0/0 that slipped through) becomes undefined. */
export function ok(value: number, nUsed: number, extra: Partial<Stat> = {}): Stat {
  if (!Number.isFinite(value))
    return undef('the value is not a finite number for this data', nUsed);
  return { value, defined: true, n_used: nUsed, ...extra };
}

export function undef(reason: string, nUsed: number, extra: Partial<Stat> = {}): Stat {
  return { value: null, defined: false, n_used: nUsed, reason, ...extra };
}

/** Chance-corrected coefficient (po - pe) / (1 - pe); undefined when pe is 1. */
export function chanceCorrected(po: number, pe: number, nUsed: number, peReason: string): Stat {
  if (!(1 - pe > 1e-12)) return undef(peReason, nUsed, { p_observed: po, p_expected: pe });
  return ok((po - pe) / (1 - pe), nUsed, { p_observed: po, p_expected: pe });
}
