// Builders shared by the stats tests.
import type { Rating } from '../../src-main/stats/index.js';
import { seededRandom } from '../../src-main/domain/order.js';

/** Wide matrix (rows = units, columns = raters, null = missing) to long ratings. */
export function fromWide(
  rows: (number | null)[][],
  raters?: string[],
  criterion?: string,
  unitPrefix = 'u',
): Rating[] {
  const out: Rating[] = [];
  rows.forEach((row, i) => {
    row.forEach((score, j) => {
      if (score === null) return;
      out.push({
        sample: `${unitPrefix}${String(i + 1).padStart(3, '0')}`,
        rater: raters?.[j] ?? `r${j + 1}`,
        score,
        ...(criterion !== undefined ? { criterion } : {}),
      });
    });
  });
  return out;
}

/** A two-rater contingency table (rows = rater A's level index, columns = B's) to ratings. */
export function fromContingency(table: number[][], levels: number[]): Rating[] {
  const out: Rating[] = [];
  let unit = 0;
  table.forEach((row, i) =>
    row.forEach((count, j) => {
      for (let c = 0; c < count; c++) {
        unit++;
        out.push({ sample: `s${unit}`, rater: 'A', score: levels[i]! });
        out.push({ sample: `s${unit}`, rater: 'B', score: levels[j]! });
      }
    }),
  );
  return out;
}

/** A units x levels count table to ratings (rater ids r1.. assigned in level order). */
export function fromCounts(table: number[][], levels: number[]): Rating[] {
  const out: Rating[] = [];
  table.forEach((row, i) => {
    let r = 0;
    row.forEach((count, k) => {
      for (let c = 0; c < count; c++) {
        r++;
        out.push({ sample: `s${i + 1}`, rater: `r${r}`, score: levels[k]! });
      }
    });
  });
  return out;
}

/** Seeded data, so a failing random case can be replayed from its seed. */
export const rng = seededRandom;

/** Random ratings: `units` x `raters`, a missing rate, correlated scores on levels 1..q. */
export function randomRatings(
  seed: number,
  units: number,
  raters: number,
  q: number,
  missing: number,
  criteria = 1,
): Rating[] {
  const rand = rng(seed);
  const out: Rating[] = [];
  for (let c = 0; c < criteria; c++) {
    for (let u = 0; u < units; u++) {
      const truth = 1 + Math.floor(rand() * q);
      for (let r = 0; r < raters; r++) {
        if (rand() < missing) continue;
        const noise = rand();
        let s = truth + (noise < 0.2 ? -1 : noise > 0.8 ? 1 : 0) + (rand() < 0.1 ? r % 2 : 0);
        s = Math.min(q, Math.max(1, s));
        out.push({
          sample: `s${u}`,
          rater: `rater${r}`,
          score: s,
          ...(criteria > 1 ? { criterion: `c${c}` } : {}),
        });
      }
    }
  }
  return out;
}
