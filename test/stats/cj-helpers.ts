// Seeded comparative judgement data for the CJ tests: simulated judges, and the R reference files.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { seededRandom } from '../../src-main/domain/order.js';
import type { Judgement } from '../../src-main/stats/cj-types.js';

/** Standard normal by Box-Muller. */
export function normal(random: () => number): number {
  const u = Math.max(random(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

export interface Simulated {
  samples: string[];
  /** True abilities, centred to mean 0. */
  truth: Map<string, number>;
  judgements: Judgement[];
}

export interface SimulationOptions {
  seed: number;
  samples: number;
  /** Spread of the true abilities (logits). */
  sd: number;
  judges: number;
  perJudge: number;
  /**
   * How each judge (0-based) chooses: the Bradley-Terry probability on `slope` times the ability
   * difference. 1: as the model; 0: coin tosses; negative: the worse sample mostly. Default 1.
   */
  slope?: (judge: number) => number;
}

/** Ids sort in the order they are made: "S01", "J07". */
const id = (prefix: string, k: number, n: number): string =>
  `${prefix}${String(k + 1).padStart(String(n).length, '0')}`;

/** Random pairs of distinct samples, a random side each, chosen with each judge's slope. */
export function simulate(o: SimulationOptions): Simulated {
  const random = seededRandom(o.seed);
  const samples = Array.from({ length: o.samples }, (_, k) => id('S', k, o.samples));
  const raw = samples.map(() => o.sd * normal(random));
  const mean = raw.reduce((s, v) => s + v, 0) / raw.length;
  const truth = new Map(samples.map((s, k) => [s, raw[k]! - mean]));
  const judgements: Judgement[] = [];
  for (let j = 0; j < o.judges; j++) {
    const judge = id('J', j, o.judges);
    const slope = o.slope ? o.slope(j) : 1;
    for (let k = 0; k < o.perJudge; k++) {
      const l = Math.floor(random() * o.samples);
      let r = Math.floor(random() * (o.samples - 1));
      if (r >= l) r++;
      const left = samples[l]!;
      const right = samples[r]!;
      const pLeft = 1 / (1 + Math.exp(-slope * (truth.get(left)! - truth.get(right)!)));
      const winner = random() < pLeft ? left : right;
      judgements.push({ judge, left, right, winner, ms: Math.round(3000 + 9000 * random()) });
    }
  }
  return { samples, truth, judgements };
}

/** Pearson's correlation, written apart from src-main/stats/pearson.ts: the tests' own check of it. */
export function pearson(x: readonly number[], y: readonly number[]): number {
  const n = x.length;
  const mx = x.reduce((s, v) => s + v, 0) / n;
  const my = y.reduce((s, v) => s + v, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let k = 0; k < n; k++) {
    sxy += (x[k]! - mx) * (y[k]! - my);
    sxx += (x[k]! - mx) ** 2;
    syy += (y[k]! - my) ** 2;
  }
  return sxy / Math.sqrt(sxx * syy);
}

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'cj');

/** A judgement CSV of test/fixtures/cj (session,judge,left,right,winner,ms; no quoting). */
export function readJudgements(name: string): Judgement[] {
  const lines = readFileSync(join(FIXTURES, `${name}.csv`), 'utf8')
    .trim()
    .split(/\r?\n/);
  if (lines[0] !== 'session,judge,left,right,winner,ms') throw new Error(`${name}.csv: header`);
  return lines.slice(1).map((line) => {
    const [, judge, left, right, winner, ms] = line.split(',');
    return {
      judge: judge!,
      left: left!,
      right: right!,
      winner: winner!,
      ms: ms === undefined || ms === '' ? null : Number(ms),
    };
  });
}

/** What scripts/r/cj-reference.R wrote for a data set (see its header). */
export interface RReference {
  samples: string[];
  ability: number[];
  se: number[];
  log_likelihood: number;
  reference?: string;
  ability_vs_reference?: number[];
  se_vs_reference?: number[];
  adjusted?: Record<string, string>;
  layers?: string[][];
  core_samples?: string[];
  core_ability?: number[];
  core_se?: number[];
}

export function readReference(name: string): RReference {
  return JSON.parse(readFileSync(join(FIXTURES, `${name}.json`), 'utf8')) as RReference;
}
