// Published worked examples, with their sources. Figures are compared at the precision they
// were published with.
import { describe, expect, it } from 'vitest';
import { computeAgreementReport } from '../../src-main/stats/index.js';
import type { CriterionReport } from '../../src-main/stats/index.js';
import { fromContingency, fromCounts, fromWide } from './helpers.js';

const near = (v: number | null, expected: number, digits: number): void => {
  expect(v).not.toBeNull();
  expect(Math.abs(v! - expected)).toBeLessThanOrEqual(0.5 * 10 ** -digits + 1e-12);
};
const only = (r: ReturnType<typeof computeAgreementReport>): CriterionReport =>
  Object.values(r.criteria)[0]!;

// Krippendorff (2011), "Computing Krippendorff's alpha-reliability", section E (4 coders,
// 12 units, missing data), p. 3-5: nominal .743, ordinal .815, interval .849, ratio .797.
// The same data ship with irrCAC as `cac.raw4raters` (Gwet, irrCAC README, "Computing agreement
// coefficients from raw ratings"): percent agreement 0.8181818, AC1 0.77544 (pe 0.1903212),
// Fleiss 0.76117 (pe 0.2387153), Conger 0.76282 (pe 0.2334252), Brennan-Prediger 0.77273.
const krippendorff2011 = [
  [1, 1, null, 1],
  [2, 2, 3, 2],
  [3, 3, 3, 3],
  [3, 3, 3, 3],
  [2, 2, 2, 2],
  [1, 2, 3, 4],
  [4, 4, 4, 4],
  [1, 1, 2, 1],
  [2, 2, 2, 2],
  [null, 5, 5, 5],
  [null, null, 1, 1],
  [null, null, 3, null],
];

describe('Krippendorff (2011) 4-coder example / irrCAC cac.raw4raters', () => {
  const rep = only(
    computeAgreementReport(fromWide(krippendorff2011, ['A', 'B', 'C', 'D']), {
      levels: [1, 2, 3, 4, 5],
    }),
  );
  const s = rep.statistics;
  it('alpha for all four metrics', () => {
    near(s.krippendorff_alpha!.nominal.value, 0.743, 3);
    near(s.krippendorff_alpha!.ordinal.value, 0.815, 3);
    near(s.krippendorff_alpha!.interval.value, 0.849, 3);
    near(s.krippendorff_alpha!.ratio.value, 0.797, 3);
    near(s.krippendorff_alpha!.nominal.value, 0.74342, 5);
  });
  it("Gwet's missing-data coefficients as irrCAC", () => {
    near(s.exact_agreement!.sample_mean.value, 0.8181818, 7);
    near(s.gwet_ac1!.full_scale.value, 0.77544, 5);
    near(s.gwet_ac1!.full_scale.p_expected!, 0.1903212, 7);
    near(s.fleiss_kappa!.all_ratings_gwet.value, 0.76117, 5);
    near(s.fleiss_kappa!.all_ratings_gwet.p_expected!, 0.2387153, 7);
    near(s.conger_kappa!.value, 0.76282, 5);
    near(s.conger_kappa!.p_expected!, 0.2334252, 7);
    near(s.brennan_prediger!.full_scale.value, 0.77273, 5);
  });
  it('counts', () => {
    expect(rep.counts).toEqual({
      n_samples_rated: 12,
      n_samples_pairable: 11,
      n_samples_complete: 8,
      n_raters: 4,
      n_ratings: 41,
      levels_observed: [1, 2, 3, 4, 5],
    });
  });
});

// irrCAC README / overview vignette, `distrib.6raters` (15 psychiatric patients, 6 raters,
// the 5 diagnostic categories of Fleiss 1971): Fleiss 0.4139265 (pa 0.5511111, pe 0.2340741),
// AC1 0.4448007 (pe 0.1914815), Krippendorff 0.4204384, Brennan-Prediger 0.4388889.
const distrib6raters = [
  [0, 0, 0, 6, 0],
  [0, 3, 0, 0, 3],
  [0, 1, 4, 0, 1],
  [0, 0, 0, 0, 6],
  [0, 3, 0, 3, 0],
  [2, 0, 4, 0, 0],
  [0, 0, 4, 0, 2],
  [2, 0, 3, 1, 0],
  [2, 0, 0, 4, 0],
  [0, 0, 0, 0, 6],
  [1, 0, 0, 5, 0],
  [1, 1, 0, 4, 0],
  [0, 3, 3, 0, 0],
  [1, 0, 0, 5, 0],
  [0, 2, 0, 3, 1],
];

describe('irrCAC distrib.6raters (Fleiss-type count table)', () => {
  const s = only(
    computeAgreementReport(fromCounts(distrib6raters, [1, 2, 3, 4, 5]), {
      levels: [1, 2, 3, 4, 5],
    }),
  ).statistics;
  it('Fleiss kappa in all three forms', () => {
    near(s.fleiss_kappa!.count_table.value, 0.4139265, 7);
    near(s.fleiss_kappa!.count_table.p_observed!, 0.5511111, 7);
    near(s.fleiss_kappa!.count_table.p_expected!, 0.2340741, 7);
    near(s.fleiss_kappa!.complete_cases.value, 0.4139265, 7);
    near(s.fleiss_kappa!.all_ratings_gwet.value, 0.4139265, 7);
  });
  it('AC1, alpha, Brennan-Prediger', () => {
    near(s.gwet_ac1!.full_scale.value, 0.4448007, 7);
    near(s.gwet_ac1!.full_scale.p_expected!, 0.1914815, 7);
    near(s.krippendorff_alpha!.nominal.value, 0.4204384, 7);
    near(s.brennan_prediger!.full_scale.value, 0.4388889, 7);
  });
});

// Wikipedia, "Fleiss' kappa", worked example: 10 subjects, 14 raters, 5 categories;
// p_j = 0.143, 0.200, 0.279, 0.150, 0.229; P-bar = 0.378, P_e = 0.213, kappa = 0.210.
describe("Fleiss' kappa, Wikipedia worked example", () => {
  it('kappa 0.210', () => {
    const table = [
      [0, 0, 0, 0, 14],
      [0, 2, 6, 4, 2],
      [0, 0, 3, 5, 6],
      [0, 3, 9, 2, 0],
      [2, 2, 8, 1, 1],
      [7, 7, 0, 0, 0],
      [3, 2, 6, 3, 0],
      [2, 5, 3, 2, 2],
      [6, 5, 2, 1, 0],
      [0, 2, 2, 3, 7],
    ];
    const f = only(
      computeAgreementReport(fromCounts(table, [1, 2, 3, 4, 5]), { levels: [1, 2, 3, 4, 5] }),
    ).statistics.fleiss_kappa!.count_table;
    near(f.value, 0.21, 3);
    near(f.p_observed!, 0.378, 3);
    near(f.p_expected!, 0.213, 3);
  });
});

// irrCAC overview vignette and kappa2.table example, `cont3x3abstractors` (2 abstractors,
// 100 cases, Ectopic / AIU / NIU): Cohen 0.7964094, quadratic-weighted Cohen 0.8921569,
// AC1 0.8493305, Brennan-Prediger 0.835, Krippendorff 0.7972585, percent agreement 0.89.
describe('irrCAC cont3x3abstractors (two raters)', () => {
  const s = only(
    computeAgreementReport(
      fromContingency(
        [
          [13, 0, 0],
          [0, 20, 7],
          [0, 4, 56],
        ],
        [1, 2, 3],
      ),
      { levels: [1, 2, 3] },
    ),
  ).statistics;
  it('Cohen unweighted and quadratic', () => {
    const pair = s.cohen_kappa!.pairs[0]!;
    expect(pair.n_common).toBe(100);
    near(pair.unweighted.value, 0.7964094, 7);
    near(pair.quadratic.value, 0.8921569, 7);
    // Linear weights (1, 0.5, 0), by hand: p_o = 0.89 + 0.5 * 0.11 = 0.945; marginals
    // (13, 27, 60) x (13, 24, 63): p_e = (4597 + 0.5 * 3804) / 10^4 = 0.6499.
    near(pair.linear.value, (0.945 - 0.6499) / (1 - 0.6499), 12);
    near(s.cohen_kappa!.mean_over_pairs.unweighted.value, 0.7964094, 7);
  });
  it('AC1, BP, alpha, agreement', () => {
    near(s.gwet_ac1!.full_scale.value, 0.8493305, 7);
    near(s.brennan_prediger!.full_scale.value, 0.835, 9);
    near(s.krippendorff_alpha!.nominal.value, 0.7972585, 7);
    near(s.exact_agreement!.pooled_pairs.value, 0.89, 9);
    near(s.exact_agreement!.rater_pair_mean.value, 0.89, 9);
  });
});

// Wikipedia, "Cohen's kappa", worked example: 50 proposals, Yes/Yes 20, Yes/No 5, No/Yes 10,
// No/No 15: p_o = 0.7, p_e = 0.5, kappa = 0.4.
describe("Cohen's kappa textbook 2x2", () => {
  it('is 0.4', () => {
    const s = only(
      computeAgreementReport(
        fromContingency(
          [
            [20, 5],
            [10, 15],
          ],
          [0, 1],
        ),
        { levels: [0, 1] },
      ),
    ).statistics;
    near(s.cohen_kappa!.pairs[0]!.unweighted.value, 0.4, 12);
    near(s.cohen_kappa!.pairs[0]!.unweighted.p_observed!, 0.7, 12);
    near(s.cohen_kappa!.pairs[0]!.unweighted.p_expected!, 0.5, 12);
  });
});

// Shrout & Fleiss (1979), Table 2: 6 targets x 4 judges; Table 4 (p. 426) gives
// ICC(1,1) .17, ICC(2,1) .29, ICC(3,1) .71, ICC(1,4) .44, ICC(2,4) .62, ICC(3,4) .91.
// The intervals follow irr::icc (McGraw & Wong 1996 for the agreement forms). The 1e-9 figures
// below were computed independently with NumPy/SciPy
// (scipy.stats.f.ppf) from the irr::icc formulas; mean squares BMS 11.24, WMS 6.26, JMS 32.49,
// EMS 1.02 are Shrout & Fleiss' Table 3.
describe('Shrout & Fleiss (1979) Table 2', () => {
  const sf = [
    [9, 2, 5, 8],
    [6, 1, 3, 2],
    [8, 4, 6, 8],
    [7, 1, 2, 6],
    [10, 5, 6, 9],
    [6, 2, 4, 7],
  ];
  const icc = only(
    computeAgreementReport(fromWide(sf), { levels: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] }),
  ).statistics.icc!;
  it('the six ICCs', () => {
    near(icc.oneway_single.value, 0.17, 2);
    near(icc.agreement_single.value, 0.29, 2);
    near(icc.consistency_single.value, 0.71, 2);
    near(icc.oneway_average.value, 0.44, 2);
    near(icc.agreement_average.value, 0.62, 2);
    near(icc.consistency_average.value, 0.91, 2);
  });
  it('matches an independent SciPy computation of the irr::icc formulas to 1e-9', () => {
    const expected: Record<string, [number, number, number]> = {
      oneway_single: [0.16574176840547544, -0.13293232487475098, 0.722560062328121],
      oneway_average: [0.44279713367926865, -0.8844421552381201, 0.9124154203407755],
      consistency_single: [0.7148407148407154, 0.34246476503392614, 0.9458582599553597],
      consistency_average: [0.9093155423770697, 0.6756747138163055, 0.9858916781690623],
      agreement_single: [0.2897637795275592, 0.018786513374712027, 0.7610843696489529],
      agreement_average: [0.6200505475989893, 0.039440179921391254, 0.9285731833771683],
    };
    for (const [key, [v, lo, hi]] of Object.entries(expected)) {
      const st = icc[key as keyof typeof icc];
      expect(Math.abs(st.value! - v)).toBeLessThan(1e-9);
      expect(Math.abs(st.ci95_lower! - lo)).toBeLessThan(1e-9);
      expect(Math.abs(st.ci95_upper! - hi)).toBeLessThan(1e-9);
    }
  });
});

// irrCAC vignette "Weighted Chance-corrected Agreement Coefficients" (Gwet), quadratic weights:
// cac.raw4raters: AC2 0.914 (pa 0.9753788, pe 0.7137044), Brennan-Prediger 0.90152 (pe 0.75),
// Krippendorff 0.84911; distrib.6raters: AC2 0.4837438 (pa 0.8544444, pe 0.7180556),
// Brennan-Prediger 0.4177778, Krippendorff 0.259511; cont3x3abstractors: AC2 0.9402369,
// Brennan-Prediger 0.9175, Krippendorff 0.8926487. Every level is used in these data, so the
// full-scale and observed-levels forms agree; irrCAC's quadratic-weighted alpha is the interval
// metric.
describe('irrCAC weighting vignette, quadratic weights', () => {
  type S = CriterionReport['statistics'];
  const check = (s: S, ac2: number[], bp: number, alpha: number, digits: number): void => {
    for (const st of Object.values(s.gwet_ac2_quadratic!)) near(st.value, ac2[0]!, digits);
    if (ac2[1] !== undefined) {
      for (const st of Object.values(s.gwet_ac2_quadratic!)) near(st.p_expected!, ac2[1], 7);
    }
    for (const st of Object.values(s.brennan_prediger_quadratic!)) near(st.value, bp, digits);
    near(s.krippendorff_alpha!.interval.value, alpha, digits);
  };
  it('cac.raw4raters', () => {
    const s = only(
      computeAgreementReport(fromWide(krippendorff2011), { levels: [1, 2, 3, 4, 5] }),
    ).statistics;
    check(s, [0.914, 0.7137044], 0.90152, 0.84911, 5);
    near(s.gwet_ac2_quadratic!.full_scale.p_observed!, 0.9753788, 7);
    near(s.brennan_prediger_quadratic!.full_scale.p_expected!, 0.75, 12);
  });
  it('cac.raw4raters on a wider scale: the observed-levels forms are irrCAC without categ.labels', () => {
    const s = only(
      computeAgreementReport(fromWide(krippendorff2011), { levels: [0, 1, 2, 3, 4, 5, 6] }),
    ).statistics;
    near(s.gwet_ac2_quadratic!.observed_categories.value, 0.914, 5);
    near(s.gwet_ac2_quadratic!.observed_categories.p_expected!, 0.7137044, 7);
    near(s.brennan_prediger_quadratic!.observed_categories.value, 0.90152, 5);
    // The full scale 0..6 weighs the same scores as closer: a different, higher figure.
    expect(s.gwet_ac2_quadratic!.full_scale.value!).toBeGreaterThan(0.95);
  });
  it('distrib.6raters', () => {
    const s = only(
      computeAgreementReport(fromCounts(distrib6raters, [1, 2, 3, 4, 5]), {
        levels: [1, 2, 3, 4, 5],
      }),
    ).statistics;
    check(s, [0.4837438, 0.7180556], 0.4177778, 0.259511, 6);
    near(s.gwet_ac2_quadratic!.full_scale.p_observed!, 0.8544444, 7);
  });
  it('cont3x3abstractors', () => {
    const s = only(
      computeAgreementReport(
        fromContingency(
          [
            [13, 0, 0],
            [0, 20, 7],
            [0, 4, 56],
          ],
          [1, 2, 3],
        ),
        { levels: [1, 2, 3] },
      ),
    ).statistics;
    check(s, [0.9402369], 0.9175, 0.8926487, 7);
  });
});
