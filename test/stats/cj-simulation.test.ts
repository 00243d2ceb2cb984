// Simulated judging sessions with known abilities: the scale recovers them, its standard errors
// cover them, a misfitting judge stands out, and split-half reliability tells a consistent team
// from a noisy one. Seeded: the same numbers on every run.
import { describe, expect, it } from 'vitest';
import { fitBradleyTerry } from '../../src-main/stats/bradley-terry.js';
import { judgeFit } from '../../src-main/stats/cj-fit.js';
import { cjReliability } from '../../src-main/stats/cj-reliability.js';
import { pearson, simulate } from './cj-helpers.js';

/** 60 samples (sd 1.5 logits), 30 judges x 20 random pairs. */
const session = (seed: number, slope?: (judge: number) => number) =>
  simulate({ seed, samples: 60, sd: 1.5, judges: 30, perJudge: 20, ...(slope ? { slope } : {}) });

describe('recovery of known abilities', () => {
  it('correlates above 0.9 with the true abilities (on average; 20 comparisons a sample)', () => {
    const rs = [1, 2, 3, 4, 5, 6].map((seed) => {
      const sim = session(seed);
      const fit = fitBradleyTerry(sim.samples, sim.judgements);
      expect(fit.converged).toBe(true);
      expect(fit.components).toBe(1);
      return pearson(
        fit.samples.map((s) => s.ability),
        fit.samples.map((s) => sim.truth.get(s.sample)!),
      );
    });
    // With 20 comparisons per sample the scale's own reliability is about 0.85, so single
    // sessions land between about 0.88 and 0.94.
    expect(Math.min(...rs)).toBeGreaterThan(0.87);
    expect(rs.reduce((a, b) => a + b, 0) / rs.length).toBeGreaterThan(0.9);
  });

  it('95% intervals (ability ± 1.96 se) cover the true abilities about 95% of the time', () => {
    let covered = 0;
    let total = 0;
    for (const seed of [11, 12, 13, 14, 15, 16]) {
      const sim = session(seed);
      const fit = fitBradleyTerry(sim.samples, sim.judgements);
      // Both scales centred on the samples with an ordinary estimate (the adjusted ones are
      // placed by a convention and would move the centre).
      const used = fit.samples.filter((s) => s.adjusted === null);
      const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;
      const est = mean(used.map((s) => s.ability));
      const tru = mean(used.map((s) => sim.truth.get(s.sample)!));
      for (const s of used) {
        const error = s.ability - est - (sim.truth.get(s.sample)! - tru);
        if (Math.abs(error) <= 1.96 * s.se!) covered++;
        total++;
      }
    }
    expect(total).toBeGreaterThan(300);
    expect(covered / total).toBeGreaterThan(0.9);
    expect(covered / total).toBeLessThan(0.99);
  });
});

describe('a judge out of line with the team', () => {
  it('is flagged when choosing the weaker sample, good judges mostly not', () => {
    for (const seed of [31, 32, 33]) {
      const sim = session(seed, (j) => (j === 6 ? -1 : 1));
      const report = judgeFit(sim.judgements, fitBradleyTerry(sim.samples, sim.judgements));
      const flagged = report.judges.filter((j) => j.misfit).map((j) => j.judge);
      expect(flagged).toContain('J07');
      expect(flagged.length).toBeLessThanOrEqual(3);
      const good = report.judges.filter((j) => j.judge !== 'J07').map((j) => j.infit!);
      expect(good.reduce((a, b) => a + b, 0) / good.length).toBeLessThan(1.2);
    }
  });

  it('is flagged when choosing at random', () => {
    for (const seed of [41, 42, 43]) {
      const sim = session(seed, (j) => (j === 20 ? 0 : 1));
      const report = judgeFit(sim.judgements, fitBradleyTerry(sim.samples, sim.judgements));
      const flagged = report.judges.filter((j) => j.misfit).map((j) => j.judge);
      expect(flagged).toContain('J21');
      expect(flagged.length).toBeLessThanOrEqual(3);
    }
  });
});

describe('split-half reliability', () => {
  it('is higher for a consistent team than for a noisy one on the same design', () => {
    for (const seed of [51, 52]) {
      const values = [1, 0.35].map((slope) => {
        const sim = session(seed, () => slope);
        const fit = fitBradleyTerry(sim.samples, sim.judgements);
        return cjReliability(sim.samples, sim.judgements, fit, { splits: 40 }).split_half.value!;
      });
      expect(values[0]!).toBeGreaterThan(0.6);
      expect(values[0]!).toBeGreaterThan(values[1]! + 0.2);
    }
  });
});
