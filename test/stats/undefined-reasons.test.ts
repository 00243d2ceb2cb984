// Every undefined figure names its actual cause: one case per cause, per coefficient.
import { describe, expect, it } from 'vitest';
import { computeAgreementReport } from '../../src-main/stats/index.js';
import type { Rating, Stat, Statistics } from '../../src-main/stats/index.js';
import { ICC_REASONS } from '../../src-main/stats/icc.js';
import { weightedKappa } from '../../src-main/stats/kappa.js';
import { weightMatrix } from '../../src-main/stats/weights.js';
import { fromWide } from './helpers.js';

const LEVELS = [1, 2, 3, 4];
const statsOf = (ratings: Rating[], levels = LEVELS): Statistics =>
  Object.values(computeAgreementReport(ratings, { levels }).criteria)[0]!.statistics;
const wide = (rows: (number | null)[][], levels = LEVELS): Statistics =>
  statsOf(fromWide(rows), levels);
const why = (st: Stat | undefined): string | undefined => {
  expect(st).toBeDefined();
  expect(st!.defined).toBe(false);
  expect(st!.value).toBeNull();
  return st!.reason;
};

const NO_PAIRS = 'no sample has two or more ratings';
const ONE_LEVEL = 'all ratings are on one level: expected disagreement is 0';

// Two raters who never score the same sample; one rater alone.
const apart: Rating[] = [
  { sample: 'a', rater: 'r1', score: 1 },
  { sample: 'b', rater: 'r2', score: 2 },
];
const alone: Rating[] = [
  { sample: 'a', rater: 'r1', score: 1 },
  { sample: 'b', rater: 'r1', score: 3 },
];
const oneLevel = [
  [3, 3],
  [3, 3],
  [3, null],
];

describe('agreement proportions', () => {
  it('no pairable sample, no common sample, no complete sample', () => {
    const s = statsOf(apart);
    for (const key of ['exact_agreement', 'adjacent_agreement'] as const) {
      expect(why(s[key]!.sample_mean)).toBe(NO_PAIRS);
      expect(why(s[key]!.pooled_pairs)).toBe(NO_PAIRS);
      expect(why(s[key]!.rater_pair_mean)).toBe('no pair of raters scored a common sample');
      expect(why(s[key]!.all_raters_agree_complete_samples)).toBe(
        'no sample was scored by every rater',
      );
    }
  });
  it('one rater', () => {
    expect(why(statsOf(alone).exact_agreement!.all_raters_agree_complete_samples)).toBe(
      'fewer than two raters',
    );
  });
});

describe("Cohen's kappa", () => {
  it('no common sample: the pair is left out, and the mean has nothing to average', () => {
    const s = statsOf(apart);
    expect(s.cohen_kappa!.pairs).toEqual([]);
    expect(why(s.cohen_kappa!.mean_over_pairs.unweighted)).toBe(
      'no rater pair has a defined unweighted kappa',
    );
    expect(why(s.cohen_kappa!.mean_over_pairs.quadratic)).toBe(
      'no rater pair has a defined quadratic kappa',
    );
    expect(why(weightedKappa(new Int32Array(16), 0, 4, weightMatrix('identity', 4)))).toBe(
      'the two raters scored no common sample',
    );
  });
  it('both raters on one and the same level', () => {
    const pair = wide(oneLevel).cohen_kappa!.pairs[0]!;
    const single =
      'both raters gave every common sample one and the same level: expected agreement is 1, so kappa is undefined';
    expect(why(pair.unweighted)).toBe(single);
    expect(why(pair.linear)).toBe(single);
    expect(why(pair.quadratic)).toBe(single);
    const observed = 'the pair used a single level: observed-level weights are undefined';
    expect(why(pair.linear_observed_levels)).toBe(observed);
    expect(why(pair.quadratic_observed_levels)).toBe(observed);
  });
  it('raters on two different single levels: kappa is defined (0), not undefined', () => {
    const pair = wide([
      [1, 2],
      [1, 2],
    ]).cohen_kappa!.pairs[0]!;
    expect(pair.unweighted.value).toBe(0);
  });
});

describe("Fleiss' kappa", () => {
  it('one rater', () => {
    expect(why(statsOf(alone).fleiss_kappa!.complete_cases)).toBe('fewer than two raters');
  });
  it('no complete sample, a single rating per sample, no pairs', () => {
    const f = statsOf(apart).fleiss_kappa!;
    expect(why(f.complete_cases)).toBe('no sample was scored by every rater');
    expect(why(f.count_table)).toBe('every sample has a single rating');
    expect(why(f.all_ratings_gwet)).toBe(NO_PAIRS);
  });
  it('different numbers of ratings per sample', () => {
    expect(
      why(
        wide([
          [1, 2],
          [1, null],
        ]).fleiss_kappa!.count_table,
      ),
    ).toBe('the samples have different numbers of ratings');
  });
  it('no sample at all', () => {
    const f = statsOf([]).fleiss_kappa!;
    expect(why(f.count_table)).toBe('no sample was scored');
    expect(why(f.all_ratings_gwet)).toBe(NO_PAIRS);
  });
  it('every rating on one level', () => {
    const f = wide([
      [3, 3],
      [3, 3],
    ]).fleiss_kappa!;
    expect(why(f.complete_cases)).toBe(
      'all ratings of the samples scored by every rater are on one level: expected disagreement is 0',
    );
    expect(why(f.count_table)).toBe(ONE_LEVEL);
    expect(why(f.all_ratings_gwet)).toBe(ONE_LEVEL);
  });
});

describe("Conger's kappa", () => {
  it('one rater, no pairs, one level', () => {
    expect(why(statsOf(alone).conger_kappa)).toBe('fewer than two raters');
    expect(why(statsOf(apart).conger_kappa)).toBe(NO_PAIRS);
    expect(why(wide(oneLevel).conger_kappa)).toBe(
      'every rater used the same single level: expected disagreement is 0',
    );
  });
});

describe("Krippendorff's alpha", () => {
  it('no pairs, one level', () => {
    for (const st of Object.values(statsOf(apart).krippendorff_alpha!)) {
      expect(why(st)).toBe(NO_PAIRS);
    }
    for (const st of Object.values(wide(oneLevel).krippendorff_alpha!)) {
      expect(why(st)).toBe('all pairable ratings are on one level: expected disagreement is 0');
    }
  });
  it('ratio metric on levels whose sum is 0', () => {
    const a = wide(
      [
        [-1, 1],
        [1, 1],
        [-1, -1],
      ],
      [-1, 1],
    ).krippendorff_alpha!;
    expect(why(a.ratio)).toBe(
      'the ratio metric needs scale values with a nonzero sum for every pair',
    );
    expect(a.interval.defined).toBe(true);
  });
});

describe("Gwet's AC1/AC2 and Brennan-Prediger", () => {
  const families = [
    'gwet_ac1',
    'gwet_ac2_linear',
    'gwet_ac2_quadratic',
    'brennan_prediger',
    'brennan_prediger_linear',
    'brennan_prediger_quadratic',
  ] as const;
  it('no pairs', () => {
    const s = statsOf(apart);
    for (const f of families) {
      expect(why(s[f]!.full_scale)).toBe(NO_PAIRS);
      expect(why(s[f]!.observed_categories)).toBe(NO_PAIRS);
    }
  });
  it('one level observed; a scale of one level', () => {
    const s = wide(oneLevel);
    for (const f of families) {
      expect(s[f]!.full_scale.defined).toBe(true);
      expect(why(s[f]!.observed_categories)).toBe(
        'every rating is on one level: chance agreement over the observed levels is undefined',
      );
    }
    const one = wide(oneLevel, [3]);
    for (const f of families) {
      expect(why(one[f]!.full_scale)).toBe(
        'the scale has a single level: chance agreement is undefined',
      );
    }
  });
});

describe("Kendall's W", () => {
  it('one rater, fewer than two complete samples', () => {
    expect(why(statsOf(alone).kendall_w!.uncorrected)).toBe('fewer than two raters');
    expect(
      why(
        wide([
          [1, 2],
          [3, null],
        ]).kendall_w!.tie_corrected,
      ),
    ).toBe('fewer than two samples were scored by every rater');
  });
  it('every rank tied', () => {
    const w = wide([
      [1, 2],
      [1, 2],
      [1, 2],
    ]).kendall_w!;
    expect(w.uncorrected.value).toBe(0);
    expect(why(w.tie_corrected)).toBe(
      'each rater gave every complete sample one and the same score: all ranks are tied',
    );
  });
});

describe('severity', () => {
  it('a rater nobody else scored with', () => {
    const r = statsOf(apart).severity!.per_rater.r1!;
    const reason = 'the rater scored no sample that another rater also scored';
    expect(why(r.vs_mean_of_others)).toBe(reason);
    expect(why(r.exact_with_others)).toBe(reason);
  });
});

describe('ICC: undefined estimates', () => {
  const forms = [
    'oneway_single',
    'oneway_average',
    'consistency_single',
    'consistency_average',
    'agreement_single',
    'agreement_average',
  ] as const;
  it('one rater; fewer than two complete samples', () => {
    for (const f of forms) expect(why(statsOf(alone).icc![f])).toBe(ICC_REASONS.fewRaters);
    const icc = wide([
      [1, 2],
      [3, null],
    ]).icc!;
    for (const f of forms) expect(why(icc[f])).toBe(ICC_REASONS.fewSamples);
  });
  it('every score the same', () => {
    const icc = wide([
      [3, 3],
      [3, 3],
      [3, 3],
    ]).icc!;
    for (const f of forms) expect(why(icc[f])).toBe(ICC_REASONS.allSame);
    expect(ICC_REASONS.allSame).toMatch(/same score/);
  });
  it('mirror-image raters (1/4, 2/3, 3/2, 4/1): vanishing and negative denominators', () => {
    // Row means all 2.5: MSR = 0; column means 2.5: MSC = 0; residuals +-1.5, +-0.5: MSE = 10/3.
    const icc = wide([
      [1, 4],
      [2, 3],
      [3, 2],
      [4, 1],
    ]).icc!;
    expect(why(icc.consistency_average)).toBe(ICC_REASONS.samplesAlike);
    expect(why(icc.oneway_average)).toBe(ICC_REASONS.samplesAlike);
    expect(ICC_REASONS.samplesAlike).not.toMatch(/every score is the same/);
    // ICC(A,1) = (0 - 10/3) / (10/3 - 1/2 * 10/3) = -2 < -1: below the possible range.
    expect(why(icc.agreement_single)).toBe(
      'the formula gives -2.000, below -1.000 (-1/(raters - 1)), the lowest value an ICC of one ' +
        'rater can take: the residual mean square (3.333) is larger than the raters’ mean square ' +
        '(0.000) plus 4 (the number of samples) times the between-samples mean square (0.000)',
    );
    // ICC(A,k) = (0 - 10/3) / (0 + (0 - 10/3) / 4) = 4, what irr prints: its denominator is
    // negative.
    expect(why(icc.agreement_average)).toBe(
      'the residual mean square (3.333) is larger than the raters’ mean square (0.000) plus 4 ' +
        '(the number of samples) times the between-samples mean square (0.000): this ICC’s denominator is ' +
        'negative (-0.833), which would make it 4.000, above 1',
    );
    // The one-way and consistency single-rater forms sit at their lowest value, -1.
    expect(icc.oneway_single.value).toBe(-1);
    expect(icc.consistency_single.value).toBe(-1);
  });
  it('raters differing only by a constant, samples alike: consistency is 0 / 0', () => {
    const icc = wide([
      [1, 2],
      [1, 2],
      [1, 2],
    ]).icc!;
    expect(why(icc.consistency_single)).toBe(ICC_REASONS.consistencyZero);
    expect(why(icc.consistency_average)).toBe(ICC_REASONS.samplesAlike);
    expect(icc.agreement_single.value).toBe(0);
  });
  it('two samples, two raters, all means equal: ICC(A,1) divides by 0', () => {
    const icc = wide([
      [1, 2],
      [2, 1],
    ]).icc!;
    expect(why(icc.agreement_single)).toBe(ICC_REASONS.agreementZero);
  });
  it('ICC(A,k) with a denominator of exactly 0', () => {
    // Row means 2, 2: MSR = 0; column means 1.5, 2.5: MSC = 1; residuals +-0.5: MSE = 1.
    const icc = wide([
      [1, 3],
      [2, 2],
    ]).icc!;
    expect(why(icc.agreement_average)).toBe(
      'the residual mean square (1.000) equals the raters’ mean square (1.000) plus 2 ' +
        '(the number of samples) times the between-samples mean square (0.000): this ICC’s denominator is 0',
    );
  });
});

describe('ICC: intervals', () => {
  it('perfect agreement: every form is 1 with the limit [1, 1]', () => {
    const icc = wide([
      [1, 1],
      [2, 2],
      [4, 4],
    ]).icc!;
    for (const st of Object.values(icc)) {
      expect(st.value).toBe(1);
      expect(st.ci95_lower).toBe(1);
      expect(st.ci95_upper).toBe(1);
      expect(st.ci95_reason).toBeUndefined();
    }
  });
  it('raters apart by a constant: consistency is 1 with [1, 1], agreement keeps its interval', () => {
    const icc = wide([
      [1, 2],
      [2, 3],
      [3, 4],
    ]).icc!;
    for (const st of [icc.consistency_single, icc.consistency_average]) {
      expect([st.value, st.ci95_lower, st.ci95_upper]).toEqual([1, 1, 1]);
    }
    // MSR 2, MSC 1.5, MSE 0: ICC(A,1) = 2 / (2 + 2/3 * 1.5) = 2/3.
    expect(icc.agreement_single.value).toBeCloseTo(2 / 3, 12);
    expect(icc.agreement_single.ci95_lower!).toBeLessThan(2 / 3);
    expect(icc.agreement_single.ci95_upper!).toBeGreaterThan(2 / 3);
  });
  const dropped = (st: Stat, reason: string): void => {
    expect(st.defined).toBe(true);
    expect(st.value).not.toBeNull();
    expect(st.ci95_lower).toBeNull();
    expect(st.ci95_upper).toBeNull();
    expect(st.ci95_reason).toBe(reason);
  };
  it('bounds that do not contain the estimate, or reach below the possible range', () => {
    const icc = wide([
      [3, 3, 2, 2],
      [1, 1, 4, 2],
      [1, 3, 2, 1],
    ]).icc!;
    expect(icc.agreement_average.value).toBeCloseTo(-1.6, 12);
    dropped(
      icc.agreement_average,
      'no 95% interval: the F-based formula gives [17.228, 0.952], which does not contain the estimate (-1.600)',
    );
    dropped(
      icc.agreement_single,
      'no 95% interval: the F-based formula gives [-0.385, 0.833], which reaches below -0.333, the lowest value an ICC of one rater can take',
    );
    // Average-of-raters forms have no lower limit (Spearman-Brown of -1/(k-1)): kept.
    expect(icc.consistency_average.ci95_lower!).toBeLessThan(-10);
  });
  it('an upper bound below the estimate', () => {
    const icc = wide([
      [1, 4],
      [3, 2],
      [1, 4],
      [2, 4],
      [1, 4],
    ]).icc!;
    dropped(
      icc.agreement_single,
      'no 95% interval: the F-based formula gives [-0.306, -0.282], which does not contain the estimate (-0.280)',
    );
  });
  it('Satterthwaite degrees of freedom of 0, and of 0 / 0', () => {
    dropped(
      wide([
        [1, 3],
        [2, 2],
      ]).icc!.agreement_single,
      'no 95% interval: the degrees of freedom of its F-based bounds (Satterthwaite) come out as 0.000 for these scores',
    );
    dropped(
      wide([
        [1, 2],
        [1, 2],
        [1, 2],
      ]).icc!.agreement_single,
      'no 95% interval: the degrees of freedom of its F-based bounds (Satterthwaite) come out as 0 divided by 0 for these scores',
    );
  });
});
