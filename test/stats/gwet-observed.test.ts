// Weighted AC2 and Brennan-Prediger over the observed levels, by hand (irrCAC's weights on the
// observed values, without categ.labels). Scores are only 1, 3 and 4:
//   unit  A  B  C
//   u1    1  1  3
//   u2    3  4  4
//   u3    4  4  -
//   u4    1  3  -
//   u5    3  3  3
//   u6    4  -  -     (one rating: counts for pi_k, not for p_a)
// Observed values 1, 3, 4 span 3 points. Linear weights 1 - |x - y| / 3: w(1,3) = 1/3,
// w(3,4) = 2/3, w(1,4) = 0 (ranks would give 1/2, 1/2, 0). Quadratic 1 - (x - y)^2 / 9:
// w(1,3) = 5/9, w(3,4) = 8/9, w(1,4) = 0.
// pi = mean over the six units of r_k / m: pi_1 = (2/3 + 1/2) / 6 = 7/36,
// pi_3 = (1/3 + 1/3 + 1/2 + 1) / 6 = 13/36, pi_4 = (2/3 + 1 + 1) / 6 = 16/36;
// sum pi (1 - pi) = (7 * 29 + 13 * 23 + 16 * 20) / 1296 = 822 / 1296 = 137 / 216.
import { describe, expect, it } from 'vitest';
import { computeAgreementReport } from '../../src-main/stats/index.js';
import type { ScaleVariants } from '../../src-main/stats/index.js';
import { fromWide } from './helpers.js';

const rows = [
  [1, 1, 3],
  [3, 4, 4],
  [4, 4, null],
  [1, 3, null],
  [3, 3, 3],
  [4, null, null],
];
const statsOn = (levels: number[]) =>
  computeAgreementReport(fromWide(rows, ['A', 'B', 'C']), { levels }).criteria.all!.statistics;
const eq = (v: number | null | undefined, expected: number): void => {
  expect(v).not.toBeNull();
  expect(v).not.toBeUndefined();
  expect(Math.abs(v! - expected)).toBeLessThan(1e-12);
};
const obs = (v: ScaleVariants | undefined) => v!.observed_categories;

describe('observed levels weighted by their values (scores 1, 3, 4 on a 1-4 scale)', () => {
  const s = statsOn([1, 2, 3, 4]);
  it('linear: p_a 11/15, AC2 1327/3055, Brennan-Prediger 2/5', () => {
    // Unit p_a = mean weight over its pairs: u1 (1 + 1/3 + 1/3)/3 = 5/9, u2 (2/3 + 2/3 + 1)/3 =
    // 7/9, u3 1, u4 1/3, u5 1 -> p_a = 33/9 / 5 = 11/15.
    // T_w = 3 + 2 (1/3 + 0 + 2/3) = 5. AC2 p_e = 5 / 6 * 137/216 = 685/1296;
    // (11/15 - 685/1296) / (1 - 685/1296) = 1327/3055. BP p_e = 5/9: (11/15 - 5/9) / (4/9) = 2/5.
    eq(obs(s.gwet_ac2_linear).p_observed, 11 / 15);
    eq(obs(s.gwet_ac2_linear).p_expected, 685 / 1296);
    eq(obs(s.gwet_ac2_linear).value, 1327 / 3055);
    eq(obs(s.brennan_prediger_linear).p_expected, 5 / 9);
    eq(obs(s.brennan_prediger_linear).value, 2 / 5);
  });
  it('quadratic: p_a 113/135, AC2 12511/22015, Brennan-Prediger 37/70', () => {
    // u1 (1 + 5/9 + 5/9)/3 = 19/27, u2 (8/9 + 8/9 + 1)/3 = 25/27, u3 1, u4 5/9, u5 1
    // -> p_a = (19 + 25 + 27 + 15 + 27)/27 / 5 = 113/135. T_w = 3 + 2 (5/9 + 8/9) = 53/9.
    // AC2 p_e = 53/9 / 6 * 137/216 = 7261/11664; BP p_e = 53/81.
    eq(obs(s.gwet_ac2_quadratic).p_observed, 113 / 135);
    eq(obs(s.gwet_ac2_quadratic).p_expected, 7261 / 11664);
    eq(obs(s.gwet_ac2_quadratic).value, 12511 / 22015);
    eq(obs(s.brennan_prediger_quadratic).p_expected, 53 / 81);
    eq(obs(s.brennan_prediger_quadratic).value, 37 / 70);
  });
  it('the full 1-4 scale keeps its own weights and four levels', () => {
    // Same weights (the observed range is the whole scale), T_w linear 4 + 2 (2/3 * 3 + 1/3 * 2)
    // = 28/3: BP p_e = 7/12, (11/15 - 7/12) / (5/12) = 9/25.
    eq(s.brennan_prediger_linear!.full_scale.p_observed, 11 / 15);
    eq(s.brennan_prediger_linear!.full_scale.value, 9 / 25);
    eq(s.gwet_ac2_linear!.full_scale.value, 2333 / 4925);
  });
});

describe('observed levels inside a wider scale (the same scores on 1-5)', () => {
  const s = statsOn([1, 2, 3, 4, 5]);
  it('the observed-levels forms do not depend on the unused levels', () => {
    eq(obs(s.gwet_ac2_linear).value, 1327 / 3055);
    eq(obs(s.brennan_prediger_linear).value, 2 / 5);
    eq(obs(s.gwet_ac2_quadratic).value, 12511 / 22015);
    eq(obs(s.brennan_prediger_quadratic).value, 37 / 70);
  });
  it('the full scale spans 4 points: w(1,3) = 1/2, p_a 4/5, BP 1/2', () => {
    // u1 (1 + 1/2 + 1/2)/3 = 2/3, u2 (3/4 + 3/4 + 1)/3 = 5/6, u3 1, u4 1/2, u5 1 -> 4/5.
    // T_w = 5 + 2 (3/4 * 4 + 1/2 * 3 + 1/4 * 2 + 0) = 15: p_e = 3/5, BP = (4/5 - 3/5)/(2/5).
    eq(s.brennan_prediger_linear!.full_scale.p_observed, 4 / 5);
    eq(s.brennan_prediger_linear!.full_scale.value, 1 / 2);
    eq(s.gwet_ac2_linear!.full_scale.value, 467 / 755);
    eq(s.gwet_ac2_quadratic!.full_scale.value, 1807 / 2335);
    eq(s.brennan_prediger_quadratic!.full_scale.value, 19 / 30);
  });
});
