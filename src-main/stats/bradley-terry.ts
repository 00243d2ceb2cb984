// The Bradley-Terry scale of comparative judgement: every sample's ability from judges' choices.
//
// Model (Bradley & Terry, 1952). Sample i is chosen over sample j with probability
// p_ij = 1 / (1 + exp(a_j - a_i)). The abilities a maximise the log-likelihood
// sum over judgements of log p(winner, loser); only differences are identified, so they are
// centred to mean 0 within each connected part of the comparison graph.
//
// Estimation. Newton-Raphson on the log-likelihood, which is concave: the gradient is
// g_i = wins_i - sum_j n_ij p_ij and the information (minus the Hessian) is the weighted graph
// Laplacian L with weights n_ij p_ij (1 - p_ij). L is singular (adding a constant to every
// ability changes nothing), so each step solves (L + 11'/m) d = g for the m samples of a part:
// because g sums to 0, d is the minimum-norm Newton step L⁺g and keeps the abilities centred.
// Steps are halved while they lower the log-likelihood; the iteration stops when every |g_i| is
// below 1e-10 (score units: expected wins). A warm start (the previous fit's abilities) only
// changes the number of iterations, not the answer.
//
// Standard errors. The covariance of the centred abilities is the Moore-Penrose inverse L⁺ of the
// information at the estimate, computed as (L + 11'/m)⁻¹ - 11'/m (1 has eigenvalue 1 in the
// added term), and se_i = sqrt(L⁺_ii). How this relates to BradleyTerry2: BTm fixes a reference
// sample r at 0 and its vcov V is the inverse of L without r's row and column, i.e. the
// covariance of a_j - a_r. Centring is the projection P = I - 11'/m of those estimates, and
// P V P = L⁺ (any generalised inverse of L projected onto 1's complement is L⁺). So the SE of a
// difference a_i - a_j here, sqrt(L⁺_ii + L⁺_jj - 2 L⁺_ij), is exactly BTm's SE of a_i against
// reference j, and BTm's estimates re-centred have exactly these SEs
// (scripts/r/cj-reference.R computes both; test/stats/cj-bradley-terry.test.ts compares them).
// Centred SEs are smaller than reference-category ones: the centre is estimated from everyone.
//
// Samples that won or lost every comparison. Their maximum-likelihood ability is +/- infinity
// (and so is any sample ML cannot place: Ford, 1957, shows ML is finite exactly when every sample
// can be reached from every other along "beat" arrows). They are never dropped. The rule, as
// Rasch programs measure extreme scores (Linacre's Winsteps and Facets manuals, "extreme score
// adjustment", default 0.3; src-main/stats/rasch.ts uses the same 0.3):
// 1. Set aside every sample that won (or lost) all its comparisons with the samples not set
//    aside; repeat while that makes new ones (a sample beaten only by a set-aside winner). The
//    `adjusted` mark says which way each went "among the samples still in": a sample set aside
//    in the second round lost to one of the first.
// 2. Fit the rest by plain maximum likelihood.
// 3. Put the set-aside samples back, last round first, each on its own with every sample already
//    placed held fixed: its ability is where its expected wins against them equal its actual
//    wins moved 0.3 of a win from the extreme (n - 0.3 for a sample that won all n, 0.3 for one
//    that lost all). A sample with no placed partner yet waits until one of its partners is
//    (and is then placed from its actual wins if, against the placed ones, it both won and lost).
// So the other samples' abilities are exactly those of the fit without the extreme samples (then
// all are re-centred), and with no extreme sample the fit is plain ML, as BradleyTerry2's.
// An adjusted sample's SE is read from the same information matrix, at the adjusted abilities.
//
// When even that leaves nothing to fit by ML in a connected part (its rest has no comparisons,
// falls apart, or is itself split into a group that won all its comparisons with the others: the
// usual state in the first judgements of a session, e.g. one judgement between two samples), the
// whole part is fitted by ML with every pair of samples compared only one way counted as 0.3 of
// a win less one-sided (n - 0.3 to 0.3). That always has a finite solution (every pair then has
// arrows both ways), is the same adjustment applied per pair, and is said in `warnings`.
//
// Other choices:
// - A sample never compared has no estimate: ability 0 (the centre) and `se` null, left out of
//   every centring and counted in no part; `warnings` lists it.
// - `components` counts the parts that hold at least one comparison.
// - `log_likelihood` is that of the judgements at the reported abilities: the maximum when no
//   sample needed the adjustment.
// - A judgement naming an unknown sample, a sample against itself or a winner that is neither
//   side is left out with a warning (analyseJudgements in cj.ts refuses such input before this).
//
// References:
// - Bradley, R. A. & Terry, M. E. (1952). Rank analysis of incomplete block designs: I. The method
//   of paired comparisons. Biometrika, 39(3/4), 324-345.
// - Ford, L. R. (1957). Solution of a ranking problem from binary comparisons. The American
//   Mathematical Monthly, 64(8), 28-33.
// - Linacre, J. M. Winsteps / Facets Rasch measurement computer program user's guides:
//   EXTRSCORE= / Xtreme= extreme score correction (0.3 score points by default).
// - Turner, H. & Firth, D. (2012). Bradley-Terry models in R: the BradleyTerry2 package. Journal of
//   Statistical Software, 48(9).
//
// The steps, one file each: bt-graph.ts (the judgements as a comparison graph), graph-parts.ts (its
// connected parts, shared with the pairing engine), bt-likelihood.ts and bt-cholesky.ts (the
// log-likelihood, its information matrix and the linear algebra), bt-newton.ts (maximum
// likelihood), bt-extremes.ts and bt-place-extremes.ts (the rules for extreme samples),
// bt-fit-parts.ts (each part fitted), bt-standard-errors.ts and bt-warnings.ts.
import type { BtFit, BtSample, Judgement } from './cj-types.js';
import { buildGraph, parts } from './bt-graph.js';
import { adjustmentsOf, fitParts } from './bt-fit-parts.js';
import { logLikelihoodAt } from './bt-likelihood.js';
import { joinParts, numberParts, separateParts } from './graph-parts.js';
import { standardErrors } from './bt-standard-errors.js';
import { warningsOf } from './bt-warnings.js';

export { EXTREME_ADJUSTMENT } from './bt-extremes.js';

/**
 * The Bradley-Terry scale of the samples from the judgements (see the rules above). `start`:
 * abilities to start from (a previous fit's), which only speeds the fit up.
 */
export function fitBradleyTerry(
  samples: readonly string[],
  judgements: readonly Judgement[],
  start?: ReadonlyMap<string, number>,
): BtFit {
  return fitScale(samples, judgements, start, true);
}

/**
 * The same fit without standard errors (every `se` null): for the many fits of split-half
 * reliability, which use only the abilities.
 */
export function fitAbilities(
  samples: readonly string[],
  judgements: readonly Judgement[],
  start?: ReadonlyMap<string, number>,
): BtFit {
  return fitScale(samples, judgements, start, false);
}

function fitScale(
  samples: readonly string[],
  judgements: readonly Judgement[],
  start: ReadonlyMap<string, number> | undefined,
  withSe: boolean,
): BtFit {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const s of samples) (seen.has(s) ? twice : seen).add(s);
  const ids = [...seen];
  const duplicates = [...twice];
  const g = buildGraph(ids, judgements);
  const compared = Uint8Array.from(g.comparisons, (c) => (c > 0 ? 1 : 0));
  const { part, count } = parts(g, compared);
  const fitted = fitParts(g, part, count, start);
  const a = fitted.ability;
  const se = withSe
    ? standardErrors(g, part, count, a)
    : new Float64Array(ids.length).fill(Number.NaN);
  const adjusted = adjustmentsOf(g, part, fitted);
  const rows: BtSample[] = ids.map((sample, s) => ({
    sample,
    ability: a[s]!,
    se: part[s] === -1 || !Number.isFinite(se[s]!) ? null : se[s]!,
    wins: g.wins[s]!,
    comparisons: g.comparisons[s]!,
    adjusted: adjusted[s]!,
  }));
  const bySample = new Map(rows.map((r) => [r.sample, r]));
  return {
    samples: samples.map((s) => ({ ...bySample.get(s)! })),
    log_likelihood: logLikelihoodAt(g, a),
    iterations: fitted.iterations,
    converged: fitted.converged,
    components: count,
    warnings: warningsOf(g, part, count, fitted, adjusted, duplicates),
  };
}

/**
 * The samples of the largest connected group of the judgements' comparison graph (the group that
 * first reaches the largest size, counting samples in the order the judgements first name them);
 * empty without judgements.
 */
export function largestPart(judgements: readonly Judgement[]): Set<string> {
  const index = new Map<string, number>();
  const ids: string[] = [];
  const pairs: [number, number][] = [];
  const indexOf = (s: string): number => {
    let k = index.get(s);
    if (k === undefined) {
      k = ids.length;
      index.set(s, k);
      ids.push(s);
    }
    return k;
  };
  for (const j of judgements) {
    if (j.left === j.right) continue;
    pairs.push([indexOf(j.left), indexOf(j.right)]);
  }
  const parent = separateParts(ids.length);
  for (const [l, r] of pairs) joinParts(parent, l, r);
  const { part, count } = numberParts(parent);
  const size = new Int32Array(count);
  let best = -1;
  for (const p of part) {
    const n = ++size[p]!;
    if (best === -1 || n > size[best]!) best = p;
  }
  return new Set(ids.filter((_, k) => part[k] === best));
}
