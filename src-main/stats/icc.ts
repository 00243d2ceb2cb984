// Intraclass correlations (Shrout & Fleiss 1979; McGraw & Wong 1996) from the two-way ANOVA of
// the complete units, with F-based 95% intervals exactly as irr::icc computes them, except
// where irr's formulas give figures an ICC cannot take:
//
// - Possible range: a single-rater ICC lies in [-1/(k-1), 1] (the one-way and consistency
//   estimates always do; the agreement estimate can fall below), an average-of-raters ICC in
//   (-inf, 1] (the single-rater range through Spearman-Brown).
// - An estimate outside its possible range is undefined, with the reason. It happens to both
//   agreement forms exactly when the residual mean square exceeds the raters' mean square plus
//   n times the between-samples one (irr then prints, e.g., ICC(A,k) = 4 for two raters scoring
//   1-4 and 4-1).
// - An interval that does not contain its estimate, or reaches outside the possible range, or
//   has no finite bounds, is dropped (bounds null) with `ci95_reason`; the estimate stays.
// - Perfect agreement (the form's error mean squares vanish while samples differ): the ICC is 1
//   and its interval is the limit of irr's bounds, [1, 1] (irr prints 1 for both).
// - Every undefined estimate names the mean square that vanishes or the sign that fails.
import type { CompleteMatrix } from './complete.js';
import { fQuantile } from './distributions.js';
import { ok, undef } from './stat.js';
import type { IccFamily, IccForm, Stat } from './types.js';

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

const f3 = (x: number): string => {
  const t = x.toFixed(3);
  return t === '-0.000' ? '0.000' : t;
};

export const ICC_REASONS = {
  fewRaters: 'fewer than two raters',
  fewSamples: 'fewer than two samples were scored by every rater',
  allSame:
    'every rater gave every complete sample the same score: there is no variance for an ICC to compare',
  samplesAlike:
    'every complete sample has the same mean score: the between-samples mean square is 0, and this ICC divides by it',
  consistencyZero:
    'every complete sample has the same mean score and the raters differ from each other only by a constant: the between-samples and residual mean squares are both 0, so this ICC is 0 divided by 0',
  agreementZero:
    'the two samples have the same mean score and so have the two raters: with two samples and two raters the mean squares in this ICC’s denominator then add up to 0',
} as const;

/** The cause of both agreement forms leaving their range: n * MSR + MSC < MSE. */
function agreementCause(ms: AnovaTable): string {
  return (
    `the residual mean square (${f3(ms.mse)}) is larger than the raters’ mean square ` +
    `(${f3(ms.msc)}) plus ${ms.n} (the number of samples) times the between-samples mean square (${f3(ms.msr)})`
  );
}

interface FormSpec {
  single: boolean;
  num: number;
  den: number;
  /** Why the denominator is 0 or negative. */
  denReason: () => string;
  /** What makes the estimate fall below the possible range (only the agreement form can). */
  lowCause?: () => string;
  /** The form's error mean squares vanish: the ICC is 1 in the limit, and so are its bounds. */
  perfect: boolean;
  /** irr's bounds for an estimate, or why they cannot be computed. */
  bounds: (value: number) => [number, number] | string;
}

interface FormPair {
  single: FormSpec;
  average: FormSpec;
}

/** All six ICCs; undefined estimates and dropped intervals carry their reasons. */
export function iccFamily(cm: CompleteMatrix, values: readonly number[]): IccFamily {
  const { n, k } = cm;
  const all = (reason: string): IccFamily => {
    const u = undef(reason, n);
    return {
      oneway_single: u,
      oneway_average: u,
      agreement_single: u,
      agreement_average: u,
      consistency_single: u,
      consistency_average: u,
    };
  };
  if (k < 2) return all(ICC_REASONS.fewRaters);
  if (n < 2) return all(ICC_REASONS.fewSamples);
  const ms = anova(cm, values);
  const { msr, msc, mse, msw } = ms;
  // Mean squares of scores that agree exactly can come out as rounding noise instead of 0.
  const tiny = 1e-12 * (msr + msc + mse + msw);
  const vanishes = (x: number): boolean => Math.abs(x) <= tiny;
  if (vanishes(msr) && vanishes(msw)) return all(ICC_REASONS.allSame);

  const q = fQuantile;
  const p = 0.975;
  const dfW = n * (k - 1);
  const dfE = (n - 1) * (k - 1);
  const F = (ratio: number, df: number): [number, number] => [
    ratio / q(p, n - 1, df),
    ratio * q(p, df, n - 1),
  ];
  const singleBounds = (ratio: number, df: number) => (): [number, number] => {
    const [FL, FU] = F(ratio, df);
    return [(FL - 1) / (FL + (k - 1)), (FU - 1) / (FU + (k - 1))];
  };
  const averageBounds = (ratio: number, df: number) => (): [number, number] => {
    const [FL, FU] = F(ratio, df);
    return [1 - 1 / FL, 1 - 1 / FU];
  };
  // McGraw & Wong (1996) with Satterthwaite's df v; irr computes v from the single-score
  // formula with whichever coefficient it is bounding.
  const agreementF = (coeff: number): [number, number] | string => {
    const a = (k * coeff) / (n * (1 - coeff));
    const b = 1 + (k * coeff * (n - 1)) / (n * (1 - coeff));
    const v = (a * msc + b * mse) ** 2 / ((a * msc) ** 2 / (k - 1) + (b * mse) ** 2 / dfE);
    if (!(v > 0 && Number.isFinite(v))) {
      return `no 95% interval: the degrees of freedom of its F-based bounds (Satterthwaite) come out as ${Number.isNaN(v) ? '0 divided by 0' : f3(v)} for these scores`;
    }
    return [q(p, n - 1, v), q(p, v, n - 1)];
  };
  // The one-way and consistency forms differ only by which mean square is the error (within-unit
  // or residual) and its degrees of freedom.
  const plainForms = (error: number, df: number, singleDenReason: string): FormPair => {
    const num = msr - error;
    const perfect = vanishes(error);
    return {
      single: {
        single: true,
        num,
        den: msr + (k - 1) * error,
        denReason: () => singleDenReason,
        perfect,
        bounds: singleBounds(msr / error, df),
      },
      average: {
        single: false,
        num,
        den: msr,
        denReason: () => ICC_REASONS.samplesAlike,
        perfect,
        bounds: averageBounds(msr / error, df),
      },
    };
  };
  const agreementBounds =
    (fromF: (FL: number, FU: number) => [number, number]) =>
    (coeff: number): [number, number] | string => {
      const f = agreementF(coeff);
      return typeof f === 'string' ? f : fromF(f[0], f[1]);
    };
  const agreementPerfect = vanishes(mse) && vanishes(msc);
  const agreementLow = (): string => agreementCause(ms);
  const averageDen = msr + (msc - mse) / n;
  const oneway = plainForms(msw, dfW, ICC_REASONS.allSame);
  const consistency = plainForms(mse, dfE, ICC_REASONS.consistencyZero);

  const specs: Record<IccForm, FormSpec> = {
    oneway_single: oneway.single,
    oneway_average: oneway.average,
    consistency_single: consistency.single,
    consistency_average: consistency.average,
    agreement_single: {
      single: true,
      num: msr - mse,
      den: msr + (k - 1) * mse + (k / n) * (msc - mse),
      denReason: () => ICC_REASONS.agreementZero,
      lowCause: agreementLow,
      perfect: agreementPerfect,
      bounds: agreementBounds((FL, FU) => {
        const rest = k * msc + (k * n - k - n) * mse;
        return [
          (n * (msr - FL * mse)) / (FL * rest + n * msr),
          (n * (FU * msr - mse)) / (rest + n * FU * msr),
        ];
      }),
    },
    agreement_average: {
      single: false,
      num: msr - mse,
      den: averageDen,
      denReason: () =>
        vanishes(averageDen)
          ? `the residual mean square (${f3(mse)}) equals the raters’ mean square (${f3(msc)}) ` +
            `plus ${n} (the number of samples) times the between-samples mean square (${f3(msr)}): this ICC’s ` +
            'denominator is 0'
          : `${agreementCause(ms)}: this ICC’s denominator is negative (${f3(averageDen)}), ` +
            `which would make it ${f3((msr - mse) / averageDen)}, above 1`,
      lowCause: agreementLow,
      perfect: agreementPerfect,
      bounds: agreementBounds((FL, FU) => [
        (n * (msr - FL * mse)) / (FL * (msc - mse) + n * msr),
        (n * (FU * msr - mse)) / (msc - mse + n * FU * msr),
      ]),
    },
  };

  const out = {} as IccFamily;
  for (const form of Object.keys(specs) as IccForm[]) {
    const s = specs[form];
    out[form] = s.den > tiny ? formStat(s, n, k) : undef(s.denReason(), n);
  }
  return out;
}

function formStat(s: FormSpec, n: number, k: number): Stat {
  if (s.perfect) return ok(1, n, { ci95_lower: 1, ci95_upper: 1 });
  const value = s.num / s.den;
  const floor = s.single ? -1 / (k - 1) : Number.NEGATIVE_INFINITY;
  const who = s.single ? 'an ICC of one rater' : 'an ICC';
  if (value > 1 + 1e-12) {
    return undef(`the formula gives ${f3(value)}, above 1, which ${who} cannot be`, n);
  }
  if (value < floor - 1e-12) {
    return undef(
      `the formula gives ${f3(value)}, below ${f3(floor)} (-1/(raters - 1)), the lowest value ` +
        `${who} can take${s.lowCause ? `: ${s.lowCause()}` : ''}`,
      n,
    );
  }
  const dropped = (why: string): Stat =>
    ok(value, n, { ci95_lower: null, ci95_upper: null, ci95_reason: why });
  const b = s.bounds(value);
  if (typeof b === 'string') return dropped(b);
  const drop = intervalProblem(b[0], b[1], value, floor, who);
  return drop === null ? ok(value, n, { ci95_lower: b[0], ci95_upper: b[1] }) : dropped(drop);
}

/** Why irr's bounds cannot stand as a 95% interval, or null when they can. */
function intervalProblem(
  lo: number,
  hi: number,
  value: number,
  floor: number,
  who: string,
): string | null {
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) {
    return 'no 95% interval: the F-based bounds are not finite numbers for these scores';
  }
  const shown = `[${f3(lo)}, ${f3(hi)}]`;
  if (lo > value + 1e-12 || hi < value - 1e-12) {
    return `no 95% interval: the F-based formula gives ${shown}, which does not contain the estimate (${f3(value)})`;
  }
  if (hi > 1 + 1e-12) {
    return `no 95% interval: the F-based formula gives ${shown}, which reaches above 1, more than ${who} can be`;
  }
  if (lo < floor - 1e-12) {
    return `no 95% interval: the F-based formula gives ${shown}, which reaches below ${f3(floor)}, the lowest value ${who} can take`;
  }
  return null;
}
