// The rating scale model's arithmetic for the Rasch estimate (rasch.ts): category probabilities,
// and the passes over the active observations that sum, per element, expected scores and
// variances (each iteration) and the fit statistics' terms (at the estimate).
import type { Facets, PerFacet } from './rasch-facets.js';
import { perFacet } from './rasch-facets.js';

/** Largest step of any measure or threshold in one iteration, in logits (damping). */
export const CAP = 1;

/** A Newton or count-ratio step held to +-CAP logits. */
export function capped(step: number): number {
  return step > CAP ? CAP : step < -CAP ? -CAP : step;
}

/** Category probabilities for `eta` into `p` (length M); returns nothing, fills p. */
export function probs(eta: number, expCum: Float64Array, M: number, p: Float64Array): void {
  // P_k proportional to exp(k * eta - sum_{h<=k} F_h) = x^k * expCum[k], x = exp(eta).
  const e = eta > 40 ? 40 : eta < -40 ? -40 : eta;
  const x = Math.exp(e);
  let t = 1;
  let sum = 0;
  for (let k = 0; k < M; k++) {
    const v = t * expCum[k]!;
    p[k] = v;
    sum += v;
    t *= x;
  }
  for (let k = 0; k < M; k++) p[k] = p[k]! / sum;
}

export function expCumOf(tau: Float64Array, M: number, out: Float64Array): void {
  // Normalised so the largest log term is 0 (avoids overflow for wide threshold spreads).
  let cum = 0;
  const logs = new Float64Array(M);
  for (let k = 1; k < M; k++) {
    cum += tau[k]!;
    logs[k] = -cum;
  }
  let mx = -Infinity;
  for (let k = 0; k < M; k++) if (logs[k]! > mx) mx = logs[k]!;
  for (let k = 0; k < M; k++) out[k] = Math.exp(logs[k]! - mx);
}

/** Expected category (0-based) and variance at `eta`. */
export function raschExpected(
  eta: number,
  thresholds: readonly number[],
): { expected: number; variance: number; probabilities: number[] } {
  const M = thresholds.length;
  const tau = Float64Array.from(thresholds);
  const ec = new Float64Array(M);
  expCumOf(tau, M, ec);
  const p = new Float64Array(M);
  probs(eta, ec, M, p);
  let e = 0;
  let e2 = 0;
  for (let k = 0; k < M; k++) {
    e += k * p[k]!;
    e2 += k * k * p[k]!;
  }
  return { expected: e, variance: e2 - e * e, probabilities: Array.from(p) };
}

const EXP_MAX = Math.exp(40);
const EXP_MIN = Math.exp(-40);

export function expOf(a: Float64Array, sign: number, out: Float64Array): void {
  for (let i = 0; i < a.length; i++) out[i] = Math.exp(sign * a[i]!);
}

/**
 * One pass over the active observations: per observation the expected category and variance at
 * the current measures, summed per element of the facet(s) given by `f1` (and `f2`), and the
 * expected count of each category into `cat` when given. exp(B - C - D) is the product of the
 * elements' exponentials (computed once per pass), so the pass needs no exp per observation.
 * Kept free of closures so that V8 keeps every array in registers.
 */
export function accumulate(
  ex: Int32Array,
  ra: Int32Array,
  cr: Int32Array,
  xB: Float64Array,
  xC: Float64Array,
  xD: Float64Array,
  expCum: Float64Array,
  M: number,
  f1: Int32Array,
  e1: Float64Array,
  v1: Float64Array,
  f2: Int32Array,
  e2: Float64Array,
  v2: Float64Array,
  cat: Float64Array,
  withCat: boolean,
): void {
  e1.fill(0);
  v1.fill(0);
  e2.fill(0);
  v2.fill(0);
  cat.fill(0);
  const n = ex.length;
  for (let x = 0; x < n; x++) {
    let q = xB[ex[x]!]! * xC[ra[x]!]! * xD[cr[x]!]!;
    if (q > EXP_MAX) q = EXP_MAX;
    else if (q < EXP_MIN) q = EXP_MIN;
    let t = 1;
    let sum = 0;
    let m1 = 0;
    let m2 = 0;
    for (let k = 0; k < M; k++) {
      const v = t * expCum[k]!;
      sum += v;
      m1 += k * v;
      m2 += k * k * v;
      t *= q;
    }
    const inv = 1 / sum;
    m1 *= inv;
    m2 *= inv;
    const vr = m2 - m1 * m1;
    const a = f1[x]!;
    e1[a]! += m1;
    v1[a]! += vr;
    const b = f2[x]!;
    e2[b]! += m1;
    v2[b]! += vr;
    if (withCat) {
      t = inv;
      for (let k = 0; k < M; k++) {
        cat[k]! += t * expCum[k]!;
        t *= q;
      }
    }
  }
}

/** The model at its estimate, with the data: what the report (rasch-elements.ts) reads. */
export interface Estimate {
  /** Category index (recoded) of every observation. */
  y: Int32Array;
  /** Per observation, how many of its elements are not active (rasch-facets.ts). */
  inactive: Uint8Array;
  /** The active observations, */
  obs: Int32Array;
  /** each facet's element of them, */
  columns: PerFacet<Int32Array>;
  /** and their eta = B - C - D at the estimate. */
  eta: Float64Array;
  /** Score value of each recoded category. */
  values: Float64Array;
  /** expCumOf the final thresholds. */
  expCum: Float64Array;
  M: number;
  /** Score points an extreme element's score is moved inwards. */
  adjustment: number;
}

/** Sums for the fit statistics of one facet's elements, over the active observations. */
export interface FitSums {
  /** sum (x - E)^2 */
  wr2: Float64Array;
  /** sum V */
  v: Float64Array;
  /** sum (x - E)^2 / V */
  z2: Float64Array;
  /** sum C / V^2 (outfit variance) */
  c4: Float64Array;
  /** sum (C - V^2) (infit variance) */
  c4v: Float64Array;
  n: Float64Array;
}

function fitSumsOf(size: number): FitSums {
  return {
    wr2: new Float64Array(size),
    v: new Float64Array(size),
    z2: new Float64Array(size),
    c4: new Float64Array(size),
    c4v: new Float64Array(size),
    n: new Float64Array(size),
  };
}

/** One observation's terms added to element i's sums. */
function addFit(
  s: FitSums,
  i: number,
  r2: number,
  v: number,
  z2: number,
  k4: number,
  k4v: number,
): void {
  s.wr2[i]! += r2;
  s.v[i]! += v;
  s.z2[i]! += z2;
  s.c4[i]! += k4;
  s.c4v[i]! += k4v;
  s.n[i]!++;
}

/** Per facet, each element's fit terms summed over its active observations, at the estimate. */
export function fitSums(facets: Facets, est: Estimate): PerFacet<FitSums> {
  const { y, obs, columns, eta, expCum, M } = est;
  const sums = perFacet(facets, (f) => fitSumsOf(f.size));
  // The model has three facets; each observation adds the same terms to its three elements.
  const [se, sr, sc] = sums;
  const [ce, cr, cc] = columns;
  const p = new Float64Array(M);
  for (let j = 0; j < obs.length; j++) {
    probs(eta[j]!, expCum, M, p);
    let m1 = 0;
    for (let k = 0; k < M; k++) m1 += k * p[k]!;
    let v = 0;
    let c4 = 0;
    for (let k = 0; k < M; k++) {
      const d = k - m1;
      v += d * d * p[k]!;
      c4 += d * d * d * d * p[k]!;
    }
    const res = y[obs[j]!]! - m1;
    const r2 = res * res;
    const z2 = v > 0 ? r2 / v : 0;
    const k4 = v > 0 ? c4 / (v * v) : 0;
    const k4v = c4 - v * v;
    addFit(se, ce[j]!, r2, v, z2, k4, k4v);
    addFit(sr, cr[j]!, r2, v, z2, k4, k4v);
    addFit(sc, cc[j]!, r2, v, z2, k4, k4v);
  }
  return sums;
}

/** Expected count of each category over the active observations, at the estimate. */
export function expectedCounts(est: Estimate): Float64Array {
  const { eta, expCum, M } = est;
  const p = new Float64Array(M);
  const out = new Float64Array(M);
  for (let j = 0; j < eta.length; j++) {
    probs(eta[j]!, expCum, M, p);
    for (let k = 0; k < M; k++) out[k]! += p[k]!;
  }
  return out;
}
