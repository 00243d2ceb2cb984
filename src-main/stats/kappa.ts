// Cohen's kappa per rater pair (unweighted / linear / quadratic), Fleiss' kappa (three forms)
// and Conger's kappa.
import type { UnitTable } from './input.js';
import type { PairTables } from './pairs.js';
import { chanceCorrected, ok, undef } from './stat.js';
import type { Layout } from './sufficient.js';
import type { CohenFamily, CohenPair, FleissFamily, Stat, WeightedTriple } from './types.js';
import { rankWeightMatrix, weightMatrix } from './weights.js';

const SINGLE_LEVEL =
  'both raters gave every common sample one and the same level: expected agreement is 1, so kappa is undefined';

/** Weighted kappa of a q x q count table with agreement weights w (Cohen 1960, 1968). */
export function weightedKappa(
  table: ArrayLike<number>,
  off: number,
  q: number,
  w: Float64Array,
): Stat {
  const row = new Float64Array(q);
  const col = new Float64Array(q);
  let n = 0;
  let po = 0;
  for (let i = 0; i < q; i++) {
    for (let j = 0; j < q; j++) {
      const v = table[off + i * q + j]!;
      if (v === 0) continue;
      n += v;
      row[i]! += v;
      col[j]! += v;
      po += w[i * q + j]! * v;
    }
  }
  if (n === 0) return undef('the two raters scored no common sample', 0);
  let pe = 0;
  for (let i = 0; i < q; i++) {
    if (row[i] === 0) continue;
    for (let j = 0; j < q; j++) pe += w[i * q + j]! * row[i]! * col[j]!;
  }
  return chanceCorrected(po / n, pe / (n * n), n, SINGLE_LEVEL);
}

function meanOf(stats: Stat[], what: string): Stat {
  let s = 0;
  let n = 0;
  for (const st of stats) {
    if (st.defined && st.value !== null) {
      s += st.value;
      n++;
    }
  }
  return n > 0 ? ok(s / n, n) : undef(`no rater pair has a defined ${what}`, 0);
}

/**
 * Cohen's kappa for every rater pair with a common unit (pairs without one are omitted), and
 * the mean over pairs of the defined values (Light's kappa for the unweighted form when the
 * data are complete). The `*_observed_levels` forms weight over the index positions of the
 * levels that pair used (re-indexed 0..q'-1, as irr::kappa2 does on the observed factor).
 */
export function cohenKappa(t: UnitTable, pt: PairTables): CohenFamily {
  const q = t.q;
  const qq = q * q;
  const wId = weightMatrix('identity', q);
  const wLin = weightMatrix('linear', q);
  const wQuad = weightMatrix('quadratic', q);
  const pairs: CohenPair[] = [];
  const used: boolean[] = new Array<boolean>(q);
  for (let p = 0; p < pt.nPairs; p++) {
    const off = p * qq;
    let n = 0;
    used.fill(false);
    for (let i = 0; i < q; i++) {
      for (let j = 0; j < q; j++) {
        const v = pt.table[off + i * q + j]!;
        if (v > 0) {
          n += v;
          used[i] = true;
          used[j] = true;
        }
      }
    }
    if (n === 0) continue;
    const nUsed = used.filter(Boolean).length;
    const observedReason = 'the pair used a single level: observed-level weights are undefined';
    pairs.push({
      rater_a: t.raters[pt.a[p]!]!,
      rater_b: t.raters[pt.b[p]!]!,
      n_common: n,
      unweighted: weightedKappa(pt.table, off, q, wId),
      linear: q > 1 ? weightedKappa(pt.table, off, q, wLin) : undef(SINGLE_LEVEL, n),
      quadratic: q > 1 ? weightedKappa(pt.table, off, q, wQuad) : undef(SINGLE_LEVEL, n),
      linear_observed_levels:
        nUsed > 1
          ? weightedKappa(pt.table, off, q, rankWeightMatrix('linear', used))
          : undef(observedReason, n),
      quadratic_observed_levels:
        nUsed > 1
          ? weightedKappa(pt.table, off, q, rankWeightMatrix('quadratic', used))
          : undef(observedReason, n),
    });
  }
  // The mean from the pairs' own figures: the same numbers meanPairKappas gives, computed once.
  return { pairs, mean_over_pairs: meanOverPairs(pairs) };
}

/**
 * Cohen's kappa (unweighted, linear, quadratic) averaged over the rater pairs with a common
 * unit, from the pair tables alone: `cohenKappa`'s `mean_over_pairs`, and what each bootstrap
 * replicate recomputes.
 */
export function meanPairKappas(pt: PairTables, q: number): WeightedTriple {
  const qq = q * q;
  const wId = weightMatrix('identity', q);
  const wLin = weightMatrix('linear', q);
  const wQuad = weightMatrix('quadratic', q);
  const pairs: WeightedTriple[] = [];
  for (let p = 0; p < pt.nPairs; p++) {
    const off = p * qq;
    let n = 0;
    for (let c = 0; c < qq; c++) n += pt.table[off + c]!;
    if (n === 0) continue;
    pairs.push({
      unweighted: weightedKappa(pt.table, off, q, wId),
      linear: q > 1 ? weightedKappa(pt.table, off, q, wLin) : undef(SINGLE_LEVEL, n),
      quadratic: q > 1 ? weightedKappa(pt.table, off, q, wQuad) : undef(SINGLE_LEVEL, n),
    });
  }
  return meanOverPairs(pairs);
}

/** Each kappa averaged over the pairs that have a common unit, in pair order. */
function meanOverPairs(pairs: readonly WeightedTriple[]): WeightedTriple {
  return {
    unweighted: meanOf(
      pairs.map((p) => p.unweighted),
      'unweighted kappa',
    ),
    linear: meanOf(
      pairs.map((p) => p.linear),
      'linear kappa',
    ),
    quadratic: meanOf(
      pairs.map((p) => p.quadratic),
      'quadratic kappa',
    ),
  };
}

/** Fleiss (1971) kappa over the units selected by `keep`, from their level counts. */
function fleissOn(
  t: UnitTable,
  keep: (m: number) => boolean,
  none: string,
  oneLevel: string,
): Stat {
  const q = t.q;
  const c = t.counts;
  const p = new Float64Array(q);
  let n = 0;
  let total = 0;
  let pBar = 0;
  for (let u = 0; u < t.nUnits; u++) {
    const m = t.unitStart[u + 1]! - t.unitStart[u]!;
    if (!keep(m)) continue;
    let agree = 0;
    for (let k = 0; k < q; k++) {
      const r = c[u * q + k]!;
      agree += r * (r - 1);
      p[k]! += r;
    }
    pBar += agree / (m * (m - 1));
    total += m;
    n++;
  }
  if (n === 0) return undef(none, 0);
  let pe = 0;
  for (let k = 0; k < q; k++) pe += (p[k]! / total) ** 2;
  return chanceCorrected(pBar / n, pe, n, oneLevel);
}

const ONE_LEVEL = 'all ratings are on one level: expected disagreement is 0';

/** The three Fleiss forms; `all_ratings_gwet` uses the unit sums (missing-data form). */
export function fleissKappa(t: UnitTable, s: Float64Array, L: Layout): FleissFamily {
  const R = t.nRaters;
  const complete_cases =
    R < 2
      ? undef('fewer than two raters', 0)
      : fleissOn(
          t,
          (m) => m === R,
          'no sample was scored by every rater',
          'all ratings of the samples scored by every rater are on one level: expected disagreement is 0',
        );
  let mCommon = -1;
  for (let u = 0; u < t.nUnits; u++) {
    const m = t.unitStart[u + 1]! - t.unitStart[u]!;
    if (mCommon === -1) mCommon = m;
    else if (m !== mCommon) {
      mCommon = -2;
      break;
    }
  }
  const count_table =
    mCommon === -1
      ? undef('no sample was scored', 0)
      : mCommon === -2
        ? undef('the samples have different numbers of ratings', 0)
        : mCommon < 2
          ? undef('every sample has a single rating', 0)
          : fleissOn(t, () => true, 'no sample was scored', ONE_LEVEL);
  return { complete_cases, count_table, all_ratings_gwet: fleissGwetFromSums(s, L) };
}

/** Gwet's missing-data Fleiss: p_a = mean unit agreement (m >= 2); p_e = sum_k pi_k^2. */
export function fleissGwetFromSums(s: Float64Array, L: Layout): Stat {
  const n2 = s[L.N2]!;
  if (n2 === 0) return undef('no sample has two or more ratings', 0);
  const n1 = s[L.N1]!;
  let pe = 0;
  for (let k = 0; k < L.q; k++) pe += (s[L.PI + k]! / n1) ** 2;
  return chanceCorrected(s[L.EX_SM]! / n2, pe, n2, ONE_LEVEL);
}

/**
 * Conger (1980) kappa in Gwet's missing-data form (irrCAC conger.kappa.raw, unweighted):
 * p_a as Fleiss' P-bar over units with 2+ ratings; p_e = mean over rater pairs g != h of
 * sum_k p_gk p_hk, where p_gk is rater g's share of level k among the units g rated (equal to
 * sum_k (mean_g p_gk^2 - s_k^2 / R) with s_k^2 the variance of p_gk over raters).
 */
export function congerKappa(t: UnitTable, s: Float64Array, L: Layout): Stat {
  const R = t.nRaters;
  const q = t.q;
  if (R < 2) return undef('fewer than two raters', 0);
  const n2 = s[L.N2]!;
  if (n2 === 0) return undef('no sample has two or more ratings', 0);
  const counts = new Float64Array(R * q);
  const rated = new Float64Array(R);
  for (let i = 0; i < t.rater.length; i++) {
    counts[t.rater[i]! * q + t.level[i]!]! += 1;
    rated[t.rater[i]!]! += 1;
  }
  let pe = 0;
  for (let k = 0; k < q; k++) {
    let sum = 0;
    let sumSq = 0;
    for (let g = 0; g < R; g++) {
      const p = counts[g * q + k]! / rated[g]!;
      sum += p;
      sumSq += p * p;
    }
    pe += (sum * sum - sumSq) / (R * (R - 1));
  }
  return chanceCorrected(
    s[L.EX_SM]! / n2,
    pe,
    n2,
    'every rater used the same single level: expected disagreement is 0',
  );
}
