// Bootstrap internals: the grouped (bit-mask) rater-pair counter equals the direct per-unit one
// for any unit weights, and the percentile rule is R's type 7.
import { describe, expect, it } from 'vitest';
import { entryPairCounter, maskPairCounter } from '../../src-main/stats/bootstrap-pairs.js';
import { quantileSorted } from '../../src-main/stats/bootstrap.js';
import { columnsFromRatings, prepare } from '../../src-main/stats/input.js';
import { randomRatings, rng } from './helpers.js';

describe('rater-pair counters', () => {
  for (const [q, raters, missing] of [
    [1, 3, 0.2],
    [2, 4, 0.3],
    [3, 6, 0.1],
    [4, 10, 0.2],
    [5, 16, 0.4],
  ] as const) {
    it(`agree for q=${q}, ${raters} raters`, () => {
      const ratings = randomRatings(q * 31 + raters, 60, raters, q, missing);
      const levels = Array.from({ length: q }, (_, i) => i + 1);
      const t = prepare(columnsFromRatings(ratings), levels).criteria[0]!.table;
      const a = entryPairCounter(t);
      const b = maskPairCounter(t)!;
      expect(b).not.toBeNull();
      const rand = rng(q);
      const nPairs = (t.nRaters * (t.nRaters - 1)) / 2;
      const arrays = () => [0, 1, 2].map(() => new Float64Array(nPairs));
      for (let rep = 0; rep < 20; rep++) {
        const w = new Int32Array(t.nUnits);
        for (let d = 0; d < t.nUnits; d++) w[Math.floor(rand() * t.nUnits)]!++;
        const [c1, e1, d1] = arrays() as [Float64Array, Float64Array, Float64Array];
        const [c2, e2, d2] = arrays() as [Float64Array, Float64Array, Float64Array];
        a.count(w, c1, e1, d1);
        b.count(w, c2, e2, d2);
        expect(c2).toEqual(c1);
        expect(e2).toEqual(e1);
        expect(d2).toEqual(d1);
      }
    });
  }
  it('falls back (null) above 16 raters', () => {
    const t = prepare(columnsFromRatings(randomRatings(1, 5, 17, 3, 0)), [1, 2, 3]).criteria[0]!
      .table;
    expect(maskPairCounter(t)).toBeNull();
  });
});

describe('percentile', () => {
  it('interpolates like R quantile(type = 7)', () => {
    const xs = Float64Array.from([1, 2, 3, 4, 10]);
    // R: quantile(c(1,2,3,4,10), c(.025,.975)) = 1.1, 9.4
    expect(quantileSorted(xs, 5, 0.025)).toBeCloseTo(1.1, 12);
    expect(quantileSorted(xs, 5, 0.975)).toBeCloseTo(9.4, 12);
    expect(quantileSorted(xs, 1, 0.5)).toBe(1);
  });
});
