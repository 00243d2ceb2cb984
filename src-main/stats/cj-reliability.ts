// Reliability of a comparative judgement scale: would the order stand if other judges had judged?
//
// Scale separation reliability (SSR), as the Rasch separation reliability: the share of the
// abilities' observed variance that is not estimation error,
//   SSR = (var(a) - mean(se²)) / var(a),
// with var the population variance (divisor n, as src-main/stats/rasch-elements.ts) and a
// negative "true variance" taken as 0. It is computed over the samples with an ordinary estimate:
// compared, and not adjusted for winning or losing every comparison (their abilities sit where
// the 0.3-of-a-win rule puts them and their SEs are large: they would stretch the spread by a
// convention, not by evidence). Undefined when the comparisons fall into separate groups, each
// centred on its own, so their abilities are not on one scale.
//
// SSR overstates reliability when pairs are chosen adaptively (samples paired with others of
// similar estimated ability): the pairing feeds the estimates back into the data, spreading the
// abilities more than the evidence supports, so SSR can be high while the scale is not
// (Bramley, 2015; Bramley & Vitello, 2019). So the verdict rests on split-half reliability, which
// does not use the model's own standard errors:
// - the judges (byte order of ids) are split at random into two halves (for an odd number, the
//   second half has one more), drawn with mulberry32 (domain/order.ts) seeded with `seed`
//   (default 1), one stream for all splits, so a seed always gives the same splits;
// - each half's judgements get their own Bradley-Terry fit (warm-started from the full fit);
// - Pearson's r of the two halves' abilities over the samples with an ordinary estimate in both
//   halves (compared, not adjusted, in the largest connected group of each half), at least 3;
// - Spearman-Brown to the full team's length: 2r / (1 + r) (a split with r <= -1 is left out);
// - the value is the median over the splits, and `ci95_lower` / `ci95_upper` the 2.5 and 97.5
//   percentiles of the splits (linear interpolation, R's type 7). This range shows how much the
//   figure depends on which judges land together; it is not a confidence interval of the mean.
// Undefined with fewer than 4 judges (a half of one judge is one person's scale, not a team's)
// or when no split leaves 3 samples measured in both halves. `n_used` is the number of judges;
// `splits` the number of splits that gave a value.
//
// References:
// - Bramley, T. (2015). Investigating the reliability of Adaptive Comparative Judgment.
//   Cambridge Assessment Research Report. Cambridge, UK: Cambridge Assessment.
// - Bramley, T. & Vitello, S. (2019). The effect of adaptivity on the reliability coefficient in
//   adaptive comparative judgement. Assessment in Education: Principles, Policy & Practice,
//   26(1), 43-58.
import { seededRandom } from '../domain/order.js';
import { fitAbilities, largestPart } from './bradley-terry.js';
import { quantileSorted } from './bootstrap.js';
import type { BtFit, CjReliability, Judgement } from './cj-types.js';
import { compareIds } from './input.js';
import { pearson } from './pearson.js';
import { ok, undef } from './stat.js';
import type { Stat } from './types.js';

export const DEFAULT_SPLITS = 100;
export const DEFAULT_SEED = 1;
/** Fewest judges for split-half reliability: two in each half. */
export const MIN_JUDGES = 4;

/** Samples with an ordinary estimate: compared and not adjusted. */
function ordinary(fit: BtFit): BtFit['samples'] {
  return fit.samples.filter((s) => s.comparisons > 0 && s.adjusted === null && s.se !== null);
}

export function scaleSeparation(fit: BtFit): Stat {
  const used = ordinary(fit);
  const n = used.length;
  if (fit.components > 1) {
    return undef(
      'the comparisons fall into separate groups, so the abilities are not on one scale',
      n,
    );
  }
  if (n < 2) return undef('fewer than 2 samples have an ordinary estimate', n);
  const mean = used.reduce((s, x) => s + x.ability, 0) / n;
  const observed = used.reduce((s, x) => s + (x.ability - mean) ** 2, 0) / n;
  const error = used.reduce((s, x) => s + x.se! ** 2, 0) / n;
  if (!(observed > 0)) return undef('every sample has the same ability', n);
  return ok(Math.max(0, observed - error) / observed, n);
}

/** Abilities of the half's samples with an ordinary estimate in its largest connected group. */
function halfAbilities(
  samples: readonly string[],
  judgements: readonly Judgement[],
  start: ReadonlyMap<string, number>,
): Map<string, number> {
  const fit = fitAbilities(samples, judgements, start);
  const inLargest = largestPart(judgements);
  return new Map(
    fit.samples
      .filter((s) => s.comparisons > 0 && s.adjusted === null && inLargest.has(s.sample))
      .map((s) => [s.sample, s.ability]),
  );
}

export function splitHalf(
  samples: readonly string[],
  judgements: readonly Judgement[],
  fit: BtFit,
  splits: number,
  seed: number,
): Stat & { splits: number } {
  const judges = [...new Set(judgements.map((j) => j.judge))].sort(compareIds);
  const nJudges = judges.length;
  if (nJudges < MIN_JUDGES) {
    return {
      ...undef(
        `split-half reliability needs at least ${MIN_JUDGES} judges (two in each half); ` +
          `there ${nJudges === 1 ? 'is' : 'are'} ${nJudges}`,
        nJudges,
      ),
      splits: 0,
    };
  }
  const byJudge = new Map<string, Judgement[]>(judges.map((j) => [j, []]));
  for (const j of judgements) byJudge.get(j.judge)!.push(j);
  const start = new Map(fit.samples.map((s) => [s.sample, s.ability]));
  const random = seededRandom(seed);
  const values: number[] = [];
  const order = [...judges];
  for (let s = 0; s < splits; s++) {
    for (let i = order.length - 1; i > 0; i--) {
      const k = Math.floor(random() * (i + 1));
      [order[i], order[k]] = [order[k]!, order[i]!];
    }
    const half = Math.floor(nJudges / 2);
    const first = order.slice(0, half).flatMap((j) => byJudge.get(j)!);
    const second = order.slice(half).flatMap((j) => byJudge.get(j)!);
    const a = halfAbilities(samples, first, start);
    const b = halfAbilities(samples, second, start);
    const x: number[] = [];
    const y: number[] = [];
    for (const [sample, v] of a) {
      const w = b.get(sample);
      if (w === undefined) continue;
      x.push(v);
      y.push(w);
    }
    if (x.length < 3) continue;
    const r = pearson(x, y);
    if (r === null || !(r > -1)) continue;
    values.push((2 * r) / (1 + r));
  }
  if (values.length === 0) {
    return {
      ...undef('no split of the judges left 3 samples measured by both halves', nJudges),
      splits: 0,
    };
  }
  values.sort((p, q) => p - q);
  const n = values.length;
  return {
    ...ok(quantileSorted(values, n, 0.5), nJudges, {
      ci95_lower: quantileSorted(values, n, 0.025),
      ci95_upper: quantileSorted(values, n, 0.975),
    }),
    splits: n,
  };
}

/** Two decimals, cut (not rounded) so that the figure reads as the band it is in: 0.799 → 0.79. */
function twoDecimals(v: number): string {
  return (Math.floor(v * 100 + 1e-9) / 100).toFixed(2);
}

/** Plain words for a team, from split-half reliability. */
export function reliabilityWords(splitHalfStat: Stat): string {
  const v = splitHalfStat.value;
  const what =
    'Split-half reliability: the judges are split at random into two halves and the order each ' +
    'half gives is compared.';
  if (v === null) {
    return `Not enough yet to say how stable the order is: ${splitHalfStat.reason ?? 'no value'}.`;
  }
  const figure = `${what} Here it is ${twoDecimals(v)} (1 = the two halves agree fully).`;
  if (v >= 0.8) {
    return `${figure} The team's judgements agree well: the order is stable.`;
  }
  if (v >= 0.7) {
    return (
      `${figure} Usable, but samples close together on the scale could still swap places: ` +
      'a few more judgements per sample would settle it.'
    );
  }
  return (
    `${figure} Not yet stable: the two halves put the work in noticeably different orders. ` +
    'More judgements are needed before the order is used.'
  );
}

/**
 * Scale separation and split-half reliability of a fitted scale, with plain words resting on
 * split-half (see the rules above).
 */
export function cjReliability(
  samples: readonly string[],
  judgements: readonly Judgement[],
  fit: BtFit,
  options: { splits?: number; seed?: number } = {},
): CjReliability {
  const half = splitHalf(
    samples,
    judgements,
    fit,
    options.splits ?? DEFAULT_SPLITS,
    options.seed ?? DEFAULT_SEED,
  );
  return {
    scale_separation: scaleSeparation(fit),
    split_half: half,
    interpretation: reliabilityWords(half),
  };
}
