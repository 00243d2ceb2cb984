// Percentile bootstrap over units. A replicate draws nUnits units with replacement from a
// seeded mulberry32 generator and recomputes the statistics from the summed per-unit
// sufficient statistics (and per-unit rater-pair agreements for the rater-pair means).
//
// The replicates read one generator stream in order: replicate r takes draws r * nUnits ..
// (r + 1) * nUnits - 1. mulberry32's state after n draws is seed + n * its increment (mod 2^32),
// so any range of replicates starts where the whole run would be at that point: threads can
// share the replicates in any split and the intervals stay the ones a single run gives.
import { agreementFromSums, raterPairMean } from './agreement.js';
import { gwetFromSums } from './gwet.js';
import type { UnitTable } from './input.js';
import { pairTables, tableAgreementCounts } from './pairs.js';
import type { PairTables } from './pairs.js';
import { fleissGwetFromSums, meanPairKappas } from './kappa.js';
import { alphaFromSums } from './krippendorff.js';
import {
  blockPairTableCounter,
  entryPairCounter,
  maskPairCounter,
  pairTableCounter,
} from './bootstrap-pairs.js';
import type { PairCounter, TableCounter } from './bootstrap-pairs.js';
import type { Layout, WeightContext } from './sufficient.js';
import { addUnitVector, layoutFor, weightContext } from './sufficient.js';
import type { Stat, StatKey, Statistics } from './types.js';

/** mulberry32's increment per draw (domain/order.ts). */
const STEP = 0x6d2b79f5;

const BOTH = [false, true] as const;

/** Quantile of sorted values with linear interpolation (R type 7). */
export function quantileSorted(sorted: ArrayLike<number>, n: number, p: number): number {
  if (n === 1) return sorted[0]!;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, n - 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}

/** Statistic paths (e.g. `krippendorff_alpha.nominal`) with their 95% percentile interval. */
export type Intervals = Map<string, [number | null, number | null]>;

/**
 * Replicates from..to-1 of one table: `values[i][r - from]` is path i's value in replicate r
 * (NaN where undefined). Plain data, so it crosses to and from worker threads.
 */
export interface ReplicateBlock {
  from: number;
  to: number;
  values: Float64Array[];
}

/** What every replicate of one table shares, computed once per thread. */
export interface BootstrapPlan {
  /** The statistic paths, in the order of `ReplicateBlock.values`. */
  readonly paths: readonly string[];
  replicates(seed: number, from: number, to: number): ReplicateBlock;
}

export interface BootstrapOptions {
  /**
   * How rater-pair agreement is counted when Cohen's kappa is not wanted: the cheapest by
   * estimate, or one form (tests compare them).
   */
  pairMethod?: 'auto' | 'entries' | 'masks' | 'tables';
}

type Emit = (family: string, name: string, st: Stat) => void;

/** Each statistic of a family object (e.g. alpha's nominal, ordinal, ...), in its key order. */
function emitAll(emit: Emit, family: string, stats: object): void {
  for (const name in stats) emit(family, name, (stats as Record<string, Stat>)[name]!);
}

/** The generator state at the start of replicate r: n = r * nUnits draws into the stream. */
function replicateState(seed: number, r: number, nUnits: number): number {
  // ToUint32 of an integer below 2^53 is exact mod 2^32, and so is Math.imul.
  return ((seed >>> 0) + Math.imul((r * nUnits) >>> 0, STEP)) >>> 0;
}

/**
 * One replicate's draws: nUnits units from the mulberry32 stream at generator state `state`,
 * counting each unit's and each pattern's draws. The generator is seededRandom's
 * (domain/order.ts) written out in the loop, the bootstrap's hottest, where it runs a third faster
 * than through the closure; the draws are the same numbers.
 */
function drawUnits(
  state: number,
  weight: Int32Array,
  patternOf: Int32Array,
  patternWeight: Int32Array,
): void {
  const nU = weight.length;
  weight.fill(0);
  patternWeight.fill(0);
  let s = state | 0;
  for (let d = 0; d < nU; d++) {
    s = (s + STEP) | 0;
    let t = Math.imul(s ^ (s >>> 15), s | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    const u = Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * nU);
    weight[u]!++;
    patternWeight[patternOf[u]!]!++;
  }
}

/**
 * Units with the same level counts have the same sufficient-statistics vector: a replicate sums
 * a few hundred pattern vectors weighted by their draws instead of every unit's.
 */
function unitPatterns(t: UnitTable, L: Layout, wc: WeightContext) {
  const nU = t.nUnits;
  const q = L.q;
  const K = L.K;
  const patternOf = new Int32Array(nU);
  const ids = new Map<number | string, number>();
  const firstUnit: number[] = [];
  // A unit's counts as one number in base nRaters + 1 where that is exact; else as text.
  const base = t.nRaters + 1;
  const numeric = base ** q <= 2 ** 52;
  const c = t.counts;
  for (let u = 0; u < nU; u++) {
    let key: number | string = 0;
    if (numeric) for (let k = q - 1; k >= 0; k--) key = key * base + c[u * q + k]!;
    else key = c.subarray(u * q, u * q + q).join(',');
    let id = ids.get(key);
    if (id === undefined) {
      id = firstUnit.length;
      ids.set(key, id);
      firstUnit.push(u);
    }
    patternOf[u] = id;
  }
  const nPat = firstUnit.length;
  const vec = new Float64Array(nPat * K);
  for (let p = 0; p < nPat; p++) addUnitVector(t, firstUnit[p]!, L, wc, vec, p * K);
  return { patternOf, nPat, vec };
}

/**
 * Everything one table's replicates share (unit patterns, the cheapest pair counter, buffers),
 * made once per thread; its replicates can then be taken in any ranges.
 */
export function bootstrapPlan(
  t: UnitTable,
  L: Layout,
  wc: WeightContext,
  wanted: ReadonlySet<StatKey>,
  options: BootstrapOptions = {},
): BootstrapPlan {
  const nU = t.nUnits;
  const K = L.K;
  const R = t.nRaters;
  const nPairs = (R * (R - 1)) / 2;
  const { patternOf, nPat, vec } = unitPatterns(t, L, wc);
  const wantPairs = wanted.has('exact_agreement') || wanted.has('adjacent_agreement');
  const wantKappa = wanted.has('cohen_kappa');
  const method = options.pairMethod ?? 'auto';
  // Cohen's kappa needs each pair's whole table per replicate; the pair agreement counts can be
  // read off those tables too, which is the cheapest way when the tables are counted anyway
  // (and may be when they are not: the cost estimates decide).
  let tables: PairTables | null = null;
  let tableCounter: TableCounter | null = null;
  let counter: PairCounter | null = null;
  if (wantKappa || (wantPairs && method !== 'entries' && method !== 'masks')) {
    const pt = pairTables(t);
    const tc = blockPairTableCounter(t, pt) ?? pairTableCounter(t, pt);
    const alone =
      wantKappa || method === 'tables' ? null : (maskPairCounter(t) ?? entryPairCounter(t));
    if (alone && alone.cost <= tc.cost + pt.nPairs * t.q * t.q) counter = alone;
    else {
      tables = pt;
      tableCounter = tc;
    }
  } else if (wantPairs) {
    counter =
      method === 'entries' ? entryPairCounter(t) : (maskPairCounter(t) ?? entryPairCounter(t));
  }

  const weight = new Int32Array(nU);
  const patternWeight = new Int32Array(nPat);
  const sums = new Float64Array(K);
  const common = new Float64Array(nPairs);
  const exact = new Float64Array(nPairs);
  const adjacent = new Float64Array(nPairs);

  /** Weights of the replicate that starts at generator state `state`, and its sums. */
  const resample = (state: number): void => {
    drawUnits(state, weight, patternOf, patternWeight);
    count();
  };

  /** Sums, pair counts and pair tables of the current weights. */
  const count = (): void => {
    sums.fill(0);
    for (let p = 0; p < nPat; p++) {
      const w = patternWeight[p]!;
      if (w === 0) continue;
      const base = p * K;
      for (let k = 0; k < K; k++) sums[k]! += w * vec[base + k]!;
    }
    if (tables && tableCounter) {
      tableCounter.count(weight);
      if (wantPairs) tableAgreementCounts(tables, t.q, common, exact, adjacent);
    } else counter?.count(weight, common, exact, adjacent);
  };

  /**
   * Every wanted statistic of the current counts, in one fixed order, as (family, name, stat):
   * the path is family.name. Names are passed apart so a replicate builds no strings.
   */
  const finalize = (emit: Emit): void => {
    for (const adj of BOTH) {
      const key: StatKey = adj ? 'adjacent_agreement' : 'exact_agreement';
      if (!wanted.has(key)) continue;
      const f = agreementFromSums(sums, L, adj, R);
      emit(key, 'sample_mean', f.sample_mean);
      emit(key, 'pooled_pairs', f.pooled_pairs);
      emit(key, 'rater_pair_mean', raterPairMean(common, adj ? adjacent : exact));
      emit(key, 'all_raters_agree_complete_samples', f.all_raters_agree_complete_samples);
    }
    if (wanted.has('krippendorff_alpha')) {
      emitAll(emit, 'krippendorff_alpha', alphaFromSums(sums, L, t.levels));
    }
    if (wanted.has('fleiss_kappa')) {
      emit('fleiss_kappa', 'all_ratings_gwet', fleissGwetFromSums(sums, L));
    }
    if (tables && wantKappa) {
      emitAll(emit, 'cohen_kappa.mean_over_pairs', meanPairKappas(tables, t.q));
    }
    const g = gwetFromSums(sums, L, wc);
    let family: keyof typeof g;
    for (family in g) if (wanted.has(family)) emitAll(emit, family, g[family]);
  };

  // The paths, read off the whole data set (every unit once): the same in every thread.
  const paths: string[] = [];
  weight.fill(1);
  for (let u = 0; u < nU; u++) patternWeight[patternOf[u]!]!++;
  count();
  finalize((family, name) => paths.push(`${family}.${name}`));

  let row: Float64Array[] = [];
  let at = 0;
  let slot = 0;
  const record = (_family: string, _name: string, st: Stat): void => {
    row[slot++]![at] = st.defined && st.value !== null ? st.value : Number.NaN;
  };

  return {
    paths,
    replicates(seed, from, to) {
      const values = paths.map(() => new Float64Array(Math.max(0, to - from)));
      row = values;
      for (let r = from; r < to; r++) {
        resample(replicateState(seed, r, nU));
        at = r - from;
        slot = 0;
        finalize(record);
        if (slot !== paths.length) throw new Error('bootstrap: a replicate changed its statistics');
      }
      return { from, to, values };
    },
  };
}

/** The plan of a table as `reportForTable` lays it out: for threads that get only the table. */
export function tableBootstrapPlan(t: UnitTable, wanted: readonly StatKey[]): BootstrapPlan {
  return bootstrapPlan(t, layoutFor(t.q), weightContext(t), new Set(wanted));
}

/**
 * 95% percentile intervals (R type 7 at 2.5% and 97.5%, over the replicates where a value is
 * defined) from blocks that together hold replicates 0..n-1 exactly once, in any order.
 */
export function percentileIntervals(
  paths: readonly string[],
  blocks: readonly ReplicateBlock[],
): Intervals {
  const sorted = [...blocks].sort((a, b) => a.from - b.from);
  let reps = 0;
  for (const b of sorted) {
    if (b.from !== reps || b.to < b.from) {
      throw new Error(`bootstrap: replicate blocks do not tile 0..n (at ${reps})`);
    }
    reps = b.to;
  }
  const out: Intervals = new Map();
  const all = new Float64Array(reps);
  paths.forEach((path, i) => {
    let n = 0;
    for (const b of sorted) {
      const v = b.values[i]!;
      for (let x = 0; x < v.length; x++) if (!Number.isNaN(v[x]!)) all[n++] = v[x]!;
    }
    const defined = all.subarray(0, n).sort();
    out.set(
      path,
      n === 0
        ? [null, null]
        : [quantileSorted(defined, n, 0.025), quantileSorted(defined, n, 0.975)],
    );
  });
  return out;
}

/** The intervals of replicates 0..reps-1, all computed in this thread. */
export function bootstrapIntervals(
  t: UnitTable,
  L: Layout,
  wc: WeightContext,
  wanted: ReadonlySet<StatKey>,
  reps: number,
  seed: number,
  options: BootstrapOptions = {},
): Intervals {
  if (t.nUnits === 0 || reps < 1) return new Map();
  const plan = bootstrapPlan(t, L, wc, wanted, options);
  return percentileIntervals(plan.paths, [plan.replicates(seed, 0, reps)]);
}

/** The statistic at a dotted path such as `cohen_kappa.mean_over_pairs.quadratic`. */
function statAt(statistics: Statistics, path: string): Stat | undefined {
  let node: unknown = statistics;
  for (const part of path.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node as Stat | undefined;
}

/** Keys a finished report adds to a statistic after its interval (interpret.ts). */
const AFTER_INTERVAL = ['interpretation', 'paradox'] as const;

/**
 * Puts intervals on a table report's defined statistics: `reportForTable` with its own, before
 * it adds the words, and callers with intervals computed apart (in other threads) on a finished
 * report, where the keys go before the words so the report prints as if computed in one go.
 */
export function applyIntervals(statistics: Statistics, intervals: Intervals): void {
  for (const [path, [lo, hi]] of intervals) {
    const st = statAt(statistics, path);
    if (!st || !st.defined) continue;
    const after = AFTER_INTERVAL.filter((k) => st[k] !== undefined).map((k) => [k, st[k]] as const);
    for (const [k] of after) delete st[k];
    st.ci95_lower = lo;
    st.ci95_upper = hi;
    for (const [k, v] of after) Object.assign(st, { [k]: v });
  }
}
