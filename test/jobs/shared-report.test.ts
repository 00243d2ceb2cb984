// Bootstrap replicates shared among threads: in this thread alone, with one worker, with two,
// with or without this thread's help, and with a worker that dies, the report is the engine's to
// the byte. The workers run the build (npm run build:node).
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chunks } from '../../src-main/jobs/bootstrap-share.js';
import type { JobRunner } from '../../src-main/jobs/runner.js';
import { sharedAgreementReport } from '../../src-main/jobs/shared-report.js';
import type { Sharing } from '../../src-main/jobs/shared-report.js';
import { threadRunner } from '../../src-main/jobs/thread-runner.js';
import { computeAgreementReport, prepare, columnsFromRatings } from '../../src-main/stats/index.js';
import type { ReportOptions } from '../../src-main/stats/index.js';
import { randomRatings } from '../stats/helpers.js';

const BUILT_WORKER = new URL('../../out/node/src-main/jobs/worker.js', import.meta.url);

const runners: JobRunner[] = [];
afterAll(() => Promise.all(runners.map((r) => r.close())));
beforeAll(() => {
  if (!existsSync(BUILT_WORKER)) throw new Error('Build first: npm run build:node (no worker.js).');
});

/** A runner of `size` workers that counts the chunks its jobs brought back. */
function counted(size: number, entry = BUILT_WORKER) {
  const runner = threadRunner({ size, entry, background: false });
  runners.push(runner);
  const seen = { chunks: 0, jobs: 0 };
  const wrapped: JobRunner = {
    run(name, input, onProgress) {
      seen.jobs++;
      return runner.run(name, input, onProgress).then((out) => {
        if (Array.isArray(out)) seen.chunks += out.length;
        return out;
      });
    },
    close: () => runner.close(),
  };
  return { runner: wrapped, seen };
}

// Three criteria (so pooled too), one of them with a rater missing most samples.
const ratings = [
  ...randomRatings(17, 60, 7, 4, 0.2, 2),
  ...randomRatings(18, 45, 5, 4, 0.6).map((r) => ({ ...r, criterion: 'sparse' })),
];
const options: ReportOptions = {
  levels: [1, 2, 3, 4],
  ci: { kind: 'bootstrap', reps: 300, seed: 77 },
};
const expected = JSON.stringify(computeAgreementReport(ratings, options));

async function shared(sharing: Sharing, opts: ReportOptions = options) {
  return JSON.stringify(await sharedAgreementReport(ratings, opts, sharing));
}

describe('a report whose replicates threads share', () => {
  it('is the same computed here alone', async () => {
    let started = false;
    const none = () => {
      started = true;
      return counted(1).runner;
    };
    expect(await shared({ runner: none, shares: 0, here: true })).toBe(expected);
    // Too little work for a thread: the runner is never started.
    expect(await shared({ runner: none, shares: 2, here: true })).toBe(expected);
    expect(started).toBe(false);
  });

  it('is the same from one worker and from two, with or without this thread', async () => {
    for (const [size, here] of [
      [1, false],
      [2, false],
      [2, true],
    ] as const) {
      const { runner, seen } = counted(size);
      const got = await shared({ runner: () => runner, shares: size, here, minWork: 0 });
      expect(got).toBe(expected);
      expect(seen.jobs).toBe(size);
      // Without this thread's help the workers computed every chunk.
      if (!here) expect(seen.chunks).toBe(chunks({ ...work(), threads: size }).length);
    }
  });

  it('is the same for chosen statistics and a seed of its own', async () => {
    const opts: ReportOptions = {
      levels: [1, 2, 3, 4],
      stats: ['cohen_kappa', 'exact_agreement', 'krippendorff_alpha'],
      ci: { kind: 'bootstrap', reps: 101, seed: 5 },
    };
    const { runner } = counted(2);
    expect(await shared({ runner: () => runner, shares: 2, here: false, minWork: 0 }, opts)).toBe(
      JSON.stringify(computeAgreementReport(ratings, opts)),
    );
  });

  it('is the same when a worker dies: its chunks are computed here', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'concord-share-'));
    try {
      const dying = join(dir, 'dying.mjs');
      writeFileSync(
        dying,
        "import { parentPort } from 'node:worker_threads';\nparentPort.on('message', () => process.exit(3));\n",
      );
      const { runner } = counted(1, pathToFileURL(dying));
      expect(await shared({ runner: () => runner, shares: 1, here: false, minWork: 0 })).toBe(
        expected,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

function work() {
  const p = prepare(columnsFromRatings(ratings), [1, 2, 3, 4], { orderUnitsById: true });
  const tables = [...p.criteria.map((c) => c.table), p.pooled!];
  return { tables, wanted: [], reps: 300, seed: 77, threads: 1 };
}

describe('chunks', () => {
  it('cover every replicate of every table once, in order', () => {
    for (const threads of [1, 2, 3, 7]) {
      const w = { ...work(), threads };
      const list = chunks(w);
      w.tables.forEach((_, table) => {
        const own = list.filter((c) => c.table === table);
        expect(own[0]!.from).toBe(0);
        own.forEach((c, i) => {
          expect(c.to).toBeGreaterThan(c.from);
          if (i > 0) expect(c.from).toBe(own[i - 1]!.to);
        });
        expect(own.at(-1)!.to).toBe(300);
      });
    }
  });
});
