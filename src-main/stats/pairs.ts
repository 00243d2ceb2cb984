// Per rater pair contingency tables, built in one pass over the units.
import type { UnitTable } from './input.js';

/**
 * Pair p = (a, b), a < b in rater order, has table[p*q*q + i*q + j] = number of units where
 * rater a gave level i and rater b level j.
 */
export interface PairTables {
  nPairs: number;
  a: Int32Array;
  b: Int32Array;
  table: Int32Array;
}

/** Index of pair (a, b), a < b, among R raters (row-major upper triangle). */
export function pairIndex(a: number, b: number, R: number): number {
  return a * R - (a * (a + 1)) / 2 + (b - a - 1);
}

export function pairTables(t: UnitTable): PairTables {
  const R = t.nRaters;
  const q = t.q;
  const qq = q * q;
  const nPairs = (R * (R - 1)) / 2;
  const a = new Int32Array(nPairs);
  const b = new Int32Array(nPairs);
  for (let x = 0; x < R; x++) {
    for (let y = x + 1; y < R; y++) {
      const p = pairIndex(x, y, R);
      a[p] = x;
      b[p] = y;
    }
  }
  const table = new Int32Array(nPairs * qq);
  const start = t.unitStart;
  const rater = t.rater;
  const level = t.level;
  for (let u = 0; u < t.nUnits; u++) {
    const hi = start[u + 1]!;
    for (let i = start[u]!; i < hi; i++) {
      const ri = rater[i]!;
      const rowBase = ri * R - (ri * (ri + 1)) / 2 - ri - 1;
      const li = level[i]! * q;
      for (let j = i + 1; j < hi; j++) {
        const p = rowBase + rater[j]!;
        table[p * qq + li + level[j]!]!++;
      }
    }
  }
  return { nPairs, a, b, table };
}

/** Common units, exact and adjacent agreements of each pair. */
export function pairAgreementCounts(
  pt: PairTables,
  q: number,
): {
  common: Float64Array;
  exact: Float64Array;
  adjacent: Float64Array;
} {
  const counts = {
    common: new Float64Array(pt.nPairs),
    exact: new Float64Array(pt.nPairs),
    adjacent: new Float64Array(pt.nPairs),
  };
  tableAgreementCounts(pt, q, counts.common, counts.exact, counts.adjacent);
  return counts;
}

/**
 * The same counts read off each pair's table into arrays the caller keeps (a bootstrap replicate
 * refills them): the diagonal is exact, the diagonal and its two neighbours adjacent.
 */
export function tableAgreementCounts(
  pt: PairTables,
  q: number,
  common: Float64Array,
  exact: Float64Array,
  adjacent: Float64Array,
): void {
  const qq = q * q;
  const table = pt.table;
  for (let p = 0; p < pt.nPairs; p++) {
    const base = p * qq;
    let n = 0;
    let e = 0;
    let d = 0;
    for (let i = 0; i < q; i++) {
      const row = base + i * q;
      for (let j = 0; j < q; j++) n += table[row + j]!;
      e += table[row + i]!;
      d += table[row + i]!;
      if (i > 0) d += table[row + i - 1]!;
      if (i + 1 < q) d += table[row + i + 1]!;
    }
    common[p] = n;
    exact[p] = e;
    adjacent[p] = d;
  }
}
