// Percentile bootstrap over units. A replicate draws nUnits units with replacement from a
// seeded mulberry32 generator and recomputes the statistics from the summed per-unit
// sufficient statistics (and per-unit rater-pair agreements for the rater-pair means).
import { seededRandom } from '../domain/order.js';
import { agreementFromSums, raterPairMean } from './agreement.js';
import { gwetFromSums } from './gwet.js';
import type { UnitTable } from './input.js';
import { pairTables } from './pairs.js';
import { fleissGwetFromSums, meanPairKappas } from './kappa.js';
import { alphaFromSums } from './krippendorff.js';
import { entryPairCounter, maskPairCounter, pairTableCounter } from './bootstrap-pairs.js';
import type { PairCounter } from './bootstrap-pairs.js';
import type { Layout, WeightContext } from './sufficient.js';
import { addUnitVector } from './sufficient.js';
import type { Stat, StatKey } from './types.js';

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

export function bootstrapIntervals(
  t: UnitTable,
  L: Layout,
  wc: WeightContext,
  wanted: ReadonlySet<StatKey>,
  reps: number,
  seed: number,
  options: { pairMethod?: 'auto' | 'entries' | 'masks' } = {},
): Intervals {
  const nU = t.nUnits;
  const K = L.K;
  const out: Intervals = new Map();
  if (nU === 0 || reps < 1) return out;
  // Units with the same level counts have the same sufficient-statistics vector: resample
  // patterns' weights, so a replicate sums a few hundred vectors instead of every unit's.
  const patternOf = new Int32Array(nU);
  const patternIds = new Map<string, number>();
  const firstUnit: number[] = [];
  for (let u = 0; u < nU; u++) {
    const key = t.counts.subarray(u * L.q, u * L.q + L.q).join(',');
    let id = patternIds.get(key);
    if (id === undefined) {
      id = firstUnit.length;
      patternIds.set(key, id);
      firstUnit.push(u);
    }
    patternOf[u] = id;
  }
  const nPat = firstUnit.length;
  const vec = new Float64Array(nPat * K);
  for (let p = 0; p < nPat; p++) addUnitVector(t, firstUnit[p]!, L, wc, vec, p * K);
  const wantPairs = wanted.has('exact_agreement') || wanted.has('adjacent_agreement');
  const R = t.nRaters;
  const nPairs = (R * (R - 1)) / 2;
  const method = options.pairMethod ?? 'auto';
  const counter: PairCounter | null = !wantPairs
    ? null
    : method === 'entries'
      ? entryPairCounter(t)
      : (maskPairCounter(t) ?? entryPairCounter(t));
  // Cohen's kappa needs each pair's whole table, rebuilt per replicate.
  const kappaTables = wanted.has('cohen_kappa') ? pairTables(t) : null;
  const kappaCounter = kappaTables && pairTableCounter(t, kappaTables);
  const results = new Map<string, Float64Array>();
  const record = (path: string, st: Stat, rep: number): void => {
    let arr = results.get(path);
    if (arr === undefined) {
      arr = new Float64Array(reps);
      results.set(path, arr);
    }
    arr[rep] = st.defined && st.value !== null ? st.value : Number.NaN;
  };
  const rand = seededRandom(seed);
  const weight = new Int32Array(nU);
  const sums = new Float64Array(K);
  const common = new Float64Array(nPairs);
  const exact = new Float64Array(nPairs);
  const adjacent = new Float64Array(nPairs);
  const patternWeight = new Int32Array(nPat);
  for (let rep = 0; rep < reps; rep++) {
    weight.fill(0);
    patternWeight.fill(0);
    for (let d = 0; d < nU; d++) {
      const u = Math.floor(rand() * nU);
      weight[u]!++;
      patternWeight[patternOf[u]!]!++;
    }
    sums.fill(0);
    for (let p = 0; p < nPat; p++) {
      const w = patternWeight[p]!;
      if (w === 0) continue;
      const base = p * K;
      for (let k = 0; k < K; k++) sums[k]! += w * vec[base + k]!;
    }
    counter?.count(weight, common, exact, adjacent);
    for (const adj of [false, true]) {
      const key: StatKey = adj ? 'adjacent_agreement' : 'exact_agreement';
      if (!wanted.has(key)) continue;
      const f = agreementFromSums(sums, L, adj, R);
      record(`${key}.sample_mean`, f.sample_mean, rep);
      record(`${key}.pooled_pairs`, f.pooled_pairs, rep);
      record(`${key}.rater_pair_mean`, raterPairMean(common, adj ? adjacent : exact), rep);
      record(`${key}.all_raters_agree_complete_samples`, f.all_raters_agree_complete_samples, rep);
    }
    if (wanted.has('krippendorff_alpha')) {
      const a = alphaFromSums(sums, L, t.levels);
      for (const [name, st] of Object.entries(a)) record(`krippendorff_alpha.${name}`, st, rep);
    }
    if (wanted.has('fleiss_kappa')) {
      record('fleiss_kappa.all_ratings_gwet', fleissGwetFromSums(sums, L), rep);
    }
    if (kappaTables && kappaCounter) {
      kappaCounter.count(weight);
      for (const [name, st] of Object.entries(meanPairKappas(kappaTables, t.q))) {
        record(`cohen_kappa.mean_over_pairs.${name}`, st, rep);
      }
    }
    const g = gwetFromSums(sums, L, wc);
    for (const [family, variants] of Object.entries(g)) {
      if (!wanted.has(family as StatKey)) continue;
      for (const [name, st] of Object.entries(variants as Record<string, Stat>)) {
        record(`${family}.${name}`, st, rep);
      }
    }
  }
  for (const [path, arr] of results) {
    const defined = arr.filter((v) => !Number.isNaN(v)).sort();
    const n = defined.length;
    out.set(
      path,
      n === 0
        ? [null, null]
        : [quantileSorted(defined, n, 0.025), quantileSorted(defined, n, 0.975)],
    );
  }
  return out;
}
