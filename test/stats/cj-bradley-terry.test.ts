// The Bradley-Terry fit: closed forms on tiny designs, BradleyTerry2's estimates on stored data
// (scripts/r/cj-reference.R), and the rules for samples ML cannot place.
import { describe, expect, it } from 'vitest';
import { EXTREME_ADJUSTMENT, fitBradleyTerry } from '../../src-main/stats/bradley-terry.js';
import type { BtFit, BtSample, Judgement } from '../../src-main/stats/cj-types.js';
import { readJudgements, readReference, simulate } from './cj-helpers.js';

/** `times` judgements of `winner` over `loser` (alternating sides). */
function won(winner: string, loser: string, times = 1, judge = 'j1'): Judgement[] {
  return Array.from({ length: times }, (_, k) => ({
    judge,
    left: k % 2 === 0 ? winner : loser,
    right: k % 2 === 0 ? loser : winner,
    winner,
    ms: null,
  }));
}

const sampleOf = (fit: BtFit, id: string): BtSample => fit.samples.find((s) => s.sample === id)!;
const ability = (fit: BtFit, id: string): number => sampleOf(fit, id).ability;
const se = (fit: BtFit, id: string): number => sampleOf(fit, id).se!;
const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));

/** max over samples of |expected wins - wins|: the ML gradient. */
function gradient(fit: BtFit, judgements: readonly Judgement[]): number {
  const a = new Map(fit.samples.map((s) => [s.sample, s.ability]));
  const g = new Map(fit.samples.map((s) => [s.sample, s.wins]));
  for (const j of judgements) {
    const p = sigmoid(a.get(j.left)! - a.get(j.right)!);
    g.set(j.left, g.get(j.left)! - p);
    g.set(j.right, g.get(j.right)! - (1 - p));
  }
  return Math.max(...[...g.values()].map(Math.abs));
}

describe('closed forms', () => {
  it('two samples: the difference is log(w_ab / w_ba), its SE sqrt(1 / (n p (1 - p)))', () => {
    const js = [...won('A', 'B', 7), ...won('B', 'A', 3)];
    const fit = fitBradleyTerry(['A', 'B'], js);
    const d = Math.log(7 / 3);
    expect(ability(fit, 'A')).toBeCloseTo(d / 2, 12);
    expect(ability(fit, 'B')).toBeCloseTo(-d / 2, 12);
    const p = 0.7;
    const seDiff = Math.sqrt(1 / (10 * p * (1 - p)));
    // Centred: a_A = d / 2, so its SE is half that of the difference.
    expect(se(fit, 'A')).toBeCloseTo(seDiff / 2, 10);
    expect(se(fit, 'B')).toBeCloseTo(seDiff / 2, 10);
    expect(fit.log_likelihood).toBeCloseTo(7 * Math.log(0.7) + 3 * Math.log(0.3), 10);
    expect(fit.samples.map((s) => [s.wins, s.comparisons, s.adjusted])).toEqual([
      [7, 10, null],
      [3, 10, null],
    ]);
    expect(fit).toMatchObject({ converged: true, components: 1, warnings: [] });
  });

  it('a cycle with each pair once: all 0, SE sqrt(8/9) (L = (3I - J) / 4, L⁺ = (4/3)(I - J/3))', () => {
    const js = [...won('A', 'B'), ...won('B', 'C'), ...won('C', 'A')];
    const fit = fitBradleyTerry(['A', 'B', 'C'], js);
    for (const s of fit.samples) {
      expect(s.ability).toBeCloseTo(0, 12);
      expect(s.se).toBeCloseTo(Math.sqrt(8 / 9), 10);
    }
  });

  it('a path decouples: each link from its own counts, centred SEs from independent links', () => {
    // A-B: A 3, B 1; B-C: 2 each. So A - B = log 3, B - C = 0; var(A - B) = 1 / (4 * 3/16).
    const js = [...won('A', 'B', 3), ...won('B', 'A'), ...won('B', 'C', 2), ...won('C', 'B', 2)];
    const fit = fitBradleyTerry(['A', 'B', 'C'], js);
    const d1 = Math.log(3);
    expect(ability(fit, 'A') - ability(fit, 'B')).toBeCloseTo(d1, 11);
    expect(ability(fit, 'B') - ability(fit, 'C')).toBeCloseTo(0, 11);
    expect(ability(fit, 'A') + ability(fit, 'B') + ability(fit, 'C')).toBeCloseTo(0, 12);
    const v1 = 1 / (4 * 0.75 * 0.25);
    const v2 = 1 / (4 * 0.5 * 0.5);
    // Centred: A = (2 d1 + d2) / 3, B = (d2 - d1) / 3, C = -(d1 + 2 d2) / 3.
    expect(se(fit, 'A')).toBeCloseTo(Math.sqrt((4 * v1 + v2) / 9), 10);
    expect(se(fit, 'B')).toBeCloseTo(Math.sqrt((v1 + v2) / 9), 10);
    expect(se(fit, 'C')).toBeCloseTo(Math.sqrt((v1 + 4 * v2) / 9), 10);
  });
});

describe('against BradleyTerry2 (stored output of scripts/r/cj-reference.R)', () => {
  for (const name of ['tiny', 'medium', 'many-samples']) {
    it(`${name}: centred abilities, their SEs, reference-category SEs and the log-likelihood`, () => {
      const ref = readReference(name);
      const js = readJudgements(name);
      const fit = fitBradleyTerry(ref.samples, js);
      expect(fit.converged).toBe(true);
      expect(fit.warnings).toEqual([]);
      expect(gradient(fit, js)).toBeLessThan(1e-9);
      const diffs = { ability: 0, se: 0, seRef: 0 };
      const r0 = ref.samples.indexOf(ref.reference!);
      const seDiff = differenceSe(fit, js);
      ref.samples.forEach((id, k) => {
        const s = fit.samples[k]!;
        expect(s.sample).toBe(id);
        expect(s.adjusted).toBeNull();
        diffs.ability = Math.max(diffs.ability, Math.abs(s.ability - ref.ability[k]!));
        diffs.se = Math.max(diffs.se, Math.abs(s.se! - ref.se[k]!));
        // BTm's own: ability and SE against the reference sample.
        const vsRef = s.ability - fit.samples[r0]!.ability;
        expect(vsRef).toBeCloseTo(ref.ability_vs_reference![k]!, 6);
        if (k !== r0) {
          diffs.seRef = Math.max(diffs.seRef, Math.abs(seDiff(k, r0) - ref.se_vs_reference![k]!));
        }
      });
      expect(diffs.ability).toBeLessThan(1e-9);
      expect(diffs.se).toBeLessThan(1e-9);
      expect(diffs.seRef).toBeLessThan(1e-9);
      expect(fit.log_likelihood).toBeCloseTo(ref.log_likelihood, 7);
    });
  }

  it('extreme: the set-aside samples, the rest as BTm without them, placements as the rule says', () => {
    const ref = readReference('extreme');
    const js = readJudgements('extreme');
    const fit = fitBradleyTerry(ref.samples, js);
    expect(fit.converged).toBe(true);
    const adjusted = Object.fromEntries(
      fit.samples.filter((s) => s.adjusted !== null).map((s) => [s.sample, s.adjusted]),
    );
    expect(adjusted).toEqual(ref.adjusted);
    // The others: exactly BTm's fit without the set-aside samples (compared as differences).
    const core = ref.core_samples!;
    const base = ability(fit, core[0]!);
    core.forEach((id, k) => {
      expect(ability(fit, id) - base).toBeCloseTo(ref.core_ability![k]! - ref.core_ability![0]!, 8);
    });
    ref.samples.forEach((id, k) => {
      expect(ability(fit, id)).toBeCloseTo(ref.ability[k]!, 7);
      expect(se(fit, id)).toBeCloseTo(ref.se[k]!, 7);
    });
    expect(fit.log_likelihood).toBeCloseTo(ref.log_likelihood, 7);
  });
});

/**
 * SE of a_i - a_j at the fit: the fit reports only the diagonal of L⁺, and a difference needs
 * L⁺_ij too, so this rebuilds the information matrix from the fitted abilities (independently of
 * bradley-terry.ts: a plain Gauss-Jordan inverse of L + 11'/n).
 */
function differenceSe(
  fit: BtFit,
  judgements: readonly Judgement[],
): (i: number, j: number) => number {
  const n = fit.samples.length;
  const index = new Map(fit.samples.map((s, k) => [s.sample, k]));
  const a = fit.samples.map((s) => s.ability);
  const m = Array.from({ length: n }, () => new Array<number>(n).fill(1 / n));
  for (const j of judgements) {
    const l = index.get(j.left)!;
    const r = index.get(j.right)!;
    const p = sigmoid(a[l]! - a[r]!);
    const v = p * (1 - p);
    m[l]![l]! += v;
    m[r]![r]! += v;
    m[l]![r]! -= v;
    m[r]![l]! -= v;
  }
  const pinv = invert(m).map((row) => row.map((v) => v - 1 / n));
  return (i, j) => Math.sqrt(pinv[i]![i]! + pinv[j]![j]! - 2 * pinv[i]![j]!);
}

/** Gauss-Jordan inverse of a positive definite matrix. */
function invert(a: number[][]): number[][] {
  const n = a.length;
  const m = a.map((row, i) => [...row, ...row.map((_, j) => (i === j ? 1 : 0))]);
  for (let c = 0; c < n; c++) {
    const pivot = m[c]![c]!;
    for (let k = 0; k < 2 * n; k++) m[c]![k]! /= pivot;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = m[r]![c]!;
      if (f === 0) continue;
      for (let k = 0; k < 2 * n; k++) m[r]![k]! -= f * m[c]![k]!;
    }
  }
  return m.map((row) => row.slice(n));
}

describe('samples that won or lost every comparison', () => {
  const base = simulate({ seed: 11, samples: 12, sd: 1, judges: 4, perJudge: 30 });
  const strongest = [...base.truth.entries()].sort((a, b) => b[1] - a[1]);
  // TOP beats the three strongest samples and two more; BOTTOM loses to four samples.
  const top = [
    ...won('TOP', strongest[0]![0], 2),
    ...won('TOP', strongest[1]![0]),
    ...won('TOP', strongest[2]![0]),
    ...won('TOP', strongest[7]![0]),
  ];
  const bottom = ['S01', 'S05', 'S09', 'S12'].flatMap((s) => won(s, 'BOTTOM'));
  const samples = [...base.samples, 'TOP', 'BOTTOM'];
  const plain = fitBradleyTerry(base.samples, base.judgements);
  const fit = fitBradleyTerry(samples, [...base.judgements, ...top, ...bottom]);

  /** Expected wins of `id` against its partners at the fit. */
  const expectedWins = (f: BtFit, id: string, js: readonly Judgement[]) =>
    js.reduce((e, j) => {
      if (j.left !== id && j.right !== id) return e;
      const o = j.left === id ? j.right : j.left;
      return e + sigmoid(ability(f, id) - ability(f, o));
    }, 0);

  it('are marked, finite, and placed above (below) everyone', () => {
    expect(plain.warnings).toEqual([]);
    expect(sampleOf(fit, 'TOP')).toMatchObject({
      adjusted: 'won_every_comparison',
      wins: 5,
      comparisons: 5,
    });
    expect(sampleOf(fit, 'BOTTOM')).toMatchObject({ adjusted: 'lost_every_comparison', wins: 0 });
    expect(fit.samples.filter((s) => s.adjusted !== null)).toHaveLength(2);
    for (const s of fit.samples) {
      expect(Number.isFinite(s.ability) && Number.isFinite(s.se!)).toBe(true);
      if (s.sample !== 'TOP') expect(s.ability).toBeLessThan(ability(fit, 'TOP'));
      if (s.sample !== 'BOTTOM') expect(s.ability).toBeGreaterThan(ability(fit, 'BOTTOM'));
    }
    expect(fit.warnings.join(' ')).toContain('won or lost every comparison (TOP, BOTTOM)');
    expect(fit.converged).toBe(true);
    expect(fit.components).toBe(1);
  });

  it('leave the others exactly where the fit without them puts them (up to the centre)', () => {
    const shift = ability(fit, 'S01') - ability(plain, 'S01');
    for (const id of base.samples) {
      expect(ability(fit, id) - ability(plain, id)).toBeCloseTo(shift, 10);
    }
    const mean = fit.samples.reduce((s, x) => s + x.ability, 0) / fit.samples.length;
    expect(mean).toBeCloseTo(0, 12);
  });

  it('sit where their expected wins are 0.3 of a win from the extreme', () => {
    expect(EXTREME_ADJUSTMENT).toBe(0.3);
    expect(expectedWins(fit, 'TOP', top)).toBeCloseTo(5 - 0.3, 10);
    expect(expectedWins(fit, 'BOTTOM', bottom)).toBeCloseTo(0.3, 10);
  });

  it('are set aside again when setting them aside makes new ones', () => {
    // NEXT loses only to TOP and beats everyone else it meets.
    const next = [...won('TOP', 'NEXT'), ...won('NEXT', 'S03'), ...won('NEXT', 'S08', 2)];
    const js = [...base.judgements, ...top, ...next];
    const f = fitBradleyTerry([...base.samples, 'TOP', 'NEXT'], js);
    expect(sampleOf(f, 'NEXT').adjusted).toBe('won_every_comparison');
    expect(sampleOf(f, 'NEXT').wins).toBe(3);
    expect(sampleOf(f, 'NEXT').comparisons).toBe(4);
    // NEXT first, against the rest only; then TOP against the rest and NEXT.
    const vsRest = next.filter((j) => j.left !== 'TOP' && j.right !== 'TOP');
    expect(expectedWins(f, 'NEXT', vsRest)).toBeCloseTo(3 - 0.3, 10);
    expect(expectedWins(f, 'TOP', [...top, ...won('TOP', 'NEXT')])).toBeCloseTo(6 - 0.3, 10);
    const shift = ability(f, 'S01') - ability(plain, 'S01');
    for (const id of base.samples)
      expect(ability(f, id) - ability(plain, id)).toBeCloseTo(shift, 10);
  });
});

describe('data that ML cannot fit as it stands', () => {
  it('a sample never compared: ability 0, no SE, a warning, the others unchanged', () => {
    const js = [...won('A', 'B', 3), ...won('B', 'A', 2), ...won('B', 'C'), ...won('C', 'A')];
    const without = fitBradleyTerry(['A', 'B', 'C'], js);
    const fit = fitBradleyTerry(['A', 'NEW', 'B', 'C'], js);
    expect(fit.samples.map((s) => s.sample)).toEqual(['A', 'NEW', 'B', 'C']);
    expect(sampleOf(fit, 'NEW')).toEqual({
      sample: 'NEW',
      ability: 0,
      se: null,
      wins: 0,
      comparisons: 0,
      adjusted: null,
    });
    for (const id of ['A', 'B', 'C']) {
      expect(ability(fit, id)).toBeCloseTo(ability(without, id), 12);
      expect(se(fit, id)).toBeCloseTo(se(without, id), 12);
    }
    expect(fit.components).toBe(1);
    expect(fit.warnings).toEqual([
      '1 sample has no comparison yet (NEW): shown at 0, the middle of the scale, with no standard error.',
    ]);
  });

  it('two groups never compared with each other: each centred on its own, and said', () => {
    const g1 = [...won('A', 'B', 2), ...won('B', 'A')];
    const g2 = [...won('C', 'D'), ...won('D', 'E'), ...won('E', 'C'), ...won('C', 'E')];
    const fit = fitBradleyTerry(['A', 'B', 'C', 'D', 'E'], [...g1, ...g2]);
    expect(fit.components).toBe(2);
    expect(ability(fit, 'A') + ability(fit, 'B')).toBeCloseTo(0, 12);
    expect(ability(fit, 'C') + ability(fit, 'D') + ability(fit, 'E')).toBeCloseTo(0, 12);
    expect(ability(fit, 'A')).toBeCloseTo(Math.log(2) / 2, 10);
    expect(fit.warnings).toEqual([
      expect.stringContaining('2 separate groups of samples never compared with each other'),
    ]);
  });

  it('one judgement: the pair counted 0.7 to 0.3, both marked, the scale provisional', () => {
    const fit = fitBradleyTerry(['X', 'Z', 'Y'], won('X', 'Z'));
    expect(ability(fit, 'X') - ability(fit, 'Z')).toBeCloseTo(Math.log(0.7 / 0.3), 10);
    expect(ability(fit, 'X') + ability(fit, 'Z')).toBeCloseTo(0, 12);
    expect(sampleOf(fit, 'X').adjusted).toBe('won_every_comparison');
    expect(sampleOf(fit, 'Z').adjusted).toBe('lost_every_comparison');
    expect(se(fit, 'X')).toBeCloseTo(0.5 / Math.sqrt(0.21), 10);
    expect(fit.warnings).toContainEqual(
      expect.stringContaining('Too few comparisons to place 2 samples the usual way (X, Z)'),
    );
  });

  it('a chain A > B > C: evenly spaced, only the ends marked', () => {
    const fit = fitBradleyTerry(['A', 'B', 'C'], [...won('A', 'B'), ...won('B', 'C')]);
    const d = Math.log(0.7 / 0.3);
    expect(ability(fit, 'A')).toBeCloseTo(d, 10);
    expect(ability(fit, 'B')).toBeCloseTo(0, 10);
    expect(ability(fit, 'C')).toBeCloseTo(-d, 10);
    expect(fit.samples.map((s) => s.adjusted)).toEqual([
      'won_every_comparison',
      null,
      'lost_every_comparison',
    ]);
  });

  it('a group that beat everyone else, with no single sample extreme: finite, above, said', () => {
    const js = [
      ...won('A', 'B'),
      ...won('B', 'A'),
      ...won('C', 'D'),
      ...won('D', 'E'),
      ...won('E', 'C'),
      ...won('A', 'C'),
      ...won('B', 'D'),
      ...won('A', 'E'),
    ];
    const fit = fitBradleyTerry(['A', 'B', 'C', 'D', 'E'], js);
    expect(fit.converged).toBe(true);
    expect(fit.samples.every((s) => s.adjusted === null && Number.isFinite(s.se!))).toBe(true);
    for (const hi of ['A', 'B']) {
      for (const lo of ['C', 'D', 'E']) expect(ability(fit, hi)).toBeGreaterThan(ability(fit, lo));
    }
    expect(fit.warnings.join(' ')).toContain('provisional');
  });

  it('no judgements: every sample at 0 with no SE', () => {
    const fit = fitBradleyTerry(['A', 'B'], []);
    expect(fit.samples.map((s) => [s.ability, s.se])).toEqual([
      [0, null],
      [0, null],
    ]);
    expect(fit).toMatchObject({ components: 0, converged: true, log_likelihood: 0 });
  });

  it('is JSON-safe whatever the data (no NaN, no Infinity)', () => {
    const js = [...won('A', 'B'), ...won('C', 'D', 2), ...won('D', 'C'), ...won('E', 'C')];
    const fit = fitBradleyTerry(['A', 'B', 'C', 'D', 'E', 'F'], js);
    expect(JSON.parse(JSON.stringify(fit))).toEqual(fit);
  });
});

describe('input handling and speed-ups', () => {
  const sim = simulate({ seed: 3, samples: 30, sd: 1.5, judges: 10, perJudge: 40 });

  it('leaves out judgements it cannot use, and says how many', () => {
    const bad: Judgement[] = [
      { judge: 'j', left: 'S01', right: 'nobody', winner: 'S01', ms: null },
      { judge: 'j', left: 'S01', right: 'S01', winner: 'S01', ms: null },
      { judge: 'j', left: 'S01', right: 'S02', winner: 'S03', ms: null },
    ];
    const fit = fitBradleyTerry(sim.samples, [...sim.judgements, ...bad]);
    const clean = fitBradleyTerry(sim.samples, sim.judgements);
    expect(fit.samples).toEqual(clean.samples);
    expect(fit.warnings[0]).toMatch(/^3 judgements were left out/);
  });

  it('a warm start gives the same scale in fewer iterations', () => {
    const cold = fitBradleyTerry(sim.samples, sim.judgements);
    const start = new Map(cold.samples.map((s) => [s.sample, s.ability + 0.01]));
    const warm = fitBradleyTerry(sim.samples, sim.judgements, start);
    cold.samples.forEach((s, k) => {
      expect(warm.samples[k]!.ability).toBeCloseTo(s.ability, 10);
      expect(warm.samples[k]!.se).toBeCloseTo(s.se!, 10);
    });
    expect(warm.iterations).toBeLessThan(cold.iterations);
    expect(gradient(cold, sim.judgements)).toBeLessThan(1e-10);
  });

  it('does not depend on the order of the judgements', () => {
    const a = fitBradleyTerry(sim.samples, sim.judgements);
    const b = fitBradleyTerry(sim.samples, [...sim.judgements].reverse());
    a.samples.forEach((s, k) => expect(b.samples[k]!.ability).toBeCloseTo(s.ability, 10));
  });
});

describe('the sample list', () => {
  it('keeps the order given; a sample listed twice is fitted once, shown twice, and said', () => {
    const js = [...won('A', 'B', 2), ...won('B', 'A')];
    const fit = fitBradleyTerry(['B', 'A', 'B'], js);
    expect(fit.samples.map((s) => s.sample)).toEqual(['B', 'A', 'B']);
    expect(fit.samples[0]).toEqual(fit.samples[2]);
    expect(fit.samples[0]).not.toBe(fit.samples[2]);
    expect(ability(fit, 'A')).toBeCloseTo(Math.log(2) / 2, 10);
    expect(fit.warnings).toEqual(['Listed more than once (fitted once): B.']);
  });
});
