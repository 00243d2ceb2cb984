// One thread's share of a report's bootstrap replicates. The replicates of every table are cut
// into chunks; each thread (the caller's and the workers') takes the next chunk from a counter
// in shared memory until none is left, so a thread that starts late or runs slowly simply takes
// fewer. Which thread computes a chunk changes nothing: replicate r's values depend only on the
// table, the seed and r (stats/bootstrap.ts).
// The bootstrap module alone, not the whole engine: a worker loads it in a third of the time.
import { tableBootstrapPlan } from '../stats/bootstrap.js';
import type { BootstrapPlan, ReplicateBlock, StatKey, UnitTable } from '../stats/index.js';

/** Chunks per thread and table: small enough to even out, large enough to cost nothing. */
const CHUNKS_PER_THREAD = 16;

export interface BootstrapWork {
  /** The tables with units (criteria, then pooled), as `prepare` ordered them for the bootstrap. */
  tables: UnitTable[];
  wanted: StatKey[];
  reps: number;
  seed: number;
  /** How many threads share the work: sets the chunk size. */
  threads: number;
  /** The next chunk to take, over a SharedArrayBuffer every thread sees. */
  next: Int32Array;
}

export interface Chunk {
  table: number;
  from: number;
  to: number;
}

export interface ChunkResult {
  /** Index into `chunks(work)`. */
  chunk: number;
  /** The table's statistic paths, in the order of `block.values`. */
  paths: readonly string[];
  block: ReplicateBlock;
}

/** The chunks of the work, table by table, the same list in every thread. */
export function chunks(work: Omit<BootstrapWork, 'next'>): Chunk[] {
  const size = Math.max(1, Math.ceil(work.reps / (work.threads * CHUNKS_PER_THREAD)));
  const out: Chunk[] = [];
  work.tables.forEach((_, table) => {
    for (let from = 0; from < work.reps; from += size) {
      out.push({ table, from, to: Math.min(work.reps, from + size) });
    }
  });
  return out;
}

/** The plans this thread has made, one per table, made when first needed. */
export function planCache(work: Omit<BootstrapWork, 'next'>): (table: number) => BootstrapPlan {
  const plans = new Map<number, BootstrapPlan>();
  return (table) => {
    let plan = plans.get(table);
    if (!plan) {
      plan = tableBootstrapPlan(work.tables[table]!, work.wanted);
      plans.set(table, plan);
    }
    return plan;
  };
}

/** One chunk's replicates. */
export function computeChunk(
  work: Omit<BootstrapWork, 'next'>,
  list: readonly Chunk[],
  chunk: number,
  plan: (table: number) => BootstrapPlan,
): ChunkResult {
  const c = list[chunk]!;
  const p = plan(c.table);
  return { chunk, paths: p.paths, block: p.replicates(work.seed, c.from, c.to) };
}

/** Takes chunks until none is left; returns the ones this thread computed. */
export function takeShare(work: BootstrapWork): ChunkResult[] {
  const list = chunks(work);
  const plan = planCache(work);
  const done: ChunkResult[] = [];
  for (;;) {
    const chunk = Atomics.add(work.next, 0, 1);
    if (chunk >= list.length) return done;
    done.push(computeChunk(work, list, chunk, plan));
  }
}
