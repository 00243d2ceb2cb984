// Gwet's AC1 / AC2 and Brennan-Prediger coefficients with missing ratings (Gwet 2014,
// Handbook of Inter-Rater Reliability, 4th ed., ch. on multiple raters with missing data):
// p_a = mean over units with m >= 2 of sum_k r_k (r*_k - 1) / (m (m - 1)), r*_k = sum_l w_kl r_l;
// pi_k = mean over rated units of r_k / m; AC p_e = T_w / (q (q - 1)) * sum_k pi_k (1 - pi_k);
// Brennan-Prediger p_e = T_w / q^2.
//
// `full_scale` is irrCAC's call with `categ.labels` = the whole scale: q = every level, weighted
// by position (irrCAC reads the labels as text and numbers them 1..q). `observed_categories` is
// its call without `categ.labels`: q = the levels observed in the table, weighted by their values
// with the lowest and highest observed values as the ends (linear 1 - |x_k - x_l| / (x_max -
// x_min)). Scores of only 1, 3 and 4 weigh 1 against 3 at 1 - 2/3, not 1 - 1/2 as ranks would;
// on levels 0, 1, 2, 4 all used, 2 against 4 at 1 - 2/4, not 1 - 1/3 as steps would.
import { chanceCorrected, undef } from './stat.js';
import type { Layout, WeightContext } from './sufficient.js';
import type { ScaleVariants, Stat } from './types.js';

/** The Gwet-type coefficients, in report order: each one a full-scale and an observed form. */
export const GWET_KEYS = [
  'gwet_ac1',
  'gwet_ac2_linear',
  'gwet_ac2_quadratic',
  'brennan_prediger',
  'brennan_prediger_linear',
  'brennan_prediger_quadratic',
] as const;

export type GwetFamilies = Record<(typeof GWET_KEYS)[number], ScaleVariants>;

const ONE_LEVEL_FULL = 'the scale has a single level: chance agreement is undefined';
const ONE_LEVEL_OBS =
  'every rating is on one level: chance agreement over the observed levels is undefined';
const NO_PAIRS = 'no sample has two or more ratings';
// Unreachable with proper weights (p_e < 1 whenever q >= 2); kept as a guard with a true reason.
const PE_ONE = 'chance agreement is 1';

export function gwetFromSums(s: Float64Array, L: Layout, wc: WeightContext): GwetFamilies {
  const n2 = s[L.N2]!;
  const n1 = s[L.N1]!;
  let spread = 0;
  for (let k = 0; k < L.q; k++) {
    const pi = s[L.PI + k]! / n1;
    spread += pi * (1 - pi);
  }
  const q = wc.q;
  const qo = wc.qObserved;
  const paId = s[L.EX_SM]! / n2;
  const ac = (pa: number, tw: number, qq: number, reason: string): Stat => {
    if (n2 === 0) return undef(NO_PAIRS, 0);
    if (qq < 2) return undef(reason, n2);
    return chanceCorrected(pa, (tw / (qq * (qq - 1))) * spread, n2, PE_ONE);
  };
  const bp = (pa: number, tw: number, qq: number, reason: string): Stat => {
    if (n2 === 0) return undef(NO_PAIRS, 0);
    if (qq < 2) return undef(reason, n2);
    return chanceCorrected(pa, tw / (qq * qq), n2, PE_ONE);
  };
  const variants = (
    f: typeof ac,
    paFull: number,
    twFull: number,
    paObs: number,
    twObs: number,
  ): ScaleVariants => ({
    full_scale: f(paFull, twFull, q, ONE_LEVEL_FULL),
    observed_categories: f(paObs, twObs, qo, ONE_LEVEL_OBS),
  });
  const paLF = s[L.PA_LF]! / n2;
  const paQF = s[L.PA_QF]! / n2;
  const paLO = s[L.PA_LO]! / n2;
  const paQO = s[L.PA_QO]! / n2;
  return {
    gwet_ac1: variants(ac, paId, q, paId, qo),
    gwet_ac2_linear: variants(ac, paLF, wc.tLinearFull, paLO, wc.tLinearObserved),
    gwet_ac2_quadratic: variants(ac, paQF, wc.tQuadraticFull, paQO, wc.tQuadraticObserved),
    brennan_prediger: variants(bp, paId, q, paId, qo),
    brennan_prediger_linear: variants(bp, paLF, wc.tLinearFull, paLO, wc.tLinearObserved),
    brennan_prediger_quadratic: variants(bp, paQF, wc.tQuadraticFull, paQO, wc.tQuadraticObserved),
  };
}
