// Properties: invariance under relabelling/permuting raters and units, perfect agreement,
// bounds, undefined cases, pooling, bootstrap determinism, and input errors.
import { describe, expect, it } from 'vitest';
import { computeAgreementReport, POOLED, RatingsDataError } from '../../src-main/stats/index.js';
import type { AgreementReport, Rating, Stat, StatKey } from '../../src-main/stats/index.js';
import { fromWide, randomRatings, rng } from './helpers.js';

/** Every statistic (path -> value), with Cohen pairs keyed by the unordered rater pair. */
function values(r: AgreementReport, crit: string, rename: (id: string) => string = (x) => x) {
  const out = new Map<string, number | null>();
  const walk = (prefix: string, node: unknown): void => {
    if (node && typeof node === 'object' && 'defined' in node) {
      out.set(prefix, (node as Stat).value);
      return;
    }
    if (!node || typeof node !== 'object') return;
    for (const [k, v] of Object.entries(node)) {
      if (k === 'pairs' && Array.isArray(v)) {
        for (const p of v as { rater_a: string; rater_b: string }[]) {
          const ids = [rename(p.rater_a), rename(p.rater_b)].sort().join('|');
          walk(`${prefix}.pairs.${ids}`, p);
        }
      } else if (k === 'per_rater') {
        for (const [id, st] of Object.entries(v as object))
          walk(`${prefix}.per_rater.${rename(id)}`, st);
      } else walk(prefix ? `${prefix}.${k}` : k, v);
    }
  };
  walk('', r.criteria[crit]!.statistics);
  return out;
}

function expectSame(a: Map<string, number | null>, b: Map<string, number | null>): void {
  expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
  for (const [k, v] of a) {
    const w = b.get(k)!;
    if (v === null) expect(w, k).toBeNull();
    else expect(Math.abs(v - w!), k).toBeLessThan(1e-9);
  }
}

function shuffle<T>(xs: T[], seed: number): T[] {
  const rand = rng(seed);
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const levels = [1, 2, 3, 4];

describe('invariance', () => {
  const base = randomRatings(7, 30, 5, 4, 0.25);
  const ref = computeAgreementReport(base, { levels });
  it('under permuting the rows (units and raters in any order)', () => {
    const r = computeAgreementReport(shuffle(base, 3), { levels });
    expectSame(values(ref, 'all'), values(r, 'all'));
  });
  it('under relabelling raters so that their order changes', () => {
    const names: Record<string, string> = {};
    ['rater0', 'rater1', 'rater2', 'rater3', 'rater4'].forEach(
      (id, i) => (names[id] = `z${9 - i}`),
    );
    const back = Object.fromEntries(Object.entries(names).map(([a, b]) => [b, a]));
    const r = computeAgreementReport(
      base.map((x) => ({ ...x, rater: names[x.rater]! })),
      { levels },
    );
    expect(r.criteria.all!.raters).toEqual(['z5', 'z6', 'z7', 'z8', 'z9']);
    expectSame(
      values(ref, 'all'),
      values(r, 'all', (id) => back[id]!),
    );
  });
  it('under relabelling units', () => {
    const r = computeAgreementReport(
      base.map((x) => ({ ...x, sample: `q-${x.sample.split('').reverse().join('')}` })),
      { levels },
    );
    expectSame(values(ref, 'all'), values(r, 'all'));
  });
  it('bootstrap intervals do not depend on row order', () => {
    const ci = { kind: 'bootstrap', reps: 200, seed: 5 } as const;
    const a = computeAgreementReport(base, { levels, ci });
    const b = computeAgreementReport(shuffle(base, 11), { levels, ci });
    const alphaA = a.criteria.all!.statistics.krippendorff_alpha!.ordinal;
    const alphaB = b.criteria.all!.statistics.krippendorff_alpha!.ordinal;
    expect(alphaA.ci95_lower).toBe(alphaB.ci95_lower);
    expect(alphaA.ci95_upper).toBe(alphaB.ci95_upper);
  });
});

describe('perfect agreement', () => {
  const rows = [
    [1, 1, 1],
    [2, 2, 2],
    [4, 4, 4],
    [3, 3, 3],
    [2, 2, 2],
  ];
  const s = computeAgreementReport(fromWide(rows), { levels }).criteria.all!.statistics;
  it('gives 1 for every agreement and reliability coefficient', () => {
    const ones: (Stat | undefined)[] = [
      ...Object.values(s.exact_agreement!),
      ...Object.values(s.adjacent_agreement!),
      ...Object.values(s.cohen_kappa!.mean_over_pairs),
      ...Object.values(s.fleiss_kappa!),
      s.conger_kappa,
      ...Object.values(s.krippendorff_alpha!),
      ...Object.values(s.icc!),
      ...Object.values(s.gwet_ac1!),
      ...Object.values(s.gwet_ac2_linear!),
      ...Object.values(s.gwet_ac2_quadratic!),
      ...Object.values(s.brennan_prediger!),
      // Uncorrected W stays below 1 when a rater ties units (two units at level 2 here).
      s.kendall_w!.tie_corrected,
    ];
    for (const st of ones) expect(st!.value).toBeCloseTo(1, 12);
    for (const r of Object.values(s.severity!.per_rater)) {
      expect(r.vs_mean_of_others.value).toBe(0);
      expect(r.exact_with_others.value).toBe(1);
    }
  });
});

describe('bounds', () => {
  it('proportions in [0, 1], coefficients <= 1, no NaN anywhere', () => {
    for (let seed = 1; seed <= 8; seed++) {
      const r = computeAgreementReport(randomRatings(seed, 25, 4, 4, 0.3, 2), { levels });
      for (const crit of Object.keys(r.criteria)) {
        for (const [k, v] of values(r, crit)) {
          if (v === null) continue;
          expect(Number.isFinite(v), k).toBe(true);
          if (/^(exact|adjacent)_agreement|with_others/.test(k)) {
            expect(v, k).toBeGreaterThanOrEqual(0);
            expect(v, k).toBeLessThanOrEqual(1);
          } else if (!/severity/.test(k)) expect(v, k).toBeLessThanOrEqual(1 + 1e-12);
        }
      }
      const json = JSON.stringify(r);
      expect(json).not.toMatch(/NaN|Infinity/);
    }
  });
});

describe('undefined cases', () => {
  it('single-valued data: alpha and kappas undefined with a reason, never 1', () => {
    const s = computeAgreementReport(
      fromWide([
        [3, 3],
        [3, 3],
        [3, 3],
      ]),
      { levels },
    ).criteria.all!.statistics;
    for (const st of Object.values(s.krippendorff_alpha!)) {
      expect(st.defined).toBe(false);
      expect(st.value).toBeNull();
      expect(st.reason).toMatch(/one level/);
    }
    expect(s.cohen_kappa!.pairs[0]!.unweighted.defined).toBe(false);
    expect(s.fleiss_kappa!.all_ratings_gwet.defined).toBe(false);
    expect(s.icc!.agreement_single.defined).toBe(false);
    expect(s.kendall_w!.tie_corrected.defined).toBe(false);
    // Agreement itself is defined and perfect; AC1 over the full scale is defined.
    expect(s.exact_agreement!.pooled_pairs.value).toBe(1);
    expect(s.gwet_ac1!.full_scale.value).toBe(1);
    expect(s.gwet_ac1!.observed_categories.defined).toBe(false);
  });
  it('no pairable unit, one rater, no common unit', () => {
    const s = computeAgreementReport(
      [
        { sample: 'a', rater: 'r1', score: 1 },
        { sample: 'b', rater: 'r2', score: 2 },
        { sample: 'c', rater: 'r2', score: null },
      ],
      { levels },
    ).criteria.all!.statistics;
    expect(s.exact_agreement!.sample_mean.reason).toMatch(/two or more ratings/);
    expect(s.exact_agreement!.rater_pair_mean.reason).toMatch(/common/);
    expect(s.cohen_kappa!.pairs).toEqual([]);
    expect(s.cohen_kappa!.mean_over_pairs.unweighted.defined).toBe(false);
    expect(s.krippendorff_alpha!.nominal.defined).toBe(false);
    expect(s.icc!.oneway_single.reason).toMatch(/fewer than two samples/);
    expect(s.severity!.per_rater.r1!.vs_mean_of_others.defined).toBe(false);
    const one = computeAgreementReport([{ sample: 'a', rater: 'r1', score: 1 }], { levels });
    expect(one.criteria.all!.statistics.fleiss_kappa!.complete_cases.reason).toMatch(/raters/);
  });
});

describe('pooled and selection', () => {
  it('__pooled__ appears only with 2+ criteria and pools (criterion, sample) units', () => {
    const two = computeAgreementReport(randomRatings(3, 10, 3, 4, 0, 2), { levels });
    expect(Object.keys(two.criteria)).toEqual(['c0', 'c1', POOLED]);
    expect(two.criteria[POOLED]!.counts.n_samples_rated).toBe(20);
    const one = computeAgreementReport(randomRatings(3, 10, 3, 4, 0, 1), { levels });
    expect(Object.keys(one.criteria)).toEqual(['all']);
    // Pooled agreement = pairs pooled over both criteria.
    const p = (k: string) => two.criteria[k]!.statistics.exact_agreement!.pooled_pairs;
    const pairs = 10 * 3;
    expect(p(POOLED).value).toBeCloseTo(
      ((p('c0').value! + p('c1').value!) * pairs) / (2 * pairs),
      12,
    );
  });
  it('computes only the selected statistics', () => {
    const r = computeAgreementReport(randomRatings(3, 10, 3, 4, 0), {
      levels,
      stats: ['krippendorff_alpha', 'icc'],
    });
    expect(Object.keys(r.criteria.all!.statistics)).toEqual(['krippendorff_alpha', 'icc']);
    expect(() => computeAgreementReport([], { levels, stats: ['nope' as StatKey] })).toThrow(
      /Unknown statistic nope/,
    );
  });
});

describe('bootstrap', () => {
  const data = randomRatings(21, 60, 4, 4, 0.2);
  const run = (seed: number) =>
    computeAgreementReport(data, { levels, ci: { kind: 'bootstrap', reps: 300, seed } }).criteria
      .all!.statistics;
  it('is seeded, brackets the estimate, and covers the required families', () => {
    const a = run(1);
    const b = run(1);
    const c = run(2);
    expect(a.krippendorff_alpha!.interval.ci95_lower).toBe(
      b.krippendorff_alpha!.interval.ci95_lower,
    );
    expect(a.krippendorff_alpha!.interval.ci95_lower).not.toBe(
      c.krippendorff_alpha!.interval.ci95_lower,
    );
    const withCi: Stat[] = [
      ...Object.values(a.exact_agreement!),
      ...Object.values(a.adjacent_agreement!),
      ...Object.values(a.krippendorff_alpha!),
      ...Object.values(a.gwet_ac1!),
      ...Object.values(a.gwet_ac2_linear!),
      ...Object.values(a.gwet_ac2_quadratic!),
    ];
    for (const st of withCi) {
      expect(st.ci95_lower).not.toBeNull();
      expect(st.ci95_lower!).toBeLessThanOrEqual(st.value! + 1e-12);
      expect(st.ci95_upper!).toBeGreaterThanOrEqual(st.value! - 1e-12);
      expect(st.ci95_upper! - st.ci95_lower!).toBeGreaterThan(0);
    }
    // Without bootstrap, no interval fields on these (ICC keeps its analytic interval).
    const none = computeAgreementReport(data, { levels }).criteria.all!.statistics;
    expect(none.krippendorff_alpha!.nominal.ci95_lower).toBeUndefined();
    expect(none.icc!.agreement_single.ci95_lower).not.toBeUndefined();
  });
});

describe('input errors', () => {
  it('score outside the scale and duplicate ratings name the row', () => {
    const bad: Rating[] = [
      { sample: 'a', rater: 'r1', score: 1 },
      { sample: 'a', rater: 'r2', score: 7 },
    ];
    try {
      computeAgreementReport(bad, { levels });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(RatingsDataError);
      expect((e as RatingsDataError).row).toBe(1);
      expect((e as RatingsDataError).field).toBe('score');
    }
    const dup: Rating[] = [
      { sample: 'a', rater: 'r1', score: 1 },
      { sample: 'b', rater: 'r1', score: 2 },
      { sample: 'a', rater: 'r1', score: 2 },
    ];
    try {
      computeAgreementReport(dup, { levels });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(RatingsDataError);
      expect((e as RatingsDataError).row).toBe(2);
      expect((e as RatingsDataError).otherRow).toBe(0);
      expect((e as Error).message).toMatch(/twice/);
    }
    // A second row with a missing score is not a duplicate.
    expect(() =>
      computeAgreementReport([...dup.slice(0, 2), { sample: 'a', rater: 'r1', score: null }], {
        levels,
      }),
    ).not.toThrow();
  });
});

describe('kappa paradox', () => {
  it('is detected when most scores sit on one level', () => {
    // 40 units; both raters give 3 on 36 of them, and disagree on the other 4.
    const rows: number[][] = [];
    for (let i = 0; i < 36; i++) rows.push([3, 3]);
    rows.push([3, 2], [2, 3], [3, 4], [4, 3]);
    const c = computeAgreementReport(fromWide(rows), { levels }).criteria.all!;
    expect(c.kappa_paradox.detected).toBe(true);
    expect(c.kappa_paradox.dominant_level).toBe(3);
    expect(c.kappa_paradox.explanation).toMatch(/Kappa paradox/);
    expect(c.statistics.fleiss_kappa!.all_ratings_gwet.paradox).toBeDefined();
    expect(c.statistics.cohen_kappa!.pairs[0]!.unweighted.paradox).toMatch(/chance agreement/);
    expect(c.statistics.gwet_ac1!.full_scale.value!).toBeGreaterThan(0.85);
    const fine = computeAgreementReport(
      fromWide([
        [1, 1],
        [2, 2],
        [3, 3],
        [4, 4],
      ]),
      { levels },
    );
    expect(fine.criteria.all!.kappa_paradox.detected).toBe(false);
  });
  it('words: the verdict band on alpha only, other coefficients as figures', () => {
    const s = computeAgreementReport(randomRatings(4, 30, 3, 4, 0), { levels }).criteria.all!
      .statistics;
    expect(s.krippendorff_alpha!.ordinal.interpretation).toMatch(
      /^(reliable|tentative|not reliable yet)/,
    );
    expect(s.exact_agreement!.pooled_pairs.interpretation).toMatch(
      /^\d+% of paired scores are identical$/,
    );
    for (const st of [
      s.icc!.agreement_single,
      s.fleiss_kappa!.all_ratings_gwet,
      s.cohen_kappa!.mean_over_pairs.quadratic,
      s.gwet_ac2_quadratic!.full_scale,
      s.kendall_w!.tie_corrected,
    ]) {
      expect(st.defined).toBe(true);
      expect(st.interpretation).toBeUndefined();
    }
  });
});
