// The grouped (rater blocks) pair-table counter equals the per-unit one for any unit weights,
// and steps aside where grouping would not pay.
import { describe, expect, it } from 'vitest';
import { blockPairTableCounter, pairTableCounter } from '../../src-main/stats/bootstrap-pairs.js';
import { columnsFromRatings, prepare } from '../../src-main/stats/input.js';
import { pairTables } from '../../src-main/stats/pairs.js';
import { randomRatings, rng } from './helpers.js';

function tableOf(seed: number, units: number, raters: number, q: number, missing: number) {
  const levels = Array.from({ length: q }, (_, i) => i + 1);
  return prepare(columnsFromRatings(randomRatings(seed, units, raters, q, missing)), levels)
    .criteria[0]!.table;
}

describe('the rater-block pair-table counter', () => {
  for (const [q, raters, missing] of [
    [1, 6, 0.1],
    [2, 5, 0],
    [3, 7, 0.2],
    [4, 10, 0.2],
    [5, 9, 0.05],
    [6, 12, 0.3],
  ] as const) {
    it(`counts what the per-unit counter counts (q=${q}, ${raters} raters)`, () => {
      const t = tableOf(q * 7 + raters, 3000, raters, q, missing);
      const direct = pairTables(t);
      const grouped = pairTables(t);
      const a = pairTableCounter(t, direct);
      const b = blockPairTableCounter(t, grouped);
      expect(b).not.toBeNull();
      expect(b!.cost).toBeLessThan(a.cost);
      const rand = rng(q);
      for (let rep = 0; rep < 15; rep++) {
        const w = new Int32Array(t.nUnits);
        for (let d = 0; d < t.nUnits; d++) w[Math.floor(rand() * t.nUnits)]!++;
        a.count(w);
        b!.count(w);
        expect(grouped.table).toEqual(direct.table);
      }
      // Every unit once: the data's own tables.
      b!.count(new Int32Array(t.nUnits).fill(1));
      expect(grouped.table).toEqual(pairTables(t).table);
    });
  }

  it('steps aside for two raters and where units have few raters each', () => {
    expect(
      blockPairTableCounter(tableOf(1, 50, 2, 4, 0), pairTables(tableOf(1, 50, 2, 4, 0))),
    ).toBeNull();
    const sparse = tableOf(2, 200, 30, 4, 0.9);
    expect(blockPairTableCounter(sparse, pairTables(sparse))).toBeNull();
  });
});
