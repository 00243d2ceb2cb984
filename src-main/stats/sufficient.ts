// Per-unit sufficient statistics. Most coefficients are functions of sums over units of a
// small vector per unit; the point estimate uses the sums over all units, a bootstrap
// replicate the sums over the resampled units, through the very same finalizing code.
import type { UnitTable } from './input.js';
import { sameWeights, valueWeightMatrix, weightMatrix, weightTotal } from './weights.js';

/** Offsets into a unit vector (q = number of scale levels). */
export interface Layout {
  q: number;
  /** Vector length. */
  K: number;
  /** Units with >= 1 rating (always 1 per unit). */
  N1: number;
  /** Units with >= 2 ratings (pairable). */
  N2: number;
  /** Units rated by every rater (complete), counted only with 2+ raters. */
  NC: number;
  /** Share of agreeing pairs within the unit (pairable units), exact / adjacent. */
  EX_SM: number;
  AD_SM: number;
  /** Agreeing pairs, exact / adjacent; all pairs. */
  EX_AG: number;
  AD_AG: number;
  PAIRS: number;
  /** Complete units on which all raters agree, exact / within one level. */
  EX_ALL: number;
  AD_ALL: number;
  /**
   * Gwet's per-unit weighted p_a: linear/quadratic, by position on the full scale / by value
   * among the observed levels.
   */
  PA_LF: number;
  PA_QF: number;
  PA_LO: number;
  PA_QO: number;
  /** q values: r_uk / m_u (Gwet's pi_k numerators). */
  PI: number;
  /** q values: r_uk over pairable units (Krippendorff's n_c). */
  NV: number;
  /** q(q-1)/2 values: coincidences o_ck, c < k, row-major upper triangle. */
  O: number;
}

export function layoutFor(q: number): Layout {
  const PI = 14;
  const NV = PI + q;
  const O = NV + q;
  return {
    q,
    K: O + (q * (q - 1)) / 2,
    N1: 0,
    N2: 1,
    NC: 2,
    EX_SM: 3,
    AD_SM: 4,
    EX_AG: 5,
    AD_AG: 6,
    PAIRS: 7,
    EX_ALL: 8,
    AD_ALL: 9,
    PA_LF: 10,
    PA_QF: 11,
    PA_LO: 12,
    PA_QO: 13,
    PI,
    NV,
    O,
  };
}

/**
 * Weight matrices shared by the Gwet-type coefficients of one table. The full-scale weights go by
 * position on the scale (irrCAC with `categ.labels`, which it reads as text); the observed-level
 * weights by value among the levels observed in the table (irrCAC without `categ.labels`).
 */
export interface WeightContext {
  q: number;
  /** Levels observed in the table (fixed for bootstrap replicates). */
  observed: boolean[];
  qObserved: number;
  linearFull: Float64Array;
  quadraticFull: Float64Array;
  linearObserved: Float64Array;
  quadraticObserved: Float64Array;
  /**
   * The observed-level weights equal the full-scale ones (every level observed, equal steps):
   * a unit's weighted agreement is then computed once for both.
   */
  linearSame: boolean;
  quadraticSame: boolean;
  /** T_w = sum of weights, per matrix (identity: q or qObserved). */
  tLinearFull: number;
  tQuadraticFull: number;
  tLinearObserved: number;
  tQuadraticObserved: number;
}

export function observedLevels(t: UnitTable): boolean[] {
  const obs: boolean[] = new Array<boolean>(t.q).fill(false);
  const q = t.q;
  const c = t.counts;
  for (let u = 0; u < t.nUnits; u++)
    for (let k = 0; k < q; k++) if (c[u * q + k]! > 0) obs[k] = true;
  return obs;
}

export function weightContext(t: UnitTable): WeightContext {
  const observed = observedLevels(t);
  const linearFull = weightMatrix('linear', t.q);
  const quadraticFull = weightMatrix('quadratic', t.q);
  const linearObserved = valueWeightMatrix('linear', t.levels, observed);
  const quadraticObserved = valueWeightMatrix('quadratic', t.levels, observed);
  return {
    q: t.q,
    observed,
    qObserved: observed.filter(Boolean).length,
    linearFull,
    quadraticFull,
    linearObserved,
    quadraticObserved,
    linearSame: sameWeights(linearObserved, linearFull),
    quadraticSame: sameWeights(quadraticObserved, quadraticFull),
    tLinearFull: weightTotal(linearFull),
    tQuadraticFull: weightTotal(quadraticFull),
    tLinearObserved: weightTotal(linearObserved),
    tQuadraticObserved: weightTotal(quadraticObserved),
  };
}

/** Gwet's weighted agreement of one unit: sum_k r_k (r*_k - 1) / (m (m - 1)). */
function weightedUnitAgreement(
  c: Int32Array,
  base: number,
  q: number,
  m: number,
  w: Float64Array,
): number {
  let s = 0;
  for (let k = 0; k < q; k++) {
    const rk = c[base + k]!;
    if (rk === 0) continue;
    let star = 0;
    for (let l = 0; l < q; l++) star += w[k * q + l]! * c[base + l]!;
    s += rk * (star - 1);
  }
  return s / (m * (m - 1));
}

/**
 * Adds unit u's vector into `out` at `off` (out must be zeroed there for a fresh vector).
 */
export function addUnitVector(
  t: UnitTable,
  u: number,
  L: Layout,
  wc: WeightContext,
  out: Float64Array,
  off: number,
): void {
  const q = t.q;
  const c = t.counts;
  const base = u * q;
  const m = t.unitStart[u + 1]! - t.unitStart[u]!;
  out[off + L.N1]! += 1;
  let lo = -1;
  let hi = -1;
  let maxCount = 0;
  for (let k = 0; k < q; k++) {
    const rk = c[base + k]!;
    if (rk === 0) continue;
    if (lo < 0) lo = k;
    hi = k;
    if (rk > maxCount) maxCount = rk;
    out[off + L.PI + k]! += rk / m;
  }
  if (t.nRaters >= 2 && m === t.nRaters) {
    out[off + L.NC]! += 1;
    if (maxCount === m) out[off + L.EX_ALL]! += 1;
    if (hi - lo <= 1) out[off + L.AD_ALL]! += 1;
  }
  if (m < 2) return;
  const pairs = (m * (m - 1)) / 2;
  let eq = 0;
  let adj = 0;
  for (let k = 0; k < q; k++) {
    const rk = c[base + k]!;
    eq += (rk * (rk - 1)) / 2;
    if (k + 1 < q) adj += rk * c[base + k + 1]!;
    out[off + L.NV + k]! += rk;
  }
  adj += eq;
  out[off + L.N2]! += 1;
  out[off + L.EX_SM]! += eq / pairs;
  out[off + L.AD_SM]! += adj / pairs;
  out[off + L.EX_AG]! += eq;
  out[off + L.AD_AG]! += adj;
  out[off + L.PAIRS]! += pairs;
  const lf = weightedUnitAgreement(c, base, q, m, wc.linearFull);
  const qf = weightedUnitAgreement(c, base, q, m, wc.quadraticFull);
  out[off + L.PA_LF]! += lf;
  out[off + L.PA_QF]! += qf;
  out[off + L.PA_LO]! += wc.linearSame
    ? lf
    : weightedUnitAgreement(c, base, q, m, wc.linearObserved);
  out[off + L.PA_QO]! += wc.quadraticSame
    ? qf
    : weightedUnitAgreement(c, base, q, m, wc.quadraticObserved);
  let o = off + L.O;
  for (let a = 0; a < q; a++) {
    const ra = c[base + a]!;
    for (let b = a + 1; b < q; b++) {
      if (ra !== 0) out[o]! += (ra * c[base + b]!) / (m - 1);
      o++;
    }
  }
}

/** Sums of the unit vectors over all units. */
export function totals(t: UnitTable, L: Layout, wc: WeightContext): Float64Array {
  const s = new Float64Array(L.K);
  for (let u = 0; u < t.nUnits; u++) addUnitVector(t, u, L, wc, s, 0);
  return s;
}

/** All unit vectors, row-major (nUnits x K), for resampling. */
export function unitVectors(t: UnitTable, L: Layout, wc: WeightContext): Float64Array {
  const v = new Float64Array(t.nUnits * L.K);
  for (let u = 0; u < t.nUnits; u++) addUnitVector(t, u, L, wc, v, u * L.K);
  return v;
}
