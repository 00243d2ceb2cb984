// Gwet's AC1 / AC2 and Brennan-Prediger coefficients with missing ratings (Gwet 2014,
// Handbook of Inter-Rater Reliability, 4th ed., ch. on multiple raters with missing data):
// p_a = mean over units with m >= 2 of sum_k r_k (r*_k - 1) / (m (m - 1)), r*_k = sum_l w_kl r_l;
// pi_k = mean over rated units of r_k / m; AC p_e = T_w / (q (q - 1)) * sum_k pi_k (1 - pi_k);
// Brennan-Prediger p_e = T_w / q^2.
//
// `observed_categories` is irrCAC's call without `categ.labels`: q = the levels observed in the
// table, weighted by where they stand on the scale with the lowest and highest observed levels
// as the ends (irrCAC's linear.weights / quadratic.weights on the observed values: linear
// 1 - |x_k - x_l| / (x_max - x_min)). Scores of only 1, 3 and 4 on a 1-4 scale weigh 1 against
// 3 at 1 - 2/3, not at 1 - 1/2 as ranks among the observed levels would. The weights are the
// full-scale ones (weights.ts, by position on the scale, as irrCAC weighs `categ.labels`, which
// it reads as text) rescaled, so they are irrCAC's by value on every scale of equal steps; on a
// scale of unequal steps (0, 1, 2, 4) they count steps.
import { chanceCorrected, undef } from './stat.js';
import type { Layout, WeightContext } from './sufficient.js';
import type { ScaleVariants, Stat } from './types.js';

export interface GwetFamilies {
  gwet_ac1: ScaleVariants;
  gwet_ac2_linear: ScaleVariants;
  gwet_ac2_quadratic: ScaleVariants;
  brennan_prediger: ScaleVariants;
  brennan_prediger_linear: ScaleVariants;
  brennan_prediger_quadratic: ScaleVariants;
}

const ONE_LEVEL_FULL = 'the scale has a single level: chance agreement is undefined';
const ONE_LEVEL_OBS =
  'every rating is on one level: chance agreement over the observed levels is undefined';
const NO_PAIRS = 'no sample has two or more ratings';
// Unreachable with proper weights (p_e < 1 whenever q >= 2); kept as a guard with a true reason.
const PE_ONE = 'chance agreement is 1';

/**
 * The observed-levels form of a full-scale weight matrix `w`: a disagreement 1 - w_kl is
 * proportional to the distance between levels k and l in both (linear: |x_k - x_l|, quadratic:
 * its square), so rescaling it by the disagreement between the lowest and highest observed
 * levels gives the weights with those two levels as the ends. `scale` is that factor; `total`
 * is the sum of the rescaled weights over the observed levels (Gwet's T_w). Null with fewer
 * than two observed levels (the coefficient is then undefined).
 */
function observedRescaling(
  w: Float64Array,
  observed: readonly boolean[],
): { scale: number; total: number } | null {
  const q = observed.length;
  const lo = observed.indexOf(true);
  const hi = observed.lastIndexOf(true);
  if (lo < 0 || lo === hi) return null;
  const scale = 1 / (1 - w[lo * q + hi]!);
  let total = 0;
  for (let k = 0; k < q; k++) {
    if (!observed[k]) continue;
    for (let l = 0; l < q; l++) if (observed[l]) total += 1 - (1 - w[k * q + l]!) * scale;
  }
  return { scale, total };
}

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
    w: Float64Array | null,
  ): ScaleVariants => {
    // Unit agreement is 1 minus a mean of disagreements over the unit's pairs, all between
    // observed levels: rescaling every disagreement rescales 1 - p_a by the same factor.
    const obs = w === null ? null : observedRescaling(w, wc.observed);
    return {
      full_scale: f(paFull, twFull, q, ONE_LEVEL_FULL),
      observed_categories: obs
        ? f(1 - (1 - paFull) * obs.scale, obs.total, qo, ONE_LEVEL_OBS)
        : f(paFull, qo, qo, ONE_LEVEL_OBS),
    };
  };
  const paLF = s[L.PA_LF]! / n2;
  const paQF = s[L.PA_QF]! / n2;
  return {
    gwet_ac1: variants(ac, paId, q, null),
    gwet_ac2_linear: variants(ac, paLF, wc.tLinearFull, wc.linearFull),
    gwet_ac2_quadratic: variants(ac, paQF, wc.tQuadraticFull, wc.quadraticFull),
    brennan_prediger: variants(bp, paId, q, null),
    brennan_prediger_linear: variants(bp, paLF, wc.tLinearFull, wc.linearFull),
    brennan_prediger_quadratic: variants(bp, paQF, wc.tQuadraticFull, wc.quadraticFull),
  };
}
