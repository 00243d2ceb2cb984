// Many-facet Rasch measurement, rating scale model (Linacre 1989), facets: examinee (a sample,
// or a (session, sample) pair), rater, criterion:
//
//   log(P_nijk / P_nij(k-1)) = B_n - C_j - D_i - F_k
//
// B_n examinee measure, C_j rater severity (higher = harsher, as in FACETS), D_i criterion
// difficulty, F_k Rasch-Andrich threshold of category k (k = 1..m-1).
//
// Estimation: JMLE as in FACETS. Each iteration is two passes over the observations (typed
// arrays): pass 1 updates every examinee by one Newton-Raphson step on its score equation
// (observed raw score = expected score); pass 2 updates raters and criteria the same way and the
// thresholds by the log count-ratio step (observed vs expected counts of adjacent categories).
// Steps are capped at 1 logit (damping). Identification: raters and criteria are centred on 0
// (mean of the non-extreme elements), thresholds sum to 0, examinees float (FACETS'
// "Non-centered = examinees").
//
// Convergence: largest change of any measure or threshold < `maxChange` (default 0.001 logits)
// AND largest score residual |observed - expected raw score| of any element < `maxResidual`
// (default 0.01 score points), or `maxIterations` (default 500) reached (`converged: false`).
//
// Extreme scores: an element whose every active rating is the lowest (or the highest) category
// has no finite maximum-likelihood measure. Such elements are found iteratively (dropping one
// can make another extreme) and excluded from the estimation of everything else; afterwards each
// gets a measure from its score moved 0.3 score points inwards (FACETS' default extreme score
// adjustment, `extremeAdjustment`), the other measures held fixed. They are flagged `extreme`
// and have no fit statistics; facet summaries (separation, reliability) leave them out.
//
// Categories: only observed categories are modelled; unobserved ones are dropped and the rest
// renumbered in order (FACETS' default "Ordinal" recoding). `categoryValues` give the score each
// input category stands for (e.g. the rubric's level values) for averages and fair averages.
//
// Missing data: only observed ratings enter; nothing is imputed.

export interface RaschData {
  /** Per observation: examinee index (0-based). */
  examinee: Int32Array;
  rater: Int32Array;
  criterion: Int32Array;
  /** Category index 0..nCategories-1 (lowest = 0). */
  category: Int32Array;
  nCategories: number;
  examineeIds?: readonly string[];
  raterIds?: readonly string[];
  criterionIds?: readonly string[];
  /** Score value of each category (default 0..nCategories-1); used for averages only. */
  categoryValues?: readonly number[];
}

export interface RaschOptions {
  /** Iteration cap (default 500). */
  maxIterations?: number;
  /** Largest change in logits of any parameter for convergence (default 0.001). */
  maxChange?: number;
  /** Largest |observed - expected| raw score of any element for convergence (default 0.01). */
  maxResidual?: number;
  /** Score points an extreme element's score is moved inwards (default 0.3, as FACETS). */
  extremeAdjustment?: number;
}

export interface RaschElement {
  id: string;
  index: number;
  /** Logits. Examinees: ability; raters: severity (higher = harsher); criteria: difficulty. */
  measure: number;
  /** Model standard error, 1 / sqrt(information). */
  se: number;
  /** Null for extreme elements. */
  infit: number | null;
  outfit: number | null;
  infitZ: number | null;
  outfitZ: number | null;
  /** Ratings used in the estimation (with non-extreme partners). */
  count: number;
  /** All ratings of the element. */
  totalCount: number;
  /** Raw score over the counted ratings, in category indexes (0-based, after recoding). */
  score: number;
  /** Mean of the category values over all the element's ratings. */
  observedAverage: number | null;
  /**
   * FACETS' Fair(M) average: expected rating (category values) for this element when every
   * other facet is at the mean measure of its non-extreme elements.
   */
  fairAverage: number;
  extreme: 'minimum' | 'maximum' | null;
}

export interface RaschFacet {
  elements: RaschElement[];
  /** Over non-extreme elements. */
  nMeasured: number;
  mean: number;
  /** Population SD of the measures. */
  sd: number;
  /** Root mean square of the standard errors. */
  rmse: number;
  /** sqrt(max(0, sd^2 - rmse^2)). */
  trueSd: number;
  separation: number;
  /** (4 * separation + 1) / 3. */
  strata: number;
  /** (observed variance - mean square error) / observed variance; 0 when no variance. */
  reliability: number;
  /** Fixed (all same) chi-square: sum of w (measure - weighted mean)^2, w = 1/se^2. */
  chiSquare: number;
  df: number;
}

export interface RaschCategory {
  /** Input category index. */
  category: number;
  value: number;
  count: number;
  share: number;
  /** Rasch-Andrich threshold F_k (null for the lowest category). */
  threshold: number | null;
  expectedCount: number;
}

export interface RaschResult {
  examinees: RaschFacet;
  raters: RaschFacet;
  criteria: RaschFacet;
  /** Observed categories only, ascending. */
  categories: RaschCategory[];
  iterations: number;
  converged: boolean;
  /** At the last iteration. */
  maxChange: number;
  maxResidual: number;
  nObservations: number;
  /** Observations whose three elements are all non-extreme (those that estimate the model). */
  nUsed: number;
}

const CAP = 1;

/** Category probabilities for `eta` into `p` (length M); returns nothing, fills p. */
function probs(eta: number, expCum: Float64Array, M: number, p: Float64Array): void {
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

function expCumOf(tau: Float64Array, M: number, out: Float64Array): void {
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

function maxIndex(a: Int32Array): number {
  let m = -1;
  for (let i = 0; i < a.length; i++) if (a[i]! > m) m = a[i]!;
  return m;
}

function wilsonHilferty(mnsq: number, q: number): number | null {
  if (!(q > 0) || !(mnsq > 0)) return null;
  return (Math.cbrt(mnsq) - 1) * (3 / q) + q / 3;
}

const EXP_MAX = Math.exp(40);
const EXP_MIN = Math.exp(-40);

function expOf(a: Float64Array, sign: number, out: Float64Array): void {
  for (let i = 0; i < a.length; i++) out[i] = Math.exp(sign * a[i]!);
}

/**
 * One pass over the active observations: per observation the expected category and variance at
 * the current measures, summed per element of the facet(s) given by `f1` (and `f2`), and the
 * expected count of each category into `cat` when given. exp(B - C - D) is the product of the
 * elements' exponentials (computed once per pass), so the pass needs no exp per observation.
 * Kept free of closures so that V8 keeps every array in registers.
 */
function accumulate(
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

/** Newton step (capped) on each active element's score equation; returns the largest residual. */
function facetStep(
  a: Float64Array,
  act: Uint8Array,
  s: Float64Array,
  e: Float64Array,
  v: Float64Array,
): number {
  let maxResid = 0;
  for (let i = 0; i < a.length; i++) {
    if (!act[i]) continue;
    const r = s[i]! - e[i]!;
    if (Math.abs(r) > maxResid) maxResid = Math.abs(r);
    let step = -r / v[i]!;
    if (step > CAP) step = CAP;
    else if (step < -CAP) step = -CAP;
    a[i] = a[i]! + step;
  }
  return maxResid;
}

/**
 * Estimates the many-facet rating scale model by JMLE.
 * @throws RangeError for mismatched columns, a category outside 0..nCategories-1, or fewer
 *   than two observed categories.
 */
export function estimateRasch(data: RaschData, options: RaschOptions = {}): RaschResult {
  const N = data.category.length;
  if (data.examinee.length !== N || data.rater.length !== N || data.criterion.length !== N) {
    throw new RangeError('Rasch data: the four columns must have the same length.');
  }
  const maxIt = options.maxIterations ?? 500;
  const tolChange = options.maxChange ?? 0.001;
  const tolResid = options.maxResidual ?? 0.01;
  const adj = options.extremeAdjustment ?? 0.3;
  const nE = Math.max(data.examineeIds?.length ?? 0, maxIndex(data.examinee) + 1);
  const nR = Math.max(data.raterIds?.length ?? 0, maxIndex(data.rater) + 1);
  const nC = Math.max(data.criterionIds?.length ?? 0, maxIndex(data.criterion) + 1);
  const K = data.nCategories;
  const values = data.categoryValues ?? Array.from({ length: K }, (_, k) => k);
  if (values.length !== K)
    throw new RangeError('Rasch data: categoryValues must have nCategories values.');

  // Recode to observed categories.
  const catCount = new Int32Array(K);
  for (let x = 0; x < N; x++) {
    const c = data.category[x]!;
    if (!(c >= 0 && c < K))
      throw new RangeError(`Rasch data: category ${c} at row ${x} is outside 0..${K - 1}.`);
    catCount[c]!++;
  }
  const recode = new Int32Array(K).fill(-1);
  const observedCats: number[] = [];
  for (let c = 0; c < K; c++) {
    if (catCount[c]! > 0) {
      recode[c] = observedCats.length;
      observedCats.push(c);
    }
  }
  const M = observedCats.length;
  if (M < 2) throw new RangeError('Rasch data: at least two categories must be observed.');
  const val = Float64Array.from(observedCats, (c) => values[c]!);
  const ex = data.examinee;
  const ra = data.rater;
  const cr = data.criterion;
  const y = new Int32Array(N);
  for (let x = 0; x < N; x++) y[x] = recode[data.category[x]!]!;
  const top = M - 1;

  // Extreme elements, iteratively.
  const actE = new Uint8Array(nE);
  const actR = new Uint8Array(nR);
  const actC = new Uint8Array(nC);
  const extE = new Int8Array(nE); // -1 minimum, 1 maximum
  const extR = new Int8Array(nR);
  const extC = new Int8Array(nC);
  const sE = new Float64Array(nE);
  const nEc = new Float64Array(nE);
  const sR = new Float64Array(nR);
  const nRc = new Float64Array(nR);
  const sC = new Float64Array(nC);
  const nCc = new Float64Array(nC);
  {
    const tE = new Int32Array(nE);
    const tR = new Int32Array(nR);
    const tC = new Int32Array(nC);
    for (let x = 0; x < N; x++) {
      tE[ex[x]!]!++;
      tR[ra[x]!]!++;
      tC[cr[x]!]!++;
    }
    for (let i = 0; i < nE; i++) actE[i] = tE[i]! > 0 ? 1 : 0;
    for (let i = 0; i < nR; i++) actR[i] = tR[i]! > 0 ? 1 : 0;
    for (let i = 0; i < nC; i++) actC[i] = tC[i]! > 0 ? 1 : 0;
  }
  const mark = (act: Uint8Array, ext: Int8Array, s: Float64Array, n: Float64Array): boolean => {
    let changed = false;
    for (let i = 0; i < act.length; i++) {
      if (!act[i] || n[i] === 0) continue;
      if (s[i] === 0 || s[i] === n[i]! * top) {
        act[i] = 0;
        ext[i] = s[i] === 0 ? -1 : 1;
        changed = true;
      }
    }
    return changed;
  };
  for (;;) {
    sE.fill(0);
    nEc.fill(0);
    sR.fill(0);
    nRc.fill(0);
    sC.fill(0);
    nCc.fill(0);
    for (let x = 0; x < N; x++) {
      const e = ex[x]!;
      const r = ra[x]!;
      const c = cr[x]!;
      if (!actE[e] || !actR[r] || !actC[c]) continue;
      const v = y[x]!;
      sE[e]! += v;
      nEc[e]!++;
      sR[r]! += v;
      nRc[r]!++;
      sC[c]! += v;
      nCc[c]!++;
    }
    const a = mark(actE, extE, sE, nEc);
    const b = mark(actR, extR, sR, nRc);
    const c = mark(actC, extC, sC, nCc);
    if (!a && !b && !c) break;
  }
  // Elements left with no active rating (all partners extreme) are not measured either.
  for (let i = 0; i < nE; i++) if (actE[i] && nEc[i] === 0) actE[i] = 0;
  for (let i = 0; i < nR; i++) if (actR[i] && nRc[i] === 0) actR[i] = 0;
  for (let i = 0; i < nC; i++) if (actC[i] && nCc[i] === 0) actC[i] = 0;

  // Active observation list.
  let nUsed = 0;
  for (let x = 0; x < N; x++) if (actE[ex[x]!] && actR[ra[x]!] && actC[cr[x]!]) nUsed++;
  const obs = new Int32Array(nUsed);
  {
    let j = 0;
    for (let x = 0; x < N; x++) if (actE[ex[x]!] && actR[ra[x]!] && actC[cr[x]!]) obs[j++] = x;
  }
  const obsCat = new Float64Array(M);
  for (let j = 0; j < nUsed; j++) obsCat[y[obs[j]!]!]!++;
  // Contiguous copies of the active observations for the iteration passes.
  const aE = new Int32Array(nUsed);
  const aR = new Int32Array(nUsed);
  const aC = new Int32Array(nUsed);
  for (let j = 0; j < nUsed; j++) {
    const x = obs[j]!;
    aE[j] = ex[x]!;
    aR[j] = ra[x]!;
    aC[j] = cr[x]!;
  }

  const B = new Float64Array(nE);
  const C = new Float64Array(nR);
  const D = new Float64Array(nC);
  const tau = new Float64Array(M);
  // Starting values: log odds of the element's mean rating.
  const logit = (s: number, n: number): number => {
    const f = (s + 0.5) / (n * top + 1);
    return Math.log(f / (1 - f));
  };
  for (let i = 0; i < nE; i++) if (actE[i]) B[i] = logit(sE[i]!, nEc[i]!);
  for (let i = 0; i < nR; i++) if (actR[i]) C[i] = -logit(sR[i]!, nRc[i]!);
  for (let i = 0; i < nC; i++) if (actC[i]) D[i] = -logit(sC[i]!, nCc[i]!);
  const center = (a: Float64Array, act: Uint8Array): void => {
    let s = 0;
    let n = 0;
    for (let i = 0; i < a.length; i++) {
      if (act[i]) {
        s += a[i]!;
        n++;
      }
    }
    if (n === 0) return;
    const m = s / n;
    for (let i = 0; i < a.length; i++) if (act[i]) a[i] = a[i]! - m;
  };
  center(C, actR);
  center(D, actC);
  for (let k = 1; k < M; k++) {
    // Start thresholds from adjacent count ratios, centred.
    tau[k] = Math.log(obsCat[k - 1]! / obsCat[k]!);
  }
  {
    let s = 0;
    for (let k = 1; k < M; k++) s += tau[k]!;
    for (let k = 1; k < M; k++) tau[k] = tau[k]! - s / (M - 1);
  }

  const expCum = new Float64Array(M);
  const p = new Float64Array(M);
  const expE = new Float64Array(nE);
  const varE = new Float64Array(nE);
  const expR = new Float64Array(nR);
  const varR = new Float64Array(nR);
  const expC = new Float64Array(nC);
  const varC = new Float64Array(nC);
  const expCat = new Float64Array(M);
  const xB = new Float64Array(nE);
  const xC = new Float64Array(nR);
  const xD = new Float64Array(nC);

  let it = 0;
  let converged = false;
  let lastChange = Infinity;
  let lastResid = Infinity;
  while (it < maxIt) {
    it++;
    let maxChange = 0;
    let maxResid = 0;
    // Pass 1: examinees.
    expCumOf(tau, M, expCum);
    expOf(B, 1, xB);
    expOf(C, -1, xC);
    expOf(D, -1, xD);
    accumulate(aE, aR, aC, xB, xC, xD, expCum, M, aE, expE, varE, aR, expR, varR, expCat, false);
    for (let i = 0; i < nE; i++) {
      if (!actE[i]) continue;
      const r = sE[i]! - expE[i]!;
      if (Math.abs(r) > maxResid) maxResid = Math.abs(r);
      let step = r / varE[i]!;
      if (step > CAP) step = CAP;
      else if (step < -CAP) step = -CAP;
      B[i] = B[i]! + step;
      if (Math.abs(step) > maxChange) maxChange = Math.abs(step);
    }
    // Pass 2: raters, criteria, thresholds.
    expOf(B, 1, xB);
    accumulate(aE, aR, aC, xB, xC, xD, expCum, M, aR, expR, varR, aC, expC, varC, expCat, true);
    const oldC = Float64Array.from(C);
    const oldD = Float64Array.from(D);
    maxResid = Math.max(maxResid, facetStep(C, actR, sR, expR, varR));
    maxResid = Math.max(maxResid, facetStep(D, actC, sC, expC, varC));
    center(C, actR);
    center(D, actC);
    for (let i = 0; i < nR; i++) maxChange = Math.max(maxChange, Math.abs(C[i]! - oldC[i]!));
    for (let i = 0; i < nC; i++) maxChange = Math.max(maxChange, Math.abs(D[i]! - oldD[i]!));
    const oldTau = Float64Array.from(tau);
    for (let k = 1; k < M; k++) {
      const r = obsCat[k]! - expCat[k]!;
      if (Math.abs(r) > maxResid) maxResid = Math.abs(r);
      let step = Math.log(obsCat[k - 1]! / obsCat[k]!) - Math.log(expCat[k - 1]! / expCat[k]!);
      if (step > CAP) step = CAP;
      else if (step < -CAP) step = -CAP;
      tau[k] = tau[k]! + step;
    }
    {
      let s = 0;
      for (let k = 1; k < M; k++) s += tau[k]!;
      for (let k = 1; k < M; k++) tau[k] = tau[k]! - s / (M - 1);
    }
    for (let k = 1; k < M; k++) maxChange = Math.max(maxChange, Math.abs(tau[k]! - oldTau[k]!));
    lastChange = maxChange;
    lastResid = maxResid;
    if (maxChange < tolChange && maxResid < tolResid) {
      converged = true;
      break;
    }
  }

  // Extreme elements: measure from the adjusted score, others fixed. Their ratings with
  // non-extreme partners are listed in one pass.
  expCumOf(tau, M, expCum);
  const extremeRows: [Map<number, number[]>, Map<number, number[]>, Map<number, number[]>] = [
    new Map(),
    new Map(),
    new Map(),
  ];
  const listRow = (m: Map<number, number[]>, i: number, x: number): void => {
    let l = m.get(i);
    if (!l) m.set(i, (l = []));
    l.push(x);
  };
  for (let x = 0; x < N; x++) {
    const e = ex[x]!;
    const r = ra[x]!;
    const c = cr[x]!;
    if (extE[e] !== 0 && actR[r] && actC[c]) listRow(extremeRows[0], e, x);
    if (extR[r] !== 0 && actE[e] && actC[c]) listRow(extremeRows[1], r, x);
    if (extC[c] !== 0 && actE[e] && actR[r]) listRow(extremeRows[2], c, x);
  }
  const solveExtreme = (
    kind: 0 | 1 | 2,
    i: number,
    target: number,
    start: number,
  ): { measure: number; info: number; count: number } => {
    const rows = extremeRows[kind].get(i) ?? [];
    let m = start;
    let info = 0;
    for (let t = 0; t < 100; t++) {
      let ee = 0;
      info = 0;
      for (const x of rows) {
        const eta =
          kind === 0
            ? m - C[ra[x]!]! - D[cr[x]!]!
            : kind === 1
              ? B[ex[x]!]! - m - D[cr[x]!]!
              : B[ex[x]!]! - C[ra[x]!]! - m;
        probs(eta, expCum, M, p);
        let m1 = 0;
        let m2 = 0;
        for (let k = 1; k < M; k++) {
          m1 += k * p[k]!;
          m2 += k * k * p[k]!;
        }
        ee += m1;
        info += m2 - m1 * m1;
      }
      if (rows.length === 0 || info === 0) break;
      let step = (target - ee) / info;
      if (kind !== 0) step = -step;
      if (step > CAP) step = CAP;
      else if (step < -CAP) step = -CAP;
      m += step;
      if (Math.abs(step) < 1e-6) break;
    }
    return { measure: m, info, count: rows.length };
  };

  // Per-element statistics over the active observations (fit) and all observations (averages).
  const fit = (n: number) => ({
    wr2: new Float64Array(n), // sum (x - E)^2
    v: new Float64Array(n), // sum V
    z2: new Float64Array(n), // sum (x - E)^2 / V
    c4: new Float64Array(n), // sum C / V^2 (outfit variance)
    c4v: new Float64Array(n), // sum (C - V^2) (infit variance)
    n: new Float64Array(n),
  });
  const fE = fit(nE);
  const fR = fit(nR);
  const fC = fit(nC);
  for (let j = 0; j < nUsed; j++) {
    const x = obs[j]!;
    const e = ex[x]!;
    const r = ra[x]!;
    const c = cr[x]!;
    probs(B[e]! - C[r]! - D[c]!, expCum, M, p);
    let m1 = 0;
    for (let k = 0; k < M; k++) m1 += k * p[k]!;
    let v = 0;
    let c4 = 0;
    for (let k = 0; k < M; k++) {
      const d = k - m1;
      v += d * d * p[k]!;
      c4 += d * d * d * d * p[k]!;
    }
    const res = y[x]! - m1;
    const r2 = res * res;
    const z2 = v > 0 ? r2 / v : 0;
    const k4 = v > 0 ? c4 / (v * v) : 0;
    const k4v = c4 - v * v;
    fE.wr2[e]! += r2;
    fE.v[e]! += v;
    fE.z2[e]! += z2;
    fE.c4[e]! += k4;
    fE.c4v[e]! += k4v;
    fE.n[e]!++;
    fR.wr2[r]! += r2;
    fR.v[r]! += v;
    fR.z2[r]! += z2;
    fR.c4[r]! += k4;
    fR.c4v[r]! += k4v;
    fR.n[r]!++;
    fC.wr2[c]! += r2;
    fC.v[c]! += v;
    fC.z2[c]! += z2;
    fC.c4[c]! += k4;
    fC.c4v[c]! += k4v;
    fC.n[c]!++;
  }
  const sumVal = [new Float64Array(nE), new Float64Array(nR), new Float64Array(nC)];
  const allN = [new Float64Array(nE), new Float64Array(nR), new Float64Array(nC)];
  for (let x = 0; x < N; x++) {
    const v = val[y[x]!]!;
    sumVal[0]![ex[x]!]! += v;
    allN[0]![ex[x]!]!++;
    sumVal[1]![ra[x]!]! += v;
    allN[1]![ra[x]!]!++;
    sumVal[2]![cr[x]!]! += v;
    allN[2]![cr[x]!]!++;
  }

  const meanActive = (a: Float64Array, act: Uint8Array): number => {
    let s = 0;
    let n = 0;
    for (let i = 0; i < a.length; i++) {
      if (act[i]) {
        s += a[i]!;
        n++;
      }
    }
    return n > 0 ? s / n : 0;
  };
  const fair = (eta: number): number => {
    probs(eta, expCum, M, p);
    let s = 0;
    for (let k = 0; k < M; k++) s += p[k]! * val[k]!;
    return s;
  };

  const build = (
    kind: 0 | 1 | 2,
    a: Float64Array,
    act: Uint8Array,
    ext: Int8Array,
    s: Float64Array,
    f: ReturnType<typeof fit>,
    ids: readonly string[] | undefined,
  ): RaschFacet => {
    const n = a.length;
    const elements: RaschElement[] = [];
    // Extreme measures first (they do not change the others).
    const measure = Float64Array.from(a);
    const se = new Float64Array(n);
    const usedCount = new Float64Array(n);
    const usedScore = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      if (act[i]) {
        se[i] = 1 / Math.sqrt(f.v[i]!);
        usedCount[i] = f.n[i]!;
        usedScore[i] = s[i]!;
      } else if (ext[i] !== 0) {
        // Raw score over ratings with non-extreme partners, moved inwards.
        const rows = extremeRows[kind].get(i) ?? [];
        let raw = 0;
        for (const x of rows) raw += y[x]!;
        const cntAll = rows.length;
        const target = ext[i]! < 0 ? raw + adj : raw - adj;
        const start = kind === 0 ? (ext[i]! < 0 ? -3 : 3) : ext[i]! < 0 ? 3 : -3;
        const sol = solveExtreme(kind, i, target, start);
        measure[i] = sol.measure;
        se[i] = sol.info > 0 ? 1 / Math.sqrt(sol.info) : Number.NaN;
        usedCount[i] = cntAll;
        usedScore[i] = raw;
      } else {
        measure[i] = Number.NaN;
        se[i] = Number.NaN;
      }
    }
    const mB = meanActive(B, actE);
    const mC = meanActive(C, actR);
    const mD = meanActive(D, actC);
    for (let i = 0; i < n; i++) {
      if (allN[kind]![i] === 0) continue;
      const m = measure[i]!;
      const eta = kind === 0 ? m - mC - mD : kind === 1 ? mB - m - mD : mB - mC - m;
      const isAct = act[i] === 1;
      const infit = isAct && f.v[i]! > 0 ? f.wr2[i]! / f.v[i]! : null;
      const outfit = isAct && f.n[i]! > 0 ? f.z2[i]! / f.n[i]! : null;
      const qOut = isAct ? Math.sqrt(Math.max(0, f.c4[i]! / (f.n[i]! * f.n[i]!) - 1 / f.n[i]!)) : 0;
      const qIn = isAct ? Math.sqrt(Math.max(0, f.c4v[i]!)) / f.v[i]! : 0;
      elements.push({
        id: ids?.[i] ?? String(i),
        index: i,
        measure: m,
        se: se[i]!,
        infit,
        outfit,
        infitZ: infit === null ? null : wilsonHilferty(infit, qIn),
        outfitZ: outfit === null ? null : wilsonHilferty(outfit, qOut),
        count: usedCount[i]!,
        totalCount: allN[kind]![i]!,
        score: usedScore[i]!,
        observedAverage: allN[kind]![i]! > 0 ? sumVal[kind]![i]! / allN[kind]![i]! : null,
        fairAverage: Number.isFinite(m) ? fair(eta) : Number.NaN,
        extreme: ext[i] === 0 ? null : ext[i]! < 0 ? 'minimum' : 'maximum',
      });
    }
    return { elements, ...summary(elements) };
  };
  const examinees = build(0, B, actE, extE, sE, fE, data.examineeIds);
  const raters = build(1, C, actR, extR, sR, fR, data.raterIds);
  const criteria = build(2, D, actC, extC, sC, fC, data.criterionIds);

  // Final expected category counts.
  const expCount = new Float64Array(M);
  for (let j = 0; j < nUsed; j++) {
    const x = obs[j]!;
    probs(B[ex[x]!]! - C[ra[x]!]! - D[cr[x]!]!, expCum, M, p);
    for (let k = 0; k < M; k++) expCount[k]! += p[k]!;
  }
  const categories: RaschCategory[] = observedCats.map((c, k) => ({
    category: c,
    value: values[c]!,
    count: obsCat[k]!,
    share: nUsed > 0 ? obsCat[k]! / nUsed : 0,
    threshold: k === 0 ? null : tau[k]!,
    expectedCount: expCount[k]!,
  }));
  return {
    examinees,
    raters,
    criteria,
    categories,
    iterations: it,
    converged,
    maxChange: lastChange,
    maxResidual: lastResid,
    nObservations: N,
    nUsed,
  };
}

/** Separation statistics over the non-extreme elements of a facet. */
function summary(elements: readonly RaschElement[]): Omit<RaschFacet, 'elements'> {
  const live = elements.filter((e) => e.extreme === null && Number.isFinite(e.measure));
  const n = live.length;
  if (n === 0) {
    return {
      nMeasured: 0,
      mean: Number.NaN,
      sd: Number.NaN,
      rmse: Number.NaN,
      trueSd: Number.NaN,
      separation: Number.NaN,
      strata: Number.NaN,
      reliability: Number.NaN,
      chiSquare: Number.NaN,
      df: 0,
    };
  }
  let s = 0;
  for (const e of live) s += e.measure;
  const mean = s / n;
  let ss = 0;
  let mse = 0;
  let w = 0;
  let wm = 0;
  for (const e of live) {
    ss += (e.measure - mean) ** 2;
    mse += e.se * e.se;
    w += 1 / (e.se * e.se);
    wm += e.measure / (e.se * e.se);
  }
  const obsVar = ss / n;
  mse /= n;
  const trueVar = Math.max(0, obsVar - mse);
  const rmse = Math.sqrt(mse);
  const separation = rmse > 0 ? Math.sqrt(trueVar) / rmse : 0;
  const wMean = wm / w;
  let chi = 0;
  for (const e of live) chi += ((e.measure - wMean) / e.se) ** 2;
  return {
    nMeasured: n,
    mean,
    sd: Math.sqrt(obsVar),
    rmse,
    trueSd: Math.sqrt(trueVar),
    separation,
    strata: (4 * separation + 1) / 3,
    reliability: obsVar > 0 ? trueVar / obsVar : 0,
    chiSquare: chi,
    df: n - 1,
  };
}

/** One rating as the services hold it; the examinee is e.g. `${session}/${sample}`. */
export interface RaschRating {
  examinee: string;
  rater: string;
  criterion: string;
  score: number | null;
}

/**
 * Interns string ids and scale values, then estimates. `levels` is the rubric's ordered scale;
 * a score outside it throws a RangeError; null scores are skipped.
 */
export function raschFromRatings(
  ratings: readonly RaschRating[],
  levels: readonly number[],
  options: RaschOptions = {},
): RaschResult {
  const sorted = [...levels].sort((a, b) => a - b);
  const levelIndex = new Map(sorted.map((v, i) => [v, i]));
  const maps = [new Map<string, number>(), new Map<string, number>(), new Map<string, number>()];
  const ids: string[][] = [[], [], []];
  const intern = (k: 0 | 1 | 2, id: string): number => {
    let v = maps[k]!.get(id);
    if (v === undefined) {
      v = ids[k]!.length;
      maps[k]!.set(id, v);
      ids[k]!.push(id);
    }
    return v;
  };
  const rows = ratings.filter((r) => r.score !== null);
  const n = rows.length;
  const examinee = new Int32Array(n);
  const rater = new Int32Array(n);
  const criterion = new Int32Array(n);
  const category = new Int32Array(n);
  rows.forEach((r, i) => {
    const k = levelIndex.get(r.score!);
    if (k === undefined) throw new RangeError(`score ${r.score} is not a level of the scale`);
    examinee[i] = intern(0, r.examinee);
    rater[i] = intern(1, r.rater);
    criterion[i] = intern(2, r.criterion);
    category[i] = k;
  });
  return estimateRasch(
    {
      examinee,
      rater,
      criterion,
      category,
      nCategories: sorted.length,
      examineeIds: ids[0]!,
      raterIds: ids[1]!,
      criterionIds: ids[2]!,
      categoryValues: sorted,
    },
    options,
  );
}
