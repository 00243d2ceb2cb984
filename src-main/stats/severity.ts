// Rater severity: each rater against the other raters of the same unit. Negative = harsher.
import type { UnitTable } from './input.js';
import type { PairTables } from './pairs.js';
import { ok, undef } from './stat.js';
import type { SeverityFamily, SeverityRater } from './types.js';

/** Median of the values given by level counts (count[k] ratings at values[k]); total > 0. */
function medianOfCounts(
  count: Int32Array,
  base: number,
  q: number,
  values: readonly number[],
  total: number,
  skip: number,
): number {
  // `skip` is a level index whose count is reduced by one (the rater's own rating).
  const lowRank = (total - 1) >> 1;
  const highRank = total >> 1;
  let seen = 0;
  let low = Number.NaN;
  for (let k = 0; k < q; k++) {
    const c = count[base + k]! - (k === skip ? 1 : 0);
    if (c <= 0) continue;
    if (Number.isNaN(low) && lowRank < seen + c) low = values[k]!;
    if (highRank < seen + c) return (low + values[k]!) / 2;
    seen += c;
  }
  return low;
}

/**
 * Per rater: n_ratings; mean_score (scale values); vs_median_of_others / vs_mean_of_others =
 * mean over the rater's units with at least one other rating of own score minus the others'
 * median / mean; exact_with_others / adjacent_with_others = share of (own, other) pairs on the
 * same unit that are equal / at most one level apart.
 */
export function severity(t: UnitTable, pt: PairTables): SeverityFamily {
  const R = t.nRaters;
  const q = t.q;
  const values = t.levels;
  const nRatings = new Float64Array(R);
  const sum = new Float64Array(R);
  const nOthers = new Float64Array(R);
  const dMedian = new Float64Array(R);
  const dMean = new Float64Array(R);
  // Median of the others depends only on the unit and the rater's own level: once per level.
  const medianFor = new Float64Array(q);
  for (let u = 0; u < t.nUnits; u++) {
    const a = t.unitStart[u]!;
    const b = t.unitStart[u + 1]!;
    const m = b - a;
    let unitSum = 0;
    for (let x = a; x < b; x++) unitSum += values[t.level[x]!]!;
    medianFor.fill(Number.NaN);
    for (let x = a; x < b; x++) {
      const r = t.rater[x]!;
      const l = t.level[x]!;
      const v = values[l]!;
      nRatings[r]! += 1;
      sum[r]! += v;
      if (m < 2) continue;
      nOthers[r]! += 1;
      dMean[r]! += v - (unitSum - v) / (m - 1);
      let med = medianFor[l]!;
      if (Number.isNaN(med)) {
        med = medianOfCounts(t.counts, u * q, q, values, m - 1, l);
        medianFor[l] = med;
      }
      dMedian[r]! += v - med;
    }
  }
  const pairN = new Float64Array(R);
  const pairEq = new Float64Array(R);
  const pairAdj = new Float64Array(R);
  const qq = q * q;
  for (let p = 0; p < pt.nPairs; p++) {
    let n = 0;
    let e = 0;
    let d = 0;
    for (let i = 0; i < q; i++) {
      for (let j = 0; j < q; j++) {
        const c = pt.table[p * qq + i * q + j]!;
        n += c;
        if (i === j) e += c;
        if (i - j <= 1 && j - i <= 1) d += c;
      }
    }
    for (const r of [pt.a[p]!, pt.b[p]!]) {
      pairN[r]! += n;
      pairEq[r]! += e;
      pairAdj[r]! += d;
    }
  }
  const per_rater: Record<string, SeverityRater> = {};
  const alone = 'the rater scored no sample that another rater also scored';
  for (let r = 0; r < R; r++) {
    const no = nOthers[r]!;
    const np = pairN[r]!;
    per_rater[t.raters[r]!] = {
      n_ratings: nRatings[r]!,
      mean_score: ok(sum[r]! / nRatings[r]!, nRatings[r]!),
      vs_median_of_others: no > 0 ? ok(dMedian[r]! / no, no) : undef(alone, 0),
      vs_mean_of_others: no > 0 ? ok(dMean[r]! / no, no) : undef(alone, 0),
      exact_with_others: np > 0 ? ok(pairEq[r]! / np, np) : undef(alone, 0),
      adjacent_with_others: np > 0 ? ok(pairAdj[r]! / np, np) : undef(alone, 0),
    };
  }
  return { per_rater };
}
