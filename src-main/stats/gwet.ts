// Gwet's AC1 / AC2 and Brennan-Prediger coefficients with missing ratings (Gwet 2014,
// Handbook of Inter-Rater Reliability, 4th ed., ch. on multiple raters with missing data):
// p_a = mean over units with m >= 2 of sum_k r_k (r*_k - 1) / (m (m - 1)), r*_k = sum_l w_kl r_l;
// pi_k = mean over rated units of r_k / m; AC p_e = T_w / (q (q - 1)) * sum_k pi_k (1 - pi_k);
// Brennan-Prediger p_e = T_w / q^2. `observed_categories` uses q = levels observed in the
// table and weights re-indexed over them.
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
  'a single level was observed: chance agreement over observed levels is undefined';

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
  const none = (): Stat => undef('no sample has two or more ratings', 0);
  const ac = (pa: number, tw: number, qq: number, reason: string): Stat => {
    if (n2 === 0) return none();
    if (qq < 2) return undef(reason, n2);
    return chanceCorrected(pa, (tw / (qq * (qq - 1))) * spread, n2, 'chance agreement is 1');
  };
  const bp = (pa: number, tw: number, qq: number, reason: string): Stat => {
    if (n2 === 0) return none();
    if (qq < 2) return undef(reason, n2);
    return chanceCorrected(pa, tw / (qq * qq), n2, 'chance agreement is 1');
  };
  const paLF = s[L.PA_LF]! / n2;
  const paQF = s[L.PA_QF]! / n2;
  const paLO = s[L.PA_LO]! / n2;
  const paQO = s[L.PA_QO]! / n2;
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
  return {
    gwet_ac1: variants(ac, paId, q, paId, qo),
    gwet_ac2_linear: variants(ac, paLF, wc.tLinearFull, paLO, wc.tLinearObserved),
    gwet_ac2_quadratic: variants(ac, paQF, wc.tQuadraticFull, paQO, wc.tQuadraticObserved),
    brennan_prediger: variants(bp, paId, q, paId, qo),
    brennan_prediger_linear: variants(bp, paLF, wc.tLinearFull, paLO, wc.tLinearObserved),
    brennan_prediger_quadratic: variants(bp, paQF, wc.tQuadraticFull, paQO, wc.tQuadraticObserved),
  };
}
