// Golden outputs of the many-facet Rasch estimate: whole results, to the last digit, on data that
// reach every branch (extreme elements in each facet, found in turn; an element left with only
// extreme partners; an id with no ratings; unobserved categories; a stop at the iteration cap).
// They pin the estimator's behaviour so that restructuring it is shown to change nothing; the
// properties the numbers must have are checked in rasch.test.ts.
import { describe, expect, it } from 'vitest';
import { estimateRasch, raschFromRatings } from '../../src-main/stats/index.js';
import type { RaschData, RaschRating } from '../../src-main/stats/index.js';
import { golden } from '../helpers/golden.js';
import { mulberry32, simulate } from './rasch-helpers.js';

/**
 * 24 simulated examinees x 5 raters x 3 criteria on four categories, recoded onto six (two never
 * used), plus planted rows: examinee 24 all lowest, 25 all highest; rater 5 gives only the
 * highest; criterion 3 gets only the lowest; examinee 26 is rated only by rater 5 and on
 * criterion 3, so nothing is left to measure it by; examinee 27 has an id and no rating.
 */
function planted(): RaschData {
  const sim = simulate({
    seed: 41,
    examinees: 24,
    severity: [-0.8, -0.3, 0, 0.4, 0.9],
    difficulty: [-0.5, 0, 0.5],
    tau: [0, -1.5, 0, 1.5],
  }).data;
  const rows: [number, number, number, number][] = [];
  for (let x = 0; x < sim.category.length; x++) {
    rows.push([
      sim.examinee[x]!,
      sim.rater[x]!,
      sim.criterion[x]!,
      [0, 1, 3, 5][sim.category[x]!]!,
    ]);
  }
  for (let r = 0; r < 5; r++) {
    for (let c = 0; c < 3; c++) {
      rows.push([24, r, c, 0]);
      rows.push([25, r, c, 5]);
    }
  }
  for (let e = 0; e < 8; e++) for (let c = 0; c < 3; c++) rows.push([e, 5, c, 5]);
  for (let e = 4; e < 14; e++) for (let r = 0; r < 5; r++) rows.push([e, r, 3, 0]);
  rows.push([26, 5, 0, 5], [26, 2, 3, 0]);
  // Shuffled so that the order of the sums is not the order of the elements.
  const rand = mulberry32(7);
  for (let i = rows.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [rows[i], rows[j]] = [rows[j]!, rows[i]!];
  }
  const column = (k: number) => Int32Array.from(rows, (row) => row[k]!);
  return {
    examinee: column(0),
    rater: column(1),
    criterion: column(2),
    category: column(3),
    nCategories: 6,
    examineeIds: Array.from({ length: 28 }, (_, i) => `e${i}`),
    raterIds: ['Ana', 'Ben', 'Cleo', 'Dev', 'Eli', 'Fay'],
    categoryValues: [1, 2, 3, 4, 5, 7],
  };
}

describe('Rasch golden outputs', () => {
  it('planted extremes in every facet, unobserved categories, default options', () => {
    expect(golden(estimateRasch(planted()), 3)).toMatchSnapshot();
  });

  it('stopped at the iteration cap, with a larger extreme adjustment', () => {
    const r = estimateRasch(planted(), { maxIterations: 4, extremeAdjustment: 0.5 });
    expect(r.converged).toBe(false);
    expect(golden(r, 3)).toMatchSnapshot();
  });

  it('tight tolerances on a larger crossed design without ids', () => {
    const { data } = simulate({
      seed: 5,
      examinees: 60,
      severity: [-1, -0.5, 0, 0.5, 1, 0.2, -0.2],
      difficulty: [-0.6, -0.2, 0.2, 0.6],
      tau: [0, -2, -0.5, 0.5, 2],
    });
    const r = estimateRasch(data, { maxChange: 1e-6, maxResidual: 1e-5 });
    expect(golden(r, 3)).toMatchSnapshot();
  });

  it('from ratings with string ids, missing scores and an unsorted scale', () => {
    const rand = mulberry32(11);
    const ratings: RaschRating[] = [];
    for (let s = 0; s < 12; s++) {
      for (const rater of ['r3', 'r1', 'r2', 'r10']) {
        for (const criterion of ['Claim', 'Evidence']) {
          const u = rand();
          ratings.push({
            examinee: `session-${s % 3}/S${s}`,
            rater,
            criterion,
            score: u < 0.08 ? null : [0, 5, 10, 20][Math.min(3, Math.floor(u * 4))]!,
          });
        }
      }
    }
    expect(golden(raschFromRatings(ratings, [20, 0, 10, 5]), 3)).toMatchSnapshot();
  });
});
