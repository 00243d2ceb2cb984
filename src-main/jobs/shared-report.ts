// An agreement report whose bootstrap replicates are shared among threads: this one and the
// workers of a runner. The figures are exactly computeAgreementReport's (same seed, same
// intervals, same JSON to the byte); only the wall time changes. Small inputs stay in this
// thread, where starting a worker would cost more than it saves.
import { availableParallelism } from 'node:os';
import {
  applyIntervals,
  checkStatKeys,
  columnsFromRatings,
  computeAgreementReport,
  DEFAULT_BOOTSTRAP_REPS,
  DEFAULT_BOOTSTRAP_SEED,
  percentileIntervals,
  POOLED,
  prepare,
  reportForTable,
  STAT_KEYS,
} from '../stats/index.js';
import type {
  AgreementReport,
  CriterionReport,
  Rating,
  RatingsColumns,
  ReplicateBlock,
  ReportOptions,
  StatKey,
  UnitTable,
} from '../stats/index.js';
import type { BootstrapWork, ChunkResult } from './bootstrap-share.js';
import { chunks, computeChunk, planCache, takeShare } from './bootstrap-share.js';
import type { JobRunner } from './runner.js';
import { threadRunner } from './thread-runner.js';

/**
 * Below this much work (replicates x (units + rating pairs), about 1.5 ns each on one core: a
 * tenth of a second) the replicates run here: a worker takes longer than that to start.
 */
export const MIN_SHARED_WORK = 6e7;

export interface Sharing {
  /** Started only when the work is worth it; its jobs take shares of the replicates. */
  runner: () => JobRunner;
  /** How many share jobs go to the runner. */
  shares: number;
  /** Whether this thread takes replicates too (yes in the CLI, not on an event loop). */
  here: boolean;
  /** Work below which everything runs here (default MIN_SHARED_WORK). */
  minWork?: number;
}

/** What one replicate costs on a table, in the units of MIN_SHARED_WORK. */
export function replicateCost(t: UnitTable): number {
  let pairs = 0;
  for (let u = 0; u < t.nUnits; u++) {
    const m = t.unitStart[u + 1]! - t.unitStart[u]!;
    pairs += (m * (m - 1)) / 2;
  }
  return t.nUnits + pairs;
}

export async function sharedAgreementReport(
  input: readonly Rating[] | RatingsColumns,
  options: ReportOptions,
  sharing: Sharing,
): Promise<AgreementReport> {
  const ci = options.ci;
  if (ci?.kind !== 'bootstrap') return computeAgreementReport(input, options);
  const columns = Array.isArray(input)
    ? columnsFromRatings(input as readonly Rating[])
    : (input as RatingsColumns);
  const wanted: StatKey[] = options.stats ? checkStatKeys(options.stats) : [...STAT_KEYS];
  const wantedSet = new Set(wanted);
  // As computeAgreementReport orders units for the bootstrap: the same tables, the same figures.
  const prepared = prepare(columns, options.levels, { orderUnitsById: true });
  const named: [string, UnitTable][] = prepared.criteria.map((c) => [c.id, c.table]);
  if (prepared.pooled) named.push([POOLED, prepared.pooled]);

  const reps = ci.reps ?? DEFAULT_BOOTSTRAP_REPS;
  const tables = named.map(([, t]) => t).filter((t) => t.nUnits > 0);
  const cost = reps * tables.reduce((sum, t) => sum + replicateCost(t), 0);
  const threaded = sharing.shares > 0 && cost >= (sharing.minWork ?? MIN_SHARED_WORK);
  const threads = (threaded ? sharing.shares : 0) + (sharing.here || !threaded ? 1 : 0);
  const work: BootstrapWork = {
    tables,
    wanted,
    reps,
    seed: ci.seed ?? DEFAULT_BOOTSTRAP_SEED,
    threads,
    next: new Int32Array(new SharedArrayBuffer(4)),
  };
  const list = chunks(work);

  // The workers start on their shares while this thread computes the figures themselves.
  const runner = threaded ? sharing.runner() : null;
  const remote = Array.from({ length: runner ? sharing.shares : 0 }, () =>
    runner!.run('bootstrapShare', work).catch((): ChunkResult[] => []),
  );
  const criteria: Record<string, CriterionReport> = {};
  for (const [id, t] of named) criteria[id] = reportForTable(t, wantedSet);
  const done: ChunkResult[] = sharing.here || !threaded ? takeShare(work) : [];
  for (const share of await Promise.all(remote)) done.push(...share);

  // A chunk a failed worker had taken is computed here.
  const have = new Set(done.map((r) => r.chunk));
  const plan = planCache(work);
  for (let chunk = 0; chunk < list.length; chunk++) {
    if (!have.has(chunk)) done.push(computeChunk(work, list, chunk, plan));
  }

  const byTable = tables.map(() => ({
    paths: [] as readonly string[],
    blocks: [] as ReplicateBlock[],
  }));
  for (const r of done) {
    const entry = byTable[list[r.chunk]!.table]!;
    entry.paths = r.paths;
    entry.blocks.push(r.block);
  }
  for (const [id, t] of named) {
    const at = tables.indexOf(t);
    if (at < 0) continue;
    const { paths, blocks } = byTable[at]!;
    applyIntervals(criteria[id]!.statistics, percentileIntervals(paths, blocks));
  }
  return { levels: prepared.levels, criteria };
}

/** Replicates shared by this thread and workers started ahead of the work. */
export interface Cores {
  report(
    input: readonly Rating[] | RatingsColumns,
    options: ReportOptions,
  ): Promise<AgreementReport>;
  /** Stops the workers (at once when nothing runs). */
  close(): Promise<void>;
}

/**
 * For `concord stats`, which answers nobody while it computes: a worker for each other core (up
 * to four cores in all) at normal priority, started now and loading the engine while this thread
 * reads the ratings; the report then shares its replicates between them and this thread.
 */
export function startCores(): Cores {
  const shares = Math.min(availableParallelism(), 4) - 1;
  const runner = shares > 0 ? threadRunner({ size: shares, background: false }) : null;
  if (runner) {
    // A share of no work starts a worker and loads the engine there.
    const nothing: BootstrapWork = {
      tables: [],
      wanted: [],
      reps: 0,
      seed: 0,
      threads: 1,
      next: new Int32Array(new SharedArrayBuffer(4)),
    };
    for (let i = 0; i < shares; i++) runner.run('bootstrapShare', nothing).catch(() => []);
  }
  return {
    report: (input, options) =>
      sharedAgreementReport(input, options, {
        runner: () => runner!,
        shares: runner ? shares : 0,
        here: true,
      }),
    close: async () => runner?.close(),
  };
}
