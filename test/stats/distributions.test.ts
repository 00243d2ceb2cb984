// F quantiles against reference values from scipy.stats.f.ppf (SciPy 1.17.1), and closed
// forms: F(2, 2) quantile p/(1-p); F(2, d2) quantile d2/2 ((1-p)^(-2/d2) - 1);
// F(1, 1) quantile tan^2(pi p / 2).
import { describe, expect, it } from 'vitest';
import { fCdf, fQuantile, incompleteBeta, logGamma } from '../../src-main/stats/distributions.js';

const rel = (a: number, b: number): number => Math.abs(a - b) / Math.abs(b);

describe('F distribution', () => {
  it('matches scipy quantiles to 1e-9', () => {
    const cases: [number, number, number, number][] = [
      [0.975, 5, 15, 3.5764153492790607],
      [0.975, 15, 5, 6.427728167078779],
      [0.975, 1, 1, 647.7890114778442],
      [0.025, 3, 7, 0.06837889693755993],
      [0.975, 100, 1000, 1.3158072905517648],
      [0.975, 12999, 116991, 1.0258218697772887],
      [0.975, 116991, 12999, 1.0260950914702438],
      [0.975, 5, 2.5, 21.803366797870034],
      [0.975, 3.7, 40.2, 3.2097551892773906],
      [0.5, 4, 9, 0.9058038543968259],
      [0.975, 1, 200000, 5.023961846444656],
    ];
    for (const [p, d1, d2, expected] of cases) {
      expect(rel(fQuantile(p, d1, d2), expected)).toBeLessThan(1e-9);
    }
  });

  it('matches closed forms', () => {
    for (const p of [0.01, 0.025, 0.3, 0.5, 0.9, 0.975, 0.999]) {
      expect(rel(fQuantile(p, 2, 2), p / (1 - p))).toBeLessThan(1e-10);
      for (const d2 of [1, 3, 7.5, 40]) {
        const expected = (d2 / 2) * ((1 - p) ** (-2 / d2) - 1);
        expect(rel(fQuantile(p, 2, d2), expected)).toBeLessThan(1e-10);
      }
      expect(rel(fQuantile(p, 1, 1), Math.tan((Math.PI * p) / 2) ** 2)).toBeLessThan(1e-9);
    }
  });

  it('CDF inverts the quantile and the beta function has its closed forms', () => {
    for (const [d1, d2] of [
      [3, 8],
      [20, 4],
      [1.5, 60],
    ] as const) {
      for (const p of [0.025, 0.5, 0.975]) {
        expect(Math.abs(fCdf(fQuantile(p, d1, d2), d1, d2) - p)).toBeLessThan(1e-12);
      }
    }
    for (const x of [0.1, 0.5, 0.93]) {
      expect(rel(incompleteBeta(x, 3, 1), x ** 3)).toBeLessThan(1e-13);
      expect(rel(incompleteBeta(x, 1, 4), 1 - (1 - x) ** 4)).toBeLessThan(1e-13);
    }
    expect(Math.abs(logGamma(10) - Math.log(362880))).toBeLessThan(1e-12);
    expect(Math.abs(logGamma(0.5) - 0.5 * Math.log(Math.PI))).toBeLessThan(1e-14);
  });
});
