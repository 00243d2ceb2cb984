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
import { activeEta, facetResults } from './rasch-elements.js';
import {
  activeObservations,
  columnOver,
  facetState,
  findActive,
  inactiveCounts,
  perFacet,
} from './rasch-facets.js';
import type { Facets } from './rasch-facets.js';
import { jmle } from './rasch-jmle.js';
import { expCumOf, expectedCounts } from './rasch-model.js';
import type { Estimate } from './rasch-model.js';
import type {
  RaschCategory,
  RaschData,
  RaschOptions,
  RaschRating,
  RaschResult,
} from './rasch-types.js';

export { raschExpected } from './rasch-model.js';
export type {
  RaschCategory,
  RaschData,
  RaschElement,
  RaschFacet,
  RaschOptions,
  RaschRating,
  RaschResult,
} from './rasch-types.js';

/**
 * The observed categories in order, and each observation's category renumbered among them
 * (FACETS' "Ordinal" recoding).
 * @throws RangeError for a category outside 0..K-1 or fewer than two observed categories.
 */
function recode(category: Int32Array, K: number): { observed: number[]; y: Int32Array } {
  const N = category.length;
  const catCount = new Int32Array(K);
  for (let x = 0; x < N; x++) {
    const c = category[x]!;
    if (!(c >= 0 && c < K))
      throw new RangeError(`Rasch data: category ${c} at row ${x} is outside 0..${K - 1}.`);
    catCount[c]!++;
  }
  const index = new Int32Array(K).fill(-1);
  const observed: number[] = [];
  for (let c = 0; c < K; c++) {
    if (catCount[c]! > 0) {
      index[c] = observed.length;
      observed.push(c);
    }
  }
  if (observed.length < 2)
    throw new RangeError('Rasch data: at least two categories must be observed.');
  const y = new Int32Array(N);
  for (let x = 0; x < N; x++) y[x] = index[category[x]!]!;
  return { observed, y };
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
  const K = data.nCategories;
  const values = data.categoryValues ?? Array.from({ length: K }, (_, k) => k);
  if (values.length !== K)
    throw new RangeError('Rasch data: categoryValues must have nCategories values.');
  const { observed, y } = recode(data.category, K);
  const M = observed.length;

  const ids = [data.examineeIds, data.raterIds, data.criterionIds] as const;
  const facets: Facets = [
    facetState(0, data.examinee, ids[0]),
    facetState(1, data.rater, ids[1]),
    facetState(2, data.criterion, ids[2]),
  ];
  findActive(facets, y, M - 1);
  const inactive = inactiveCounts(facets, N);
  const obs = activeObservations(inactive);
  const nUsed = obs.length;
  const obsCat = new Float64Array(M);
  for (let j = 0; j < nUsed; j++) obsCat[y[obs[j]!]!]!++;
  const columns = perFacet(facets, (f) => columnOver(f, obs));
  const fit = jmle(facets, columns, obsCat, M, {
    maxIterations: options.maxIterations ?? 500,
    maxChange: options.maxChange ?? 0.001,
    maxResidual: options.maxResidual ?? 0.01,
  });

  const expCum = new Float64Array(M);
  expCumOf(fit.tau, M, expCum);
  const est: Estimate = {
    y,
    inactive,
    obs,
    columns,
    eta: activeEta(facets, columns),
    values: Float64Array.from(observed, (c) => values[c]!),
    expCum,
    M,
    adjustment: options.extremeAdjustment ?? 0.3,
  };
  const [examinees, raters, criteria] = facetResults(facets, ids, est);
  const expCount = expectedCounts(est);
  const categories: RaschCategory[] = observed.map((c, k) => ({
    category: c,
    value: values[c]!,
    count: obsCat[k]!,
    share: nUsed > 0 ? obsCat[k]! / nUsed : 0,
    threshold: k === 0 ? null : fit.tau[k]!,
    expectedCount: expCount[k]!,
  }));
  return {
    examinees,
    raters,
    criteria,
    categories,
    iterations: fit.iterations,
    converged: fit.converged,
    maxChange: fit.maxChange,
    maxResidual: fit.maxResidual,
    nObservations: N,
    nUsed,
  };
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
