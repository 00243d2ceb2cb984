// Intraclass correlations (Shrout & Fleiss 1979; McGraw & Wong 1996) from the two-way ANOVA of
// the complete units, with F-based 95% intervals exactly as irr::icc computes them.
import type { CompleteMatrix } from './complete.js';
import { fQuantile } from './distributions.js';
import { ok, undef } from './stat.js';
import type { IccFamily, Stat } from './types.js';

export interface AnovaTable {
  n: number;
  k: number;
  msr: number;
  msc: number;
  mse: number;
  msw: number;
}

/** Mean squares of rows (units), columns (raters), residual and within-unit, two-pass. */
export function anova(cm: CompleteMatrix, values: readonly number[]): AnovaTable {
  const { n, k, level } = cm;
  const rowMean = new Float64Array(n);
  const colMean = new Float64Array(k);
  let grand = 0;
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let j = 0; j < k; j++) {
      const v = values[level[i * k + j]!]!;
      s += v;
      colMean[j]! += v;
    }
    rowMean[i] = s / k;
    grand += s;
  }
  grand /= n * k;
  for (let j = 0; j < k; j++) colMean[j]! /= n;
  let ssr = 0;
  for (let i = 0; i < n; i++) ssr += (rowMean[i]! - grand) ** 2;
  ssr *= k;
  let ssc = 0;
  for (let j = 0; j < k; j++) ssc += (colMean[j]! - grand) ** 2;
  ssc *= n;
  let sse = 0;
  let ssw = 0;
  for (let i = 0; i < n; i++) {
    const rm = rowMean[i]!;
    for (let j = 0; j < k; j++) {
      const v = values[level[i * k + j]!]!;
      ssw += (v - rm) ** 2;
      sse += (v - rm - colMean[j]! + grand) ** 2;
    }
  }
  return {
    n,
    k,
    msr: ssr / (n - 1),
    msc: ssc / (k - 1),
    mse: sse / ((n - 1) * (k - 1)),
    msw: ssw / (n * (k - 1)),
  };
}

function withCi(value: number, n: number, lo: number, hi: number): Stat {
  const finite = Number.isFinite(lo) && Number.isFinite(hi);
  return ok(value, n, {
    ci95_lower: finite ? lo : null,
    ci95_upper: finite ? hi : null,
  });
}

/** All six ICCs; undefined with fewer than 2 complete units or raters, or zero variance. */
export function iccFamily(cm: CompleteMatrix, values: readonly number[]): IccFamily {
  const { n, k } = cm;
  const bad = (reason: string, nUsed: number): IccFamily => {
    const u = undef(reason, nUsed);
    return {
      oneway_single: u,
      oneway_average: u,
      agreement_single: u,
      agreement_average: u,
      consistency_single: u,
      consistency_average: u,
    };
  };
  if (k < 2) return bad('fewer than two raters', n);
  if (n < 2) return bad('fewer than two samples were scored by every rater', n);
  const { msr, msc, mse, msw } = anova(cm, values);
  const q = fQuantile;
  const p = 0.975;
  const zeroDen = 'the variance components are all zero (every score is the same)';
  const out: Partial<IccFamily> = {};

  // One-way model.
  {
    const dfW = n * (k - 1);
    const FL = msr / msw / q(p, n - 1, dfW);
    const FU = (msr / msw) * q(p, dfW, n - 1);
    const den1 = msr + (k - 1) * msw;
    out.oneway_single =
      den1 > 0
        ? withCi((msr - msw) / den1, n, (FL - 1) / (FL + (k - 1)), (FU - 1) / (FU + (k - 1)))
        : undef(zeroDen, n);
    out.oneway_average =
      msr > 0 ? withCi((msr - msw) / msr, n, 1 - 1 / FL, 1 - 1 / FU) : undef(zeroDen, n);
  }
  // Two-way, consistency.
  const dfE = (n - 1) * (k - 1);
  {
    const FL = msr / mse / q(p, n - 1, dfE);
    const FU = (msr / mse) * q(p, dfE, n - 1);
    const den1 = msr + (k - 1) * mse;
    out.consistency_single =
      den1 > 0
        ? withCi((msr - mse) / den1, n, (FL - 1) / (FL + (k - 1)), (FU - 1) / (FU + (k - 1)))
        : undef(zeroDen, n);
    out.consistency_average =
      msr > 0 ? withCi((msr - mse) / msr, n, 1 - 1 / FL, 1 - 1 / FU) : undef(zeroDen, n);
  }
  // Two-way, absolute agreement (McGraw & Wong 1996 intervals with Satterthwaite df v).
  const agreementCi = (coeff: number): [number, number, number] => {
    const a = (k * coeff) / (n * (1 - coeff));
    const b = 1 + (k * coeff * (n - 1)) / (n * (1 - coeff));
    const v = (a * msc + b * mse) ** 2 / ((a * msc) ** 2 / (k - 1) + (b * mse) ** 2 / dfE);
    return [q(p, n - 1, v), q(p, v, n - 1), v];
  };
  {
    const den = msr + (k - 1) * mse + (k / n) * (msc - mse);
    if (den > 0) {
      const coeff = (msr - mse) / den;
      const [FL, FU] = agreementCi(coeff);
      const lo = (n * (msr - FL * mse)) / (FL * (k * msc + (k * n - k - n) * mse) + n * msr);
      const hi = (n * (FU * msr - mse)) / (k * msc + (k * n - k - n) * mse + n * FU * msr);
      out.agreement_single = withCi(coeff, n, lo, hi);
    } else out.agreement_single = undef(zeroDen, n);
  }
  {
    const den = msr + (msc - mse) / n;
    if (den > 0) {
      const coeff = (msr - mse) / den;
      // irr::icc computes v from the single-score coefficient's formula with this coefficient.
      const [FL, FU] = agreementCi(coeff);
      const lo = (n * (msr - FL * mse)) / (FL * (msc - mse) + n * msr);
      const hi = (n * (FU * msr - mse)) / (msc - mse + n * FU * msr);
      out.agreement_average = withCi(coeff, n, lo, hi);
    } else out.agreement_average = undef(zeroDen, n);
  }
  return out as IccFamily;
}
