// Weighted AC2 and Brennan-Prediger on a scale whose steps are not equal (levels 0, 1, 2, 4).
// The observed-levels forms weigh the levels by value (irrCAC without categ.labels); the
// full-scale forms by position (irrCAC with categ.labels, read as text). Worked by hand as exact
// fractions, against irrCAC's definitions written out apart from the engine, and through the
// bootstrap's replicates.
//
// The hand case (raters A, B, C):
//   unit  A  B  C
//   u1    0  1  -
//   u2    2  4  -
//   u3    4  4  4
//   u4    0  2  1
//   u5    1  1  -
//   u6    2  -  -     (one rating: counts for pi_k, not for p_a)
// pi = mean over the six units of r_k / m: pi_0 = (1/2 + 1/3) / 6 = 5/36,
// pi_1 = (1/2 + 1/3 + 1) / 6 = 11/36, pi_2 = (1/2 + 1/3 + 1) / 6 = 11/36, pi_4 = (1/2 + 1) / 6
// = 9/36; sum pi (1 - pi) = (5 * 31 + 11 * 25 + 11 * 25 + 9 * 27) / 1296 = 948/1296 = 79/108.
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../src-main/domain/order.js';
import { tableBootstrapPlan } from '../../src-main/stats/bootstrap.js';
import { computeAgreementReport } from '../../src-main/stats/index.js';
import type { ScaleVariants, StatKey } from '../../src-main/stats/index.js';
import { columnsFromRatings, prepare } from '../../src-main/stats/input.js';
import { fromWide, randomRatings } from './helpers.js';
import { irrcacRaw, irrcacWeights, scoresUsed } from './irrcac-direct.js';
import type { Matrix } from './irrcac-direct.js';

const rows = [
  [0, 1, null],
  [2, 4, null],
  [4, 4, 4],
  [0, 2, 1],
  [1, 1, null],
  [2, null, null],
];
const statsOf = (m: Matrix, levels: number[]) =>
  Object.values(computeAgreementReport(fromWide(m.map((r) => [...r])), { levels }).criteria)[0]!
    .statistics;
const eq = (v: number | null | undefined, expected: number, tol = 1e-12): void => {
  expect(v).not.toBeNull();
  expect(v).not.toBeUndefined();
  expect(Math.abs(v! - expected), `${v} vs ${expected}`).toBeLessThan(tol);
};
const obs = (v: ScaleVariants | undefined) => v!.observed_categories;
const full = (v: ScaleVariants | undefined) => v!.full_scale;

describe('observed levels 0, 1, 2, 4 weighed by value, by hand', () => {
  const s = statsOf(rows, [0, 1, 2, 4]);
  it('linear: p_a 47/60, AC2 2647/5455, Brennan-Prediger 7/15', () => {
    // The values span 4: w(0,1) = 3/4, w(0,2) = 1/2, w(0,4) = 0, w(1,2) = 3/4, w(1,4) = 1/4,
    // w(2,4) = 1/2 (by steps 2 against 4 would be 2/3). Unit p_a = mean weight over its pairs:
    // u1 3/4, u2 1/2, u3 1, u4 (1/2 + 3/4 + 3/4) / 3 = 2/3, u5 1 -> (9 + 6 + 12 + 8 + 12) / 60
    // = 47/60. T_w = 4 + 2 (3/4 + 1/2 + 0 + 3/4 + 1/4 + 1/2) = 19/2.
    // AC2 p_e = 19/2 / 12 * 79/108 = 1501/2592: (47/60 - 1501/2592) / (1091/2592) = 2647/5455.
    // BP p_e = 19/2 / 16 = 19/32: (47/60 - 19/32) / (13/32) = 7/15.
    eq(obs(s.gwet_ac2_linear).p_observed, 47 / 60);
    eq(obs(s.gwet_ac2_linear).p_expected, 1501 / 2592);
    eq(obs(s.gwet_ac2_linear).value, 2647 / 5455);
    eq(obs(s.brennan_prediger_linear).p_observed, 47 / 60);
    eq(obs(s.brennan_prediger_linear).p_expected, 19 / 32);
    eq(obs(s.brennan_prediger_linear).value, 7 / 15);
  });
  it('quadratic: p_a 73/80, AC2 3523/5035, Brennan-Prediger 17/25', () => {
    // 1 - d^2 / 16: w(0,1) = 15/16, w(0,2) = 3/4, w(0,4) = 0, w(1,2) = 15/16, w(1,4) = 7/16,
    // w(2,4) = 3/4. u1 15/16, u2 3/4, u3 1, u4 (3/4 + 15/16 + 15/16) / 3 = 7/8, u5 1 -> p_a
    // (15 + 12 + 16 + 14 + 16) / 80 = 73/80. T_w = 4 + 2 (15 + 12 + 0 + 15 + 7 + 12) / 16 = 93/8.
    // AC2 p_e = 93/8 / 12 * 79/108 = 2449/3456; BP p_e = 93/128: (73/80 - 93/128) / (35/128).
    eq(obs(s.gwet_ac2_quadratic).p_observed, 73 / 80);
    eq(obs(s.gwet_ac2_quadratic).p_expected, 2449 / 3456);
    eq(obs(s.gwet_ac2_quadratic).value, 3523 / 5035);
    eq(obs(s.brennan_prediger_quadratic).p_expected, 93 / 128);
    eq(obs(s.brennan_prediger_quadratic).value, 17 / 25);
  });
  it('the full scale counts steps, as irrCAC does with categ.labels', () => {
    // Linear 1 - |i - j| / 3 by position: u1 2/3, u2 2/3, u3 1, u4 (1/3 + 2/3 + 2/3) / 3 = 5/9,
    // u5 1 -> p_a 7/9. T_w = 4 + 2 (2/3 * 3 + 1/3 * 2) = 28/3: AC2 p_e = 28/3 / 12 * 79/108 =
    // 553/972, AC2 = (756 - 553) / (972 - 553) = 203/419; BP p_e = 7/12, BP = 7/15.
    eq(full(s.gwet_ac2_linear).p_observed, 7 / 9);
    eq(full(s.gwet_ac2_linear).value, 203 / 419);
    eq(full(s.brennan_prediger_linear).p_expected, 7 / 12);
    eq(full(s.brennan_prediger_linear).value, 7 / 15);
    // Quadratic 1 - (i - j)^2 / 9: p_a 41/45, T_w 104/9 -> AC2 1507/2155, BP 17/25.
    eq(full(s.gwet_ac2_quadratic).p_observed, 41 / 45);
    eq(full(s.gwet_ac2_quadratic).value, 1507 / 2155);
    eq(full(s.brennan_prediger_quadratic).value, 17 / 25);
  });
  it('AC1 and unweighted Brennan-Prediger do not weigh, so both forms agree', () => {
    expect(obs(s.gwet_ac1).value).toBe(full(s.gwet_ac1).value);
    expect(obs(s.brennan_prediger).value).toBe(full(s.brennan_prediger).value);
  });
});

describe('the same scores inside the scale 0-4 (3 unused)', () => {
  const s = statsOf(rows, [0, 1, 2, 3, 4]);
  it('the observed-levels forms stay those of the values 0, 1, 2, 4', () => {
    eq(obs(s.gwet_ac2_linear).value, 2647 / 5455);
    eq(obs(s.brennan_prediger_linear).value, 7 / 15);
    eq(obs(s.gwet_ac2_quadratic).value, 3523 / 5035);
    eq(obs(s.brennan_prediger_quadratic).value, 17 / 25);
  });
  it('the full scale now has equal steps: p_a by value, five levels', () => {
    // Positions 0..4 are the values: p_a 47/60 as above; T_w linear = 5 + 2 (3/4 * 4 + 1/2 * 3 +
    // 1/4 * 2) = 15: AC2 p_e = 15/20 * 79/108 = 79/144, AC2 13/25; BP p_e 3/5, BP 11/24.
    eq(full(s.gwet_ac2_linear).p_observed, 47 / 60);
    eq(full(s.gwet_ac2_linear).value, 13 / 25);
    eq(full(s.brennan_prediger_linear).value, 11 / 24);
    eq(full(s.gwet_ac2_quadratic).value, 653 / 905);
    eq(full(s.brennan_prediger_quadratic).value, 13 / 20);
  });
});

// Krippendorff (2011) / irrCAC cac.raw4raters, 4 raters, 12 units.
const raw4raters: Matrix = [
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

describe("irrCAC's definitions written out (irrcac-direct.ts)", () => {
  it("reproduce irrCAC's published cac.raw4raters figures", () => {
    // irrCAC weighting vignette, quadratic: AC2 0.914 (pa 0.9753788, pe 0.7137044), BP 0.90152.
    const categ = scoresUsed(raw4raters);
    const r = irrcacRaw(raw4raters, categ, irrcacWeights('quadratic', categ, true));
    eq(r.ac.pa, 0.9753788, 5e-8);
    eq(r.ac.pe, 0.7137044, 5e-8);
    eq(r.ac.value, 0.914, 5e-4);
    eq(r.bp.value, 0.90152, 5e-6);
  });

  // The same data with the five levels moved to the values 0, 1, 2, 4, 8, and on a scale with
  // an unused top level 16.
  const value = [0, 1, 2, 4, 8];
  const moved = raw4raters.map((r) => r.map((v) => (v === null ? null : value[v - 1]!)));
  for (const scale of [value, [...value, 16]]) {
    it(`on values 0, 1, 2, 4, 8 and the scale ${scale.join(', ')}, equal the engine's`, () => {
      const s = statsOf(moved, scale);
      const used = scoresUsed(moved);
      for (const kind of ['linear', 'quadratic'] as const) {
        // Without categ.labels: the values used; with categ.labels = the scale: positions.
        const byValue = irrcacRaw(moved, used, irrcacWeights(kind, used, true));
        const byPosition = irrcacRaw(moved, scale, irrcacWeights(kind, scale, false));
        const ac2 = kind === 'linear' ? s.gwet_ac2_linear : s.gwet_ac2_quadratic;
        const bp = kind === 'linear' ? s.brennan_prediger_linear : s.brennan_prediger_quadratic;
        eq(obs(ac2).p_observed, byValue.ac.pa);
        eq(obs(ac2).p_expected, byValue.ac.pe);
        eq(obs(ac2).value, byValue.ac.value);
        eq(obs(bp).value, byValue.bp.value);
        eq(full(ac2).value, byPosition.ac.value);
        eq(full(bp).value, byPosition.bp.value);
        // Steps would give another figure: the test tells values from steps.
        const bySteps = irrcacRaw(moved, used, irrcacWeights(kind, used, false));
        expect(Math.abs(obs(ac2).value! - bySteps.ac.value)).toBeGreaterThan(1e-3);
      }
    });
  }
});

describe('bootstrap replicates on levels 0, 1, 2, 4', () => {
  it("are irrCAC's figures of each resampled data set, over the data's observed levels", () => {
    const levels = [0, 1, 2, 4];
    // Scores 1..3 moved to the values 1, 2, 4, and one sample with a 0: a third of the
    // replicates lack it, and so the lowest value, which sets the weights' span.
    const ratings = [
      ...randomRatings(31, 18, 3, 3, 0.2).map((r) => ({ ...r, score: levels[r.score!]! })),
      { sample: 'zero', rater: 'rater0', score: 0 },
      { sample: 'zero', rater: 'rater1', score: 1 },
    ];
    const t = prepare(columnsFromRatings(ratings), levels, { orderUnitsById: true }).criteria[0]!
      .table;
    const keys: StatKey[] = [
      'gwet_ac2_linear',
      'gwet_ac2_quadratic',
      'brennan_prediger_linear',
      'brennan_prediger_quadratic',
    ];
    const plan = tableBootstrapPlan(t, keys);
    const reps = 60;
    const seed = 77;
    const got = plan.replicates(seed, 0, reps);
    // The engine keeps the data's observed levels in every replicate: irrCAC with those as
    // categ.labels and their value weights given as a matrix.
    const unitRows: (number | null)[][] = [];
    for (let u = 0; u < t.nUnits; u++) {
      const row = new Array<number | null>(t.nRaters).fill(null);
      for (let i = t.unitStart[u]!; i < t.unitStart[u + 1]!; i++) {
        row[t.rater[i]!] = t.levels[t.level[i]!]!;
      }
      unitRows.push(row);
    }
    const used = scoresUsed(unitRows);
    expect(used).toEqual(levels);
    const at = (path: string): number => plan.paths.indexOf(path);
    const rand = seededRandom(seed);
    let lacking = 0;
    for (let r = 0; r < reps; r++) {
      const drawn = Array.from(
        { length: t.nUnits },
        () => unitRows[Math.floor(rand() * t.nUnits)]!,
      );
      if (scoresUsed(drawn).length < used.length) lacking++;
      for (const kind of ['linear', 'quadratic'] as const) {
        const want = irrcacRaw(drawn, used, irrcacWeights(kind, used, true));
        for (const [family, coefficient] of [
          [`gwet_ac2_${kind}`, want.ac],
          [`brennan_prediger_${kind}`, want.bp],
        ] as const) {
          const v = got.values[at(`${family}.observed_categories`)]![r]!;
          eq(v, coefficient.value);
        }
      }
    }
    // Some replicates lack a level the data used, and keep its weights all the same.
    expect(lacking).toBeGreaterThan(0);
  });

  it('give, with every unit drawn once, the point estimates of the report', () => {
    // One unit drawn n times is one data set per replicate; with a single unit every replicate
    // is the data itself, so the bootstrap's sums must give the report's figures.
    const one = [[0, 2, 4]];
    const t = prepare(columnsFromRatings(fromWide(one)), [0, 1, 2, 4], { orderUnitsById: true })
      .criteria[0]!.table;
    const plan = tableBootstrapPlan(t, ['gwet_ac2_linear', 'brennan_prediger_quadratic']);
    const got = plan.replicates(5, 0, 3);
    const s = statsOf(one, [0, 1, 2, 4]);
    for (const [path, want] of [
      ['gwet_ac2_linear.observed_categories', obs(s.gwet_ac2_linear).value],
      ['gwet_ac2_linear.full_scale', full(s.gwet_ac2_linear).value],
      ['brennan_prediger_quadratic.observed_categories', obs(s.brennan_prediger_quadratic).value],
    ] as const) {
      for (const v of got.values[plan.paths.indexOf(path)]!) eq(v, want!);
    }
  });
});
