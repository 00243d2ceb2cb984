// Cohen's kappa (mean over rater pairs) gets its bootstrap interval like the other figures. The
// engine rebuilds each pair's table per replicate from unit weights; here every replicate is
// instead written out as a new data set (a sample drawn twice appears twice, under new names)
// and run through the whole report without intervals, then the percentiles are taken.
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../src-main/domain/order.js';
import { quantileSorted } from '../../src-main/stats/bootstrap.js';
import { columnsFromRatings, prepare } from '../../src-main/stats/input.js';
import { computeAgreementReport } from '../../src-main/stats/report.js';
import type { Rating } from '../../src-main/stats/types.js';
import { randomRatings } from './helpers.js';

const KINDS = ['unweighted', 'linear', 'quadratic'] as const;

function naiveIntervals(ratings: Rating[], levels: number[], reps: number, seed: number) {
  // The engine's unit order under bootstrap (ordered by id) and its draws from the same generator.
  const t = prepare(columnsFromRatings(ratings), levels, { orderUnitsById: true }).criteria[0]!
    .table;
  const rand = seededRandom(seed);
  const values = Object.fromEntries(KINDS.map((k) => [k, [] as number[]]));
  for (let rep = 0; rep < reps; rep++) {
    const resampled: Rating[] = [];
    for (let d = 0; d < t.nUnits; d++) {
      const u = Math.floor(rand() * t.nUnits);
      for (let i = t.unitStart[u]!; i < t.unitStart[u + 1]!; i++) {
        resampled.push({
          sample: `draw${d}`,
          rater: t.raters[t.rater[i]!]!,
          score: t.levels[t.level[i]!]!,
        });
      }
    }
    const stats = computeAgreementReport(resampled, { levels, stats: ['cohen_kappa'] }).criteria;
    const mean = Object.values(stats)[0]!.statistics.cohen_kappa!.mean_over_pairs;
    for (const k of KINDS) {
      const st = mean[k];
      if (st.defined && st.value !== null) values[k]!.push(st.value);
    }
  }
  return Object.fromEntries(
    KINDS.map((k) => {
      const sorted = Float64Array.from(values[k]!).sort();
      return [
        k,
        [
          quantileSorted(sorted, sorted.length, 0.025),
          quantileSorted(sorted, sorted.length, 0.975),
        ],
      ];
    }),
  );
}

describe("bootstrap interval of Cohen's kappa, mean over pairs", () => {
  for (const [seed, units, raters, q, missing] of [
    [3, 12, 4, 4, 0],
    [7, 30, 6, 4, 0.25],
    [11, 20, 3, 5, 0.1],
  ] as const) {
    it(`equals a replicate-by-replicate recomputation (${units} samples, ${raters} raters)`, () => {
      const ratings = randomRatings(seed, units, raters, q, missing);
      const levels = Array.from({ length: q }, (_, i) => i + 1);
      const report = computeAgreementReport(ratings, {
        levels,
        stats: ['cohen_kappa'],
        ci: { kind: 'bootstrap', reps: 200, seed },
      });
      const mean = Object.values(report.criteria)[0]!.statistics.cohen_kappa!.mean_over_pairs;
      const naive = naiveIntervals(ratings, levels, 200, seed);
      for (const k of KINDS) {
        const st = mean[k];
        expect(st.defined).toBe(true);
        expect(st.ci95_lower).toBeCloseTo(naive[k]![0]!, 9);
        expect(st.ci95_upper).toBeCloseTo(naive[k]![1]!, 9);
        expect(st.ci95_lower!).toBeLessThanOrEqual(st.value! + 1e-12);
        expect(st.ci95_upper!).toBeGreaterThanOrEqual(st.value! - 1e-12);
      }
    });
  }
});
