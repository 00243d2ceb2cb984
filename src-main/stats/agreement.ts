// Exact and adjacent agreement proportions, four forms each: they answer different questions
// (per sample, over all pairs, per rater pair, all raters at once) and teams ask all four.
import type { Layout } from './sufficient.js';
import { ok, undef } from './stat.js';
import type { AgreementFamily, Stat } from './types.js';

/** Sample mean, pooled pairs and all-raters forms from the unit sums (tolerance 0 or 1 level). */
export function agreementFromSums(
  s: Float64Array,
  L: Layout,
  adjacent: boolean,
  nRaters: number,
): Omit<AgreementFamily, 'rater_pair_mean'> {
  const n2 = s[L.N2]!;
  const nc = s[L.NC]!;
  const noPairs = 'no sample has two or more ratings';
  const sample_mean = n2 > 0 ? ok(s[adjacent ? L.AD_SM : L.EX_SM]! / n2, n2) : undef(noPairs, 0);
  const pairs = s[L.PAIRS]!;
  const pooled_pairs =
    pairs > 0 ? ok(s[adjacent ? L.AD_AG : L.EX_AG]! / pairs, n2) : undef(noPairs, 0);
  let all: Stat;
  if (nRaters < 2) all = undef('fewer than two raters', 0);
  else if (nc === 0) all = undef('no sample was scored by every rater', 0);
  else all = ok(s[adjacent ? L.AD_ALL : L.EX_ALL]! / nc, nc);
  return { sample_mean, pooled_pairs, all_raters_agree_complete_samples: all };
}

/**
 * Mean over rater pairs with >= 1 common unit of each pair's share of agreeing common units.
 * n_used = number of such pairs.
 */
export function raterPairMean(common: Float64Array, agree: Float64Array): Stat {
  let sum = 0;
  let n = 0;
  for (let p = 0; p < common.length; p++) {
    const c = common[p]!;
    if (c > 0) {
      sum += agree[p]! / c;
      n++;
    }
  }
  return n > 0 ? ok(sum / n, n) : undef('no pair of raters scored a common sample', 0);
}
