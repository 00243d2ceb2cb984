// Joint maximum likelihood for the Rasch estimate (rasch.ts), as FACETS iterates: pass 1 moves
// the examinees, pass 2 the raters, criteria and thresholds; the iteration stops when nothing
// moves and every score equation holds, or at the cap.
import type { Facets, FacetState, PerFacet } from './rasch-facets.js';
import { perFacet } from './rasch-facets.js';
import { accumulate, capped, expCumOf, expOf } from './rasch-model.js';

export interface JmleOptions {
  maxIterations: number;
  maxChange: number;
  maxResidual: number;
}

export interface JmleOutcome {
  /** Rasch-Andrich thresholds, tau[0] unused (0). */
  tau: Float64Array;
  iterations: number;
  converged: boolean;
  /** At the last iteration. */
  maxChange: number;
  maxResidual: number;
}

/** Subtracts the mean of the active elements from them (raters and criteria are centred). */
function centre(f: FacetState): void {
  const a = f.measure;
  let s = 0;
  let n = 0;
  for (let i = 0; i < a.length; i++) {
    if (f.active[i]) {
      s += a[i]!;
      n++;
    }
  }
  if (n === 0) return;
  const m = s / n;
  for (let i = 0; i < a.length; i++) if (f.active[i]) a[i] = a[i]! - m;
}

/** Thresholds sum to 0. */
function centreThresholds(tau: Float64Array, M: number): void {
  let s = 0;
  for (let k = 1; k < M; k++) s += tau[k]!;
  for (let k = 1; k < M; k++) tau[k] = tau[k]! - s / (M - 1);
}

/** Starting measures, log odds of each element's mean rating; thresholds from count ratios. */
function start(facets: Facets, obsCat: Float64Array, M: number): Float64Array {
  const top = M - 1;
  const logit = (s: number, n: number): number => {
    const f = (s + 0.5) / (n * top + 1);
    return Math.log(f / (1 - f));
  };
  for (const f of facets) {
    for (let i = 0; i < f.size; i++) {
      if (f.active[i]) f.measure[i] = f.sign * logit(f.score[i]!, f.count[i]!);
    }
  }
  for (const f of facets) if (f.centred) centre(f);
  const tau = new Float64Array(M);
  for (let k = 1; k < M; k++) tau[k] = Math.log(obsCat[k - 1]! / obsCat[k]!);
  centreThresholds(tau, M);
  return tau;
}

/**
 * Newton step (capped) on each active element's score equation (observed raw score = expected);
 * returns the largest |residual| and the largest |step|.
 */
function newtonStep(
  f: FacetState,
  expected: Float64Array,
  variance: Float64Array,
): { residual: number; step: number } {
  const a = f.measure;
  let residual = 0;
  let largest = 0;
  for (let i = 0; i < a.length; i++) {
    if (!f.active[i]) continue;
    const r = f.score[i]! - expected[i]!;
    if (Math.abs(r) > residual) residual = Math.abs(r);
    const step = capped((f.sign * r) / variance[i]!);
    a[i] = a[i]! + step;
    if (Math.abs(step) > largest) largest = Math.abs(step);
  }
  return { residual, step: largest };
}

/**
 * Log count-ratio step (capped) of each threshold, then centring; returns the largest |observed -
 * expected count| and the largest change.
 */
function thresholdStep(
  tau: Float64Array,
  obsCat: Float64Array,
  expCat: Float64Array,
  M: number,
): { residual: number; change: number } {
  let residual = 0;
  const old = Float64Array.from(tau);
  for (let k = 1; k < M; k++) {
    const r = obsCat[k]! - expCat[k]!;
    if (Math.abs(r) > residual) residual = Math.abs(r);
    tau[k] =
      tau[k]! +
      capped(Math.log(obsCat[k - 1]! / obsCat[k]!) - Math.log(expCat[k - 1]! / expCat[k]!));
  }
  centreThresholds(tau, M);
  let change = 0;
  for (let k = 1; k < M; k++) change = Math.max(change, Math.abs(tau[k]! - old[k]!));
  return { residual, change };
}

/**
 * Estimates the active elements' measures (into each facet's `measure`) and the thresholds.
 * `columns` are the facets' columns over the active observations, `obsCat` their category counts.
 */
export function jmle(
  facets: Facets,
  columns: PerFacet<Int32Array>,
  obsCat: Float64Array,
  M: number,
  options: JmleOptions,
): JmleOutcome {
  const tau = start(facets, obsCat, M);
  const expCum = new Float64Array(M);
  const expCat = new Float64Array(M);
  const perElement = () => perFacet(facets, (f) => new Float64Array(f.size));
  const expected = perElement();
  const variance = perElement();
  // exp(sign * measure) per element: eta's exponential is their product.
  const exps = perElement();
  const [examinees, raters, criteria] = facets;
  /** One pass summing expected scores for two facets (and the categories when asked). */
  const pass = (first: FacetState, second: FacetState, withCat: boolean): void =>
    accumulate(
      columns[0],
      columns[1],
      columns[2],
      exps[0],
      exps[1],
      exps[2],
      expCum,
      M,
      columns[first.kind],
      expected[first.kind],
      variance[first.kind],
      columns[second.kind],
      expected[second.kind],
      variance[second.kind],
      expCat,
      withCat,
    );

  let it = 0;
  let converged = false;
  let lastChange = Infinity;
  let lastResid = Infinity;
  while (it < options.maxIterations) {
    it++;
    let maxChange = 0;
    let maxResid = 0;
    // Pass 1: examinees (they float, so a step is their change).
    expCumOf(tau, M, expCum);
    for (const f of facets) expOf(f.measure, f.sign, exps[f.kind]);
    pass(examinees, raters, false);
    const moved = newtonStep(examinees, expected[0], variance[0]);
    if (moved.residual > maxResid) maxResid = moved.residual;
    if (moved.step > maxChange) maxChange = moved.step;
    // Pass 2: raters and criteria, whose change counts after centring, and the thresholds.
    expOf(examinees.measure, examinees.sign, exps[0]);
    pass(raters, criteria, true);
    for (const f of [raters, criteria]) {
      const old = Float64Array.from(f.measure);
      maxResid = Math.max(maxResid, newtonStep(f, expected[f.kind], variance[f.kind]).residual);
      centre(f);
      for (let i = 0; i < f.size; i++) {
        maxChange = Math.max(maxChange, Math.abs(f.measure[i]! - old[i]!));
      }
    }
    const thresholds = thresholdStep(tau, obsCat, expCat, M);
    if (thresholds.residual > maxResid) maxResid = thresholds.residual;
    maxChange = Math.max(maxChange, thresholds.change);
    lastChange = maxChange;
    lastResid = maxResid;
    if (maxChange < options.maxChange && maxResid < options.maxResidual) {
      converged = true;
      break;
    }
  }
  return { tau, iterations: it, converged, maxChange: lastChange, maxResidual: lastResid };
}
