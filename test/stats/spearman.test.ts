// Spearman's rho against R's `cor(x, y, method = "spearman")`, ties included, and its interval
// against Fisher's z with the Bonett & Wright (2000) standard error, computed in R.
import { describe, expect, it } from 'vitest';
import { Z95 } from '../../src-main/stats/distributions.js';
import { averageRanks, spearmanRho } from '../../src-main/stats/spearman.js';

// Produced with R 4 (Rscript, options(digits = 17)):
//   ci <- function(r, n) tanh(atanh(r) + c(-1, 1) * qnorm(.975) * sqrt((1 + r^2 / 2) / (n - 3)))
//   r <- cor(x, y, method = "spearman"); r; ci(r, length(x)); rank(x); rank(y)
const CASES = [
  {
    name: 'no ties',
    x: [1.2, 3.4, 2.2, 5.1, 4.4, 0.3, 6.6],
    y: [2, 1, 4, 7, 3, 5, 6],
    rho: 0.42857142857142844,
    ci: [-0.51230316611993321, 0.90186783271975646],
  },
  {
    name: 'ties in both variables',
    x: [1, 2, 2, 3, 4, 4, 4, 5, 6, 7],
    y: [3, 1, 2, 2, 5, 4, 6, 6, 9, 8],
    rho: 0.88239100197593712,
    ci: [0.47251048738456625, 0.97844097635101579],
  },
  {
    name: 'negative, with ties and negative values',
    x: [0.5, -1.25, 3, 3, 2, -1.25, 0.5, 4, 1],
    y: [2, 3, 1, 1, 2, 4, 2, 0, 3],
    rho: -0.8875207363379739,
    ci: [-0.98214391200164197, -0.43452028972032886],
  },
];

describe('averageRanks', () => {
  it('gives tied values the mean of their ranks, as R rank()', () => {
    expect(averageRanks([1, 2, 2, 3, 4, 4, 4, 5, 6, 7])).toEqual([
      1, 2.5, 2.5, 4, 6, 6, 6, 8, 9, 10,
    ]);
    expect(averageRanks([2, 3, 1, 1, 2, 4, 2, 0, 3])).toEqual([5, 7.5, 2.5, 2.5, 5, 9, 5, 1, 7.5]);
    expect(averageRanks([])).toEqual([]);
  });

  it('refuses a value that is not a number', () => {
    expect(() => averageRanks([1, Number.NaN])).toThrow(/values\[1\]/);
  });
});

describe('spearmanRho', () => {
  it.each(CASES)('$name: R figures to 1e-12', ({ x, y, rho, ci }) => {
    const st = spearmanRho(x, y);
    expect(st.defined).toBe(true);
    expect(st.n_used).toBe(x.length);
    expect(Math.abs(st.value! - rho)).toBeLessThan(1e-12);
    expect(Math.abs(st.ci95_lower! - ci[0]!)).toBeLessThan(1e-12);
    expect(Math.abs(st.ci95_upper! - ci[1]!)).toBeLessThan(1e-12);
  });

  it('uses the normal quantile R uses', () => {
    // R: sprintf("%a", qnorm(.975)) is 0x1.f5c0331eeff82p+0.
    expect(Z95).toBe(1.9599639845400536);
  });

  it('leaves out pairs with a missing value and counts the rest', () => {
    const { x, y, rho } = CASES[1]!;
    const st = spearmanRho([...x, Number.NaN, 3], [...y, 4, Number.POSITIVE_INFINITY]);
    expect(st.n_used).toBe(10);
    expect(Math.abs(st.value! - rho)).toBeLessThan(1e-12);
  });

  it('is undefined, saying why, with fewer than three pairs', () => {
    expect(spearmanRho([1, 2], [2, 1])).toMatchObject({
      value: null,
      defined: false,
      n_used: 2,
      reason: 'two pairs: a rank correlation needs at least three',
    });
    expect(spearmanRho([], []).reason).toMatch(/^no pairs/);
  });

  it('is undefined when a variable has one value throughout', () => {
    expect(spearmanRho([1, 2, 3, 4], [5, 5, 5, 5])).toMatchObject({
      defined: false,
      reason: 'y has one value throughout, so its ranks do not vary',
    });
    expect(spearmanRho([2, 2, 2], [2, 2, 2]).reason).toMatch(/^each variable/);
  });

  it('gives three pairs a value but no interval, with the reason', () => {
    // R: cor(c(3, 1, 2), c(10, 30, 20.5), method = "spearman") is -1.
    const st = spearmanRho([3, 1, 2], [10, 30, 20.5]);
    expect(st.value).toBe(-1);
    expect(st.ci95_lower).toBeNull();
    expect(st.ci95_upper).toBeNull();
    expect(st.ci95_reason).toMatch(/three pairs are too few/);
  });

  it('gives no interval at a perfect order, where Fisher z is infinite', () => {
    const st = spearmanRho([1, 2, 3, 4, 5], [10, 20, 30, 40, 50]);
    expect(st.value).toBe(1);
    expect(st.ci95_lower).toBeNull();
    expect(st.ci95_reason).toMatch(/same \(or the opposite\) order/);
  });

  it('refuses unpaired series', () => {
    expect(() => spearmanRho([1, 2, 3], [1, 2])).toThrow(RangeError);
  });
});
