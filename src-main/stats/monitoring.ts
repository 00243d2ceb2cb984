// Rater monitoring: per-rater figures for one session and across sessions (drift: drift.ts,
// re-exported here), alerts, and the session-level pieces of the results screen (one-line
// reading, sample-size warnings, confusion matrices, rater x criterion severity grid, per-sample
// spread). Pure: plain data in, plain data out.
//
// Definitions:
// - Levels: the rubric's ordered scale; "within one" = level index positions at most one apart
//   (as the engine's "adjacent"); severity = mean of (own level index - reference level index),
//   in levels; negative = harsher, positive = more lenient (as the engine's severity block).
// - "Too few samples": a criterion with fewer than 10 samples scored by two or more raters
//   (`minSamples`); below that the coefficients' intervals are too wide to read.
import { compareIds } from './input.js';
import { fmt } from './monitor-words.js';
import { levelIndexer, sortedLevels } from './scale-levels.js';
import type { AgreementReport } from './types.js';
import { POOLED } from './types.js';

export { computeDrift, defaultThresholds, leastSquaresSlope, monthLabel } from './drift.js';
export type {
  AccuracyFigures,
  AlertKind,
  AlertRecord,
  AlertStatus,
  AnchorReference,
  ColleagueFigures,
  ConsensusScore,
  DriftAlert,
  DriftInput,
  DriftOptions,
  DriftReport,
  DriftThresholds,
  HeldBack,
  HoldReason,
  MiddleOnly,
  MonitorRating,
  RaterDrift,
  RaterSessionFigures,
  ScaleUse,
  SessionInfo,
} from './drift-types.js';

/** A rating of one session and round (as the results screen holds them). */
export interface SessionRating {
  sample: string;
  rater: string;
  criterion: string;
  score: number | null;
}

export interface SessionConsensus {
  sample: string;
  criterion: string;
  score: number;
}

function byCriterion<T extends { criterion: string }>(rows: readonly T[]): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const r of rows) {
    let list = m.get(r.criterion);
    if (!list) m.set(r.criterion, (list = []));
    list.push(r);
  }
  return new Map([...m.entries()].sort((a, b) => compareIds(a[0], b[0])));
}

function bySample<T extends { sample: string }>(rows: readonly T[]): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const r of rows) {
    let list = m.get(r.sample);
    if (!list) m.set(r.sample, (list = []));
    list.push(r);
  }
  return m;
}

const scored = (rows: readonly SessionRating[]): (SessionRating & { score: number })[] =>
  rows.filter((r): r is SessionRating & { score: number } => r.score !== null);

/**
 * Level x level counts over all rater pairs, per criterion: cell [a][b] (a != b) = number of
 * pairs of raters who gave the same sample levels a and b (so [a][b] = [b][a]); [a][a] = pairs
 * who both gave a. The upper triangle with the diagonal sums to the number of pairs.
 */
export function pairConfusion(
  ratings: readonly SessionRating[],
  levels: readonly number[],
): Record<string, number[][]> {
  const ls = sortedLevels(levels);
  const lvl = levelIndexer(ls);
  const q = ls.length;
  const out: Record<string, number[][]> = {};
  for (const [crit, rows] of byCriterion(scored(ratings))) {
    const m = Array.from({ length: q }, () => new Array<number>(q).fill(0));
    for (const list of bySample(rows).values()) {
      const ks = list.map((r) => lvl(r.score, `${r.sample}/${crit}`));
      for (let i = 0; i < ks.length; i++) {
        for (let j = i + 1; j < ks.length; j++) {
          const a = ks[i]!;
          const b = ks[j]!;
          m[a]![b]!++;
          if (a !== b) m[b]![a]!++;
        }
      }
    }
    out[crit] = m;
  }
  return out;
}

/** Per criterion: rows = the rater's level, columns = the consensus level; counts of ratings. */
export function consensusConfusion(
  ratings: readonly SessionRating[],
  consensus: readonly SessionConsensus[],
  levels: readonly number[],
): Record<string, number[][]> {
  const ls = sortedLevels(levels);
  const lvl = levelIndexer(ls);
  const q = ls.length;
  const ref = new Map(
    consensus.map((c) => [`${c.sample}\u0000${c.criterion}`, lvl(c.score, 'consensus')]),
  );
  const out: Record<string, number[][]> = {};
  for (const [crit, rows] of byCriterion(scored(ratings))) {
    const m = Array.from({ length: q }, () => new Array<number>(q).fill(0));
    for (const r of rows) {
      const c = ref.get(`${r.sample}\u0000${crit}`);
      if (c === undefined) continue;
      m[lvl(r.score, `${r.sample}/${crit}`)]![c]!++;
    }
    out[crit] = m;
  }
  return out;
}

export interface SeverityGrid {
  raters: string[];
  criteria: string[];
  /** [rater][criterion]: ratings. */
  n: number[][];
  /** Mean of own minus consensus, in levels (null without a consensus). */
  vsConsensus: (number | null)[][];
  /** Mean of own minus the mean of the other raters of the same sample, in levels. */
  vsOthers: (number | null)[][];
}

/** Rater x criterion severity (the heat map), in levels; negative = harsher. */
export function severityGrid(
  ratings: readonly SessionRating[],
  consensus: readonly SessionConsensus[],
  levels: readonly number[],
): SeverityGrid {
  const ls = sortedLevels(levels);
  const lvl = levelIndexer(ls);
  const rows = scored(ratings);
  const raters = [...new Set(rows.map((r) => r.rater))].sort(compareIds);
  const criteria = [...new Set(rows.map((r) => r.criterion))].sort(compareIds);
  const ri = new Map(raters.map((r, i) => [r, i]));
  const ci = new Map(criteria.map((c, i) => [c, i]));
  const zero = (): number[][] => raters.map(() => criteria.map(() => 0));
  const n = zero();
  const cn = zero();
  const cs = zero();
  const on = zero();
  const os = zero();
  const ref = new Map(
    consensus.map((c) => [`${c.sample}\u0000${c.criterion}`, lvl(c.score, 'consensus')]),
  );
  for (const [crit, list] of byCriterion(rows)) {
    const c = ci.get(crit)!;
    for (const unit of bySample(list).values()) {
      const ks = unit.map((r) => lvl(r.score, `${r.sample}/${crit}`));
      const sum = ks.reduce((a, b) => a + b, 0);
      const cons = ref.get(`${unit[0]!.sample}\u0000${crit}`);
      unit.forEach((r, x) => {
        const i = ri.get(r.rater)!;
        const k = ks[x]!;
        n[i]![c]!++;
        if (cons !== undefined) {
          cn[i]![c]!++;
          cs[i]![c]! += k - cons;
        }
        if (unit.length > 1) {
          on[i]![c]!++;
          os[i]![c]! += k - (sum - k) / (unit.length - 1);
        }
      });
    }
  }
  const div = (s: number[][], d: number[][]): (number | null)[][] =>
    s.map((row, i) => row.map((v, j) => (d[i]![j]! > 0 ? v / d[i]![j]! : null)));
  return { raters, criteria, n, vsConsensus: div(cs, cn), vsOthers: div(os, on) };
}

/**
 * Where one rater leans after reveal (their own view): the criterion with the largest mean
 * difference from consensus (or, without a consensus, from the other raters), when it is at
 * least `minLean` (0.25) levels. Negative = harsher.
 */
export function raterLean(
  grid: SeverityGrid,
  rater: string,
  options: { minLean?: number; criterionNames?: Readonly<Record<string, string>> } = {},
): {
  criterion: string | null;
  lean: number | null;
  against: 'consensus' | 'colleagues';
  message: string;
} {
  const min = options.minLean ?? 0.25;
  const i = grid.raters.indexOf(rater);
  const hasConsensus = i >= 0 && grid.vsConsensus[i]!.some((v) => v !== null);
  const row = i < 0 ? [] : hasConsensus ? grid.vsConsensus[i]! : grid.vsOthers[i]!;
  const against = hasConsensus ? 'consensus' : 'colleagues';
  let best: number | null = null;
  let at = -1;
  row.forEach((v, j) => {
    if (v !== null && (best === null || Math.abs(v) > Math.abs(best))) {
      best = v;
      at = j;
    }
  });
  const ref = hasConsensus ? 'the consensus' : 'your colleagues';
  if (best === null || Math.abs(best) < min) {
    return { criterion: null, lean: best, against, message: `You score in line with ${ref}.` };
  }
  const lean: number = best;
  const crit = grid.criteria[at]!;
  const name = options.criterionNames?.[crit] ?? crit;
  return {
    criterion: crit,
    lean,
    against,
    message:
      `You tend to score ${lean < 0 ? 'lower' : 'higher'} than ${ref} on ${name} ` +
      `(${lean < 0 ? '' : '+'}${fmt(lean)} levels on average).`,
  };
}

export interface SampleSpread {
  sample: string;
  criterion: string;
  n: number;
  min: number;
  max: number;
  mean: number;
  /** Sample standard deviation (n - 1); null with one rating. */
  sd: number | null;
  range: number;
}

/** Spread of the scores (scale values) per sample and criterion, samples in id order. */
export function sampleSpread(ratings: readonly SessionRating[]): SampleSpread[] {
  const out: SampleSpread[] = [];
  for (const [crit, rows] of byCriterion(scored(ratings))) {
    const units = [...bySample(rows).entries()].sort((a, b) => compareIds(a[0], b[0]));
    for (const [sample, list] of units) {
      const v = list.map((r) => r.score);
      const n = v.length;
      const mean = v.reduce((a, b) => a + b, 0) / n;
      const min = Math.min(...v);
      const max = Math.max(...v);
      const ss = v.reduce((a, b) => a + (b - mean) ** 2, 0);
      out.push({
        sample,
        criterion: crit,
        n,
        min,
        max,
        mean,
        sd: n > 1 ? Math.sqrt(ss / (n - 1)) : null,
        range: max - min,
      });
    }
  }
  return out;
}

/**
 * The one-line reading of a session's agreement report, e.g. "You agree exactly on 7 of 10
 * scores; most disagreements are one level apart on Evidence". The figures are the pooled (or
 * single-criterion) exact and within-one agreement over all rater pairs; "on X" names the
 * criterion with the lowest exact agreement when there are two or more criteria.
 */
export function sessionReading(
  report: AgreementReport,
  options: { criterionNames?: Readonly<Record<string, string>> } = {},
): string {
  const ids = Object.keys(report.criteria).filter((k) => k !== POOLED);
  const main = report.criteria[ids.length >= 2 ? POOLED : ids[0]!];
  const ex = main?.statistics.exact_agreement?.pooled_pairs;
  const ad = main?.statistics.adjacent_agreement?.pooled_pairs;
  if (!ex || !ad || ex.value === null || ad.value === null) {
    return 'Not enough paired scores yet to say how often you agree.';
  }
  const e = ex.value;
  const a = ad.value;
  if (e >= 1) return 'You agree exactly on every score.';
  const k = Math.round(e * 10);
  const head =
    k >= 10
      ? 'You agree exactly on nearly every score'
      : k <= 0
        ? 'You agree exactly on fewer than 1 in 10 scores'
        : `You agree exactly on ${k} of 10 scores`;
  const oneApart = a - e >= 1 - a;
  let where = '';
  if (ids.length >= 2) {
    let worst: string | null = null;
    let worstV = Infinity;
    for (const id of ids) {
      const v = report.criteria[id]!.statistics.exact_agreement?.pooled_pairs.value;
      if (v !== null && v !== undefined && v < worstV) {
        worstV = v;
        worst = id;
      }
    }
    if (worst !== null) where = ` on ${options.criterionNames?.[worst] ?? worst}`;
  }
  return `${head}; most disagreements are ${oneApart ? 'one level' : 'two or more levels'} apart${where}`;
}

/**
 * "Too few samples" warnings: one sentence per criterion with fewer than `minSamples` (10)
 * samples scored by two or more raters.
 */
export function sampleSizeWarnings(
  report: AgreementReport,
  options: { minSamples?: number; criterionNames?: Readonly<Record<string, string>> } = {},
): { criterion: string; samples: number; message: string }[] {
  const min = options.minSamples ?? 10;
  const out: { criterion: string; samples: number; message: string }[] = [];
  for (const [id, c] of Object.entries(report.criteria)) {
    if (id === POOLED) continue;
    const n = c.counts.n_samples_pairable;
    if (n >= min) continue;
    const name = options.criterionNames?.[id] ?? id;
    out.push({
      criterion: id,
      samples: n,
      message:
        `Only ${n} sample${n === 1 ? '' : 's'} of ${name} ${n === 1 ? 'was' : 'were'} scored by ` +
        `two or more raters: the agreement figures are not stable yet (at least ${min} needed).`,
    });
  }
  return out;
}
