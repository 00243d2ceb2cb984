// F distribution (CDF and quantile) via the regularized incomplete beta function, for the
// analytic ICC confidence intervals (as irr::icc, which uses qf).

const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
  -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
  1.5056327351493116e-7,
];

/** log Gamma(x) for x > 0 (Lanczos, g = 7; relative error ~1e-15). */
export function logGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
  const z = x - 1;
  let a = LANCZOS[0]!;
  const t = z + 7.5;
  for (let i = 1; i < 9; i++) a += LANCZOS[i]! / (z + i);
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}

export function logBeta(a: number, b: number): number {
  return logGamma(a) + logGamma(b) - logGamma(a + b);
}

/** Continued fraction for I_x(a, b) (modified Lentz), valid for x < (a + 1) / (a + b + 2). */
function betaContinuedFraction(x: number, a: number, b: number): number {
  const tiny = 1e-300;
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  let d = 1 - (qab * x) / qap;
  if (Math.abs(d) < tiny) d = tiny;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 100000; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < 1e-16) break;
  }
  return h;
}

/** Regularized incomplete beta I_x(a, b), a, b > 0. */
export function incompleteBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const lnFront = a * Math.log(x) + b * Math.log1p(-x) - logBeta(a, b);
  if (x < (a + 1) / (a + b + 2)) return (Math.exp(lnFront) * betaContinuedFraction(x, a, b)) / a;
  return 1 - (Math.exp(lnFront) * betaContinuedFraction(1 - x, b, a)) / b;
}

/** Inverse of I_x(a, b) in x: safeguarded Newton iteration inside a shrinking bracket. */
export function inverseIncompleteBeta(p: number, a: number, b: number): number {
  if (p <= 0) return 0;
  if (p >= 1) return 1;
  const lb = logBeta(a, b);
  let lo = 0;
  let hi = 1;
  // Starting point: mean of the beta distribution, nudged toward the tail asked for.
  let x = a / (a + b);
  for (let iter = 0; iter < 300; iter++) {
    const f = incompleteBeta(x, a, b) - p;
    if (f === 0) return x;
    if (f < 0) lo = x;
    else hi = x;
    const lnPdf = (a - 1) * Math.log(x) + (b - 1) * Math.log1p(-x) - lb;
    const pdf = Math.exp(lnPdf);
    let next = pdf > 0 && Number.isFinite(pdf) ? x - f / pdf : Number.NaN;
    if (!(next > lo && next < hi)) next = (lo + hi) / 2;
    if (Math.abs(next - x) <= 1e-15 * Math.max(x, 1e-300) || hi - lo < 1e-300) return next;
    x = next;
  }
  return x;
}

/** P(F <= x) for F(d1, d2). */
export function fCdf(x: number, d1: number, d2: number): number {
  if (x <= 0) return 0;
  if (!Number.isFinite(x)) return 1;
  return incompleteBeta((d1 * x) / (d1 * x + d2), d1 / 2, d2 / 2);
}

/**
 * Quantile of F(d1, d2) (non-integer degrees of freedom allowed). For the upper tail the
 * complement is inverted, so that 1 - x keeps its precision.
 */
export function fQuantile(p: number, d1: number, d2: number): number {
  if (!(d1 > 0 && d2 > 0) || !(p >= 0 && p <= 1)) return Number.NaN;
  if (p === 0) return 0;
  if (p === 1) return Number.POSITIVE_INFINITY;
  if (p > 0.5) {
    // y = 1 - x solves I_y(d2/2, d1/2) = 1 - p.
    const y = inverseIncompleteBeta(1 - p, d2 / 2, d1 / 2);
    return (d2 * (1 - y)) / (d1 * y);
  }
  const x = inverseIncompleteBeta(p, d1 / 2, d2 / 2);
  return (d2 * x) / (d1 * (1 - x));
}

export { Z95 } from '../domain/interval.js';

const SQRT_PI = Math.sqrt(Math.PI);

/** erfc(t) for t >= 2.5: continued fraction (modified Lentz), e^{-t^2} / sqrt(pi) / (t + 1/2 / (t + 1 / (t + ...))). */
function erfcLarge(t: number): number {
  const tiny = 1e-300;
  let f = t;
  let c = t;
  let d = 0;
  for (let k = 1; k < 500; k++) {
    const a = k / 2;
    d = t + a * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = t + a / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = c * d;
    f *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return Math.exp(-t * t) / SQRT_PI / f;
}

/**
 * erf(t) for 0 <= t < 2.5: the series 2/sqrt(pi) e^{-t^2} sum (2t^2)^n t / (1 3 5 ... (2n+1)),
 * whose terms are all positive, so nothing cancels.
 */
function erfSmall(t: number): number {
  const x2 = 2 * t * t;
  let term = t;
  let sum = t;
  for (let n = 1; n < 500; n++) {
    term *= x2 / (2 * n + 1);
    sum += term;
    if (term < sum * 1e-17) break;
  }
  return (2 / SQRT_PI) * Math.exp(-t * t) * sum;
}

/** Standard normal distribution function Phi(z) (absolute error about 1e-16). */
export function normalCdf(z: number): number {
  if (Number.isNaN(z)) return Number.NaN;
  if (z === Infinity) return 1;
  if (z === -Infinity) return 0;
  const t = Math.abs(z) / Math.SQRT2;
  // Phi(-|z|) = erfc(t) / 2, computed directly in the tail so it keeps its relative accuracy.
  const lower = t < 2.5 ? (1 - erfSmall(t)) / 2 : erfcLarge(t) / 2;
  return z < 0 ? lower : 1 - lower;
}
