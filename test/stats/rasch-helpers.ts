// Seeded simulation of many-facet rating scale data for the Rasch tests and the drift benchmark.
import type { RaschData } from '../../src-main/stats/index.js';

/** mulberry32: a small seeded PRNG (uniform in [0, 1)). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Standard normal by Box-Muller. */
export function normal(rand: () => number): number {
  const u = Math.max(rand(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rand());
}

/** Draws a category 0..m-1 from the rating scale model at eta with thresholds tau[1..m-1]. */
export function drawCategory(eta: number, tau: readonly number[], rand: () => number): number {
  const m = tau.length;
  const w: number[] = [];
  let cum = 0;
  let sum = 0;
  for (let k = 0; k < m; k++) {
    if (k > 0) cum += eta - tau[k]!;
    const v = Math.exp(cum);
    w.push(v);
    sum += v;
  }
  let u = rand() * sum;
  for (let k = 0; k < m; k++) {
    u -= w[k]!;
    if (u <= 0) return k;
  }
  return m - 1;
}

export interface Simulated {
  data: RaschData;
  ability: number[];
  severity: number[];
  difficulty: number[];
}

/** Fully crossed design: every rater scores every examinee on every criterion. */
export function simulate(opts: {
  seed: number;
  examinees: number;
  severity: number[];
  difficulty: number[];
  tau: number[];
  abilitySd?: number;
}): Simulated {
  const rand = mulberry32(opts.seed);
  const ability = Array.from(
    { length: opts.examinees },
    () => normal(rand) * (opts.abilitySd ?? 1),
  );
  const R = opts.severity.length;
  const I = opts.difficulty.length;
  const n = opts.examinees * R * I;
  const examinee = new Int32Array(n);
  const rater = new Int32Array(n);
  const criterion = new Int32Array(n);
  const category = new Int32Array(n);
  let x = 0;
  for (let e = 0; e < opts.examinees; e++) {
    for (let r = 0; r < R; r++) {
      for (let i = 0; i < I; i++) {
        examinee[x] = e;
        rater[x] = r;
        criterion[x] = i;
        category[x] = drawCategory(
          ability[e]! - opts.severity[r]! - opts.difficulty[i]!,
          opts.tau,
          rand,
        );
        x++;
      }
    }
  }
  return {
    data: { examinee, rater, criterion, category, nCategories: opts.tau.length },
    ability,
    severity: opts.severity,
    difficulty: opts.difficulty,
  };
}
