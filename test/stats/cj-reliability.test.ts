// Reliability of a CJ scale: scale separation by hand, split-half by its recipe, its seed and
// its refusals, and the words a team reads.
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../src-main/domain/order.js';
import { fitBradleyTerry } from '../../src-main/stats/bradley-terry.js';
import { cjReliability, reliabilityWords } from '../../src-main/stats/cj-reliability.js';
import type { BtFit, BtSample } from '../../src-main/stats/cj-types.js';
import { ok, undef } from '../../src-main/stats/stat.js';
import { pearson, simulate } from './cj-helpers.js';

function literalFit(samples: Partial<BtSample>[], components = 1): BtFit {
  return {
    samples: samples.map((s, k) => ({
      sample: `S${k}`,
      ability: 0,
      se: 0.5,
      wins: 1,
      comparisons: 2,
      adjusted: null,
      ...s,
    })),
    log_likelihood: -1,
    iterations: 1,
    converged: true,
    components,
    warnings: [],
  };
}

describe('scale separation reliability', () => {
  it('is (variance - mean se²) / variance over the samples with an ordinary estimate', () => {
    const fit = literalFit([
      { ability: 1 },
      { ability: 0 },
      { ability: -1 },
      { ability: 3, se: 2, adjusted: 'won_every_comparison' },
      { ability: 0, se: null, comparisons: 0, wins: 0 },
    ]);
    // var = 2/3 (divisor n), mean se² = 0.25.
    const r = cjReliability([], [], fit).scale_separation;
    expect(r).toEqual({
      value: expect.closeTo((2 / 3 - 0.25) / (2 / 3), 14),
      defined: true,
      n_used: 3,
    });
  });

  it('is 0, not negative, when the error variance exceeds the spread', () => {
    const fit = literalFit([{ ability: 0.1 }, { ability: -0.1 }], 1);
    expect(cjReliability([], [], fit).scale_separation.value).toBe(0);
  });

  it('is undefined, with the reason, when the comparisons form separate groups', () => {
    const fit = literalFit([{ ability: 1 }, { ability: -1 }, { ability: 0.5 }], 2);
    expect(cjReliability([], [], fit).scale_separation).toEqual({
      value: null,
      defined: false,
      n_used: 3,
      reason: 'the comparisons fall into separate groups, so the abilities are not on one scale',
    });
  });
});

describe('split-half reliability', () => {
  const sim = simulate({ seed: 21, samples: 30, sd: 1.5, judges: 12, perJudge: 40 });
  const fit = fitBradleyTerry(sim.samples, sim.judgements);

  it('follows the recipe: halves of the judges, a fit each, Pearson, Spearman-Brown', () => {
    const seed = 9;
    const r = cjReliability(sim.samples, sim.judgements, fit, { splits: 1, seed });
    // The same split by hand: judges in id order, one Fisher-Yates shuffle with the seed.
    const judges = [...new Set(sim.judgements.map((j) => j.judge))].sort();
    const random = seededRandom(seed);
    for (let i = judges.length - 1; i > 0; i--) {
      const k = Math.floor(random() * (i + 1));
      [judges[i], judges[k]] = [judges[k]!, judges[i]!];
    }
    const halves = [judges.slice(0, 6), judges.slice(6)].map((h) =>
      fitBradleyTerry(
        sim.samples,
        sim.judgements.filter((j) => h.includes(j.judge)),
      ),
    );
    const both = sim.samples.filter((_, k) =>
      halves.every((f) => f.samples[k]!.comparisons > 0 && f.samples[k]!.adjusted === null),
    );
    expect(both.length).toBeGreaterThan(20);
    expect(halves.every((f) => f.components === 1)).toBe(true);
    const at = (f: BtFit) => both.map((id) => f.samples.find((s) => s.sample === id)!.ability);
    const rho = pearson(at(halves[0]!), at(halves[1]!));
    expect(r.split_half).toMatchObject({
      value: expect.closeTo((2 * rho) / (1 + rho), 9),
      defined: true,
      n_used: 12,
      splits: 1,
    });
  });

  it('is the median of the splits with their 2.5 and 97.5 percentiles; the same for a seed', () => {
    const a = cjReliability(sim.samples, sim.judgements, fit, { seed: 4 });
    const b = cjReliability(sim.samples, sim.judgements, fit, { seed: 4 });
    const c = cjReliability(sim.samples, sim.judgements, fit, { seed: 5 });
    expect(a).toEqual(b);
    expect(c.split_half.value).not.toBe(a.split_half.value);
    const s = a.split_half;
    expect(s.splits).toBe(100);
    expect(s.ci95_lower!).toBeLessThan(s.value!);
    expect(s.value!).toBeLessThan(s.ci95_upper!);
    expect(s.value!).toBeGreaterThan(0.7);
    // The default seed is 1.
    expect(cjReliability(sim.samples, sim.judgements, fit)).toEqual(
      cjReliability(sim.samples, sim.judgements, fit, { seed: 1 }),
    );
  });

  it('does not depend on the order of the judgements', () => {
    const a = cjReliability(sim.samples, sim.judgements, fit, { splits: 20 });
    const b = cjReliability(sim.samples, [...sim.judgements].reverse(), fit, { splits: 20 });
    expect(b.split_half.value).toBeCloseTo(a.split_half.value!, 9);
  });

  it('is undefined with fewer than 4 judges, and the words say why', () => {
    const three = sim.judgements.filter((j) => ['J01', 'J02', 'J03'].includes(j.judge));
    const r = cjReliability(sim.samples, three, fitBradleyTerry(sim.samples, three));
    expect(r.split_half).toEqual({
      value: null,
      defined: false,
      n_used: 3,
      reason: 'split-half reliability needs at least 4 judges (two in each half); there are 3',
      splits: 0,
    });
    expect(r.interpretation).toBe(
      'Not enough yet to say how stable the order is: split-half reliability needs at least 4 ' +
        'judges (two in each half); there are 3.',
    );
    expect(r.scale_separation.defined).toBe(true);
  });

  it('is undefined when no split leaves 3 samples measured by both halves', () => {
    const js = ['J1', 'J2', 'J3', 'J4'].flatMap((judge, k) => [
      { judge, left: `A${k}`, right: `B${k}`, winner: `A${k}`, ms: null },
      { judge, left: `B${k}`, right: `A${k}`, winner: `A${k}`, ms: null },
    ]);
    const samples = [0, 1, 2, 3].flatMap((k) => [`A${k}`, `B${k}`]);
    const r = cjReliability(samples, js, fitBradleyTerry(samples, js), { splits: 10 });
    expect(r.split_half).toMatchObject({
      defined: false,
      reason: 'no split of the judges left 3 samples measured by both halves',
    });
  });
});

describe('the words', () => {
  const words = (v: number) => reliabilityWords(ok(v, 10));

  it('rest on split-half, with its figure cut to the band it is in', () => {
    expect(words(0.8)).toMatch(/^Split-half reliability: .* Here it is 0\.80 .* agree well/);
    expect(words(0.7999)).toContain('Here it is 0.79 ');
    expect(words(0.7999)).toContain('Usable, but');
    expect(words(0.7)).toContain('Usable, but');
    expect(words(0.6999)).toContain('Here it is 0.69 ');
    expect(words(0.6999)).toContain('Not yet stable');
    expect(words(-0.2)).toContain('Not yet stable');
  });

  it('say why there is no figure', () => {
    expect(reliabilityWords(undef('too few', 2))).toBe(
      'Not enough yet to say how stable the order is: too few.',
    );
  });
});
