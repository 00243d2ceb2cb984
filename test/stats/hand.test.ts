// A small case computed by hand (working in the comments), for the main keys.
//   unit  A  B  C          levels 1, 2, 3
//   u1    1  1  2
//   u2    2  2  2
//   u3    3  1  -
//   u4    3  3  3
import { describe, expect, it } from 'vitest';
import { computeAgreementReport } from '../../src-main/stats/index.js';
import { fromWide } from './helpers.js';

const report = computeAgreementReport(
  fromWide(
    [
      [1, 1, 2],
      [2, 2, 2],
      [3, 1, null],
      [3, 3, 3],
    ],
    ['A', 'B', 'C'],
  ),
  { levels: [1, 2, 3] },
);
const c = report.criteria.all!;
const s = c.statistics;
const eq = (v: number | null | undefined, expected: number): void => {
  expect(v).not.toBeNull();
  expect(Math.abs(v! - expected)).toBeLessThan(1e-12);
};

describe('hand-computed small case', () => {
  it('exact agreement', () => {
    // Per unit agreeing / pairs: 1/3, 3/3, 0/1, 3/3 -> mean 7/12; pooled 7/10.
    eq(s.exact_agreement!.sample_mean.value, 7 / 12);
    eq(s.exact_agreement!.pooled_pairs.value, 0.7);
    // A-B 3/4, A-C 2/3, B-C 2/3 -> 25/36. Complete units u1, u2, u4: all agree on 2 -> 2/3.
    eq(s.exact_agreement!.rater_pair_mean.value, 25 / 36);
    eq(s.exact_agreement!.all_raters_agree_complete_samples.value, 2 / 3);
    expect(s.exact_agreement!.all_raters_agree_complete_samples.n_used).toBe(3);
  });
  it('adjacent agreement', () => {
    // Within one level: 3/3, 3/3, 0/1, 3/3 -> 3/4; pooled 9/10; pairs 3/4, 1, 1 -> 11/12.
    eq(s.adjacent_agreement!.sample_mean.value, 3 / 4);
    eq(s.adjacent_agreement!.pooled_pairs.value, 0.9);
    eq(s.adjacent_agreement!.rater_pair_mean.value, 11 / 12);
    eq(s.adjacent_agreement!.all_raters_agree_complete_samples.value, 1);
  });
  it("Cohen's kappa A-B and Fleiss on complete cases", () => {
    // A-B: p_o 3/4, marginals A (1,1,2)/4, B (2,1,1)/4, p_e 5/16 -> kappa 7/11.
    const ab = s.cohen_kappa!.pairs.find((p) => p.rater_a === 'A' && p.rater_b === 'B')!;
    expect(ab.n_common).toBe(4);
    eq(ab.unweighted.value, 7 / 11);
    // Fleiss on u1, u2, u4: P-bar 7/9, p = (2, 4, 3)/9, P_e 29/81 -> 17/26.
    eq(s.fleiss_kappa!.complete_cases.value, 17 / 26);
    expect(s.fleiss_kappa!.count_table.defined).toBe(false);
    expect(s.fleiss_kappa!.count_table.reason).toMatch(/different numbers of ratings/);
  });
  it("Krippendorff's alpha", () => {
    // Coincidences: o11 1, o12 1, o13 1, o22 3, o33 3 (+ symmetric); n = (3, 4, 4), n = 11.
    eq(s.krippendorff_alpha!.nominal.value, 0.5); // 1 - 4 / (80 / 10)
    eq(s.krippendorff_alpha!.interval.value, 13 / 38); // 1 - 10 / 15.2
    eq(s.krippendorff_alpha!.ordinal.value, 393 / 1078); // 1 - 137 / 215.6
    eq(s.krippendorff_alpha!.ratio.value, 613 / 2238); // 1 - (13/18) / (373/375)
  });
  it("Kendall's W on the complete units", () => {
    // Ranks A (1,2,3), B (1,2,3), C (1.5,1.5,3): R = (3.5, 5.5, 9), S = 15.5.
    eq(s.kendall_w!.uncorrected.value, 31 / 36); // 12 S / (9 * 24)
    eq(s.kendall_w!.tie_corrected.value, 31 / 33); // 12 S / (216 - 3 * 6)
  });
  it('severity of rater A', () => {
    // A: 1, 2, 3, 3 (mean 2.25); minus others' median/mean: -0.5, 0, 2, 0 -> 0.375;
    // (own, other) pairs: 7, equal 5, within one level 6.
    const a = s.severity!.per_rater.A!;
    expect(a.n_ratings).toBe(4);
    eq(a.mean_score.value, 2.25);
    eq(a.vs_median_of_others.value, 0.375);
    eq(a.vs_mean_of_others.value, 0.375);
    eq(a.exact_with_others.value, 5 / 7);
    eq(a.adjacent_with_others.value, 6 / 7);
    expect(a.exact_with_others.n_used).toBe(7);
  });
  it('counts and raters', () => {
    expect(c.raters).toEqual(['A', 'B', 'C']);
    expect(c.counts).toEqual({
      n_samples_rated: 4,
      n_samples_pairable: 4,
      n_samples_complete: 3,
      n_raters: 3,
      n_ratings: 11,
      levels_observed: [1, 2, 3],
    });
    expect(Object.keys(report.criteria)).toEqual(['all']);
  });
});
