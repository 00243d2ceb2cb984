// Krippendorff's alpha (Krippendorff 2011, "Computing Krippendorff's alpha-reliability"),
// coincidence-matrix form with missing data: units with fewer than 2 values are ignored.
import { ok, undef } from './stat.js';
import type { Layout } from './sufficient.js';
import type { AlphaFamily, Stat } from './types.js';

export type AlphaMetric = 'nominal' | 'ordinal' | 'interval' | 'ratio';

/**
 * Squared distance delta^2(c, k) for c < k. Ordinal uses the rank-based distance over the full
 * scale's order with marginals n_g: (sum_{g=c..k} n_g - (n_c + n_k)/2)^2. Ratio needs values
 * whose sum is not 0 for distinct levels (returns NaN otherwise).
 */
function delta2(
  metric: AlphaMetric,
  c: number,
  k: number,
  v: readonly number[],
  n: Float64Array,
): number {
  switch (metric) {
    case 'nominal':
      return 1;
    case 'ordinal': {
      let s = 0;
      for (let g = c; g <= k; g++) s += n[g]!;
      s -= (n[c]! + n[k]!) / 2;
      return s * s;
    }
    case 'interval':
      return (v[c]! - v[k]!) ** 2;
    case 'ratio': {
      const sum = v[c]! + v[k]!;
      return sum === 0 ? Number.NaN : ((v[c]! - v[k]!) / sum) ** 2;
    }
  }
}

/** Alpha for one metric from the coincidence sums (o_ck, c < k) and marginals n_c. */
export function alphaFromCoincidences(
  metric: AlphaMetric,
  o: ArrayLike<number>,
  oOff: number,
  n: Float64Array,
  values: readonly number[],
  nUnits: number,
): Stat {
  const q = n.length;
  if (nUnits === 0) return undef('no sample has two or more ratings', 0);
  let total = 0;
  for (let c = 0; c < q; c++) total += n[c]!;
  let dO = 0;
  let dE = 0;
  let idx = oOff;
  for (let c = 0; c < q; c++) {
    for (let k = c + 1; k < q; k++, idx++) {
      const occ = o[idx]!;
      const nn = n[c]! * n[k]!;
      if (occ === 0 && nn === 0) continue;
      const d = delta2(metric, c, k, values, n);
      if (Number.isNaN(d)) {
        return undef(
          'the ratio metric needs scale values with a nonzero sum for every pair',
          nUnits,
        );
      }
      dO += occ * d;
      dE += nn * d;
    }
  }
  if (!(dE > 0)) {
    return undef('all pairable ratings are on one level: expected disagreement is 0', nUnits);
  }
  return ok(1 - ((total - 1) * dO) / dE, nUnits);
}

export function alphaFromSums(s: Float64Array, L: Layout, values: readonly number[]): AlphaFamily {
  const n = s.subarray(L.NV, L.NV + L.q) as Float64Array;
  const nUnits = s[L.N2]!;
  const a = (m: AlphaMetric): Stat => alphaFromCoincidences(m, s, L.O, n, values, nUnits);
  return {
    nominal: a('nominal'),
    ordinal: a('ordinal'),
    interval: a('interval'),
    ratio: a('ratio'),
  };
}
