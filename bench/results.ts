// `npm run bench -- results`: the results page's api answer for the demo's moderation session
// (8 samples x 6 raters x 4 criteria, 1,000 bootstrap replicates per criterion and pooled), as
// the app serves it: through the dispatcher, the figures computed in the app's worker threads.
//   first view, new workers: a fresh app on a copy of the demo workspace, so the workers start
//     and load the engine for this view (the first results view after the app opens);
//   first view, workers started: the same, the workers already started with the engine loaded
//     (what starting them with the app would give);
//   first view, running workers: a fresh app (nothing cached) whose workers have already served
//     a view (what a view costs after the scores changed);
//   repeated view: the figures from the cache (scores, phase and round unchanged).
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dispatch } from '../src-main/api/dispatcher.js';
import { openApp } from '../src-main/app.js';
import type { OpenedApp } from '../src-main/app.js';
import type { JobRunner } from '../src-main/jobs/runner.js';
import { threadRunner, workerCount } from '../src-main/jobs/thread-runner.js';
import type { BenchSuite } from './suite.js';
import { median } from './suite.js';

const OWNER = { role: 'owner' } as const;
const RUNS = 7;
const REPEATS = 20;
const FIRST_TARGET_MS = 500;
const REPEAT_TARGET_MS = 100;

/** The demo workspace, written once; each run opens a copy of it. */
function demoWorkspace(dir: string): { path: string; sessionId: string } {
  const path = join(dir, 'demo.sqlite');
  const app = openApp(path);
  try {
    app.services.demo.load();
    // The finished moderation session: the demo's most recent.
    const [latest] = [...app.services.sessions.list()].sort((a, b) =>
      b.heldOn.localeCompare(a.heldOn),
    );
    if (!latest) throw new Error('the demo holds no session');
    return { path, sessionId: latest.id };
  } finally {
    app.close();
  }
}

async function view(app: OpenedApp, sessionId: string): Promise<number> {
  const t = performance.now();
  const answer = await dispatch(app.services, OWNER, 'results.session', { sessionId });
  const ms = performance.now() - t;
  if (!answer.ok) throw new Error(`results.session failed: ${JSON.stringify(answer)}`);
  return ms;
}

const fmt = (ms: number) => `${ms.toFixed(1)} ms`;

export const resultsSuite: BenchSuite = {
  name: 'results',
  description: "the results page's api answer for the demo session, first and repeated",
  async run() {
    const dir = mkdtempSync(join(tmpdir(), 'concord-bench-results-'));
    try {
      const demo = demoWorkspace(dir);
      const open = (run: string, jobs: JobRunner): OpenedApp => {
        const copy = join(dir, `run-${run}.sqlite`);
        copyFileSync(demo.path, copy);
        return openApp(copy, { jobs });
      };
      const cold: number[] = [];
      const warm: number[] = [];
      const repeated: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        const jobs = threadRunner({ size: workerCount() });
        const app = open(`cold-${run}`, jobs);
        try {
          cold.push(await view(app, demo.sessionId));
          for (let i = 0; i < REPEATS; i++) repeated.push(await view(app, demo.sessionId));
        } finally {
          app.close();
          await jobs.close();
        }
      }
      // Workers started and the engine loaded (a tiny report without intervals), nothing more.
      const started: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        const jobs = threadRunner({ size: workerCount() });
        const tiny = [
          { sample: 'a', rater: 'x', criterion: 'c', score: 1 },
          { sample: 'a', rater: 'y', criterion: 'c', score: 2 },
        ];
        await Promise.all(
          Array.from({ length: workerCount() }, () =>
            jobs.run('agreementReport', { ratings: tiny, options: { levels: [1, 2] } }),
          ),
        );
        const app = open(`started-${run}`, jobs);
        try {
          started.push(await view(app, demo.sessionId));
        } finally {
          app.close();
          await jobs.close();
        }
      }
      const jobs = threadRunner({ size: workerCount() });
      try {
        for (let run = -1; run < RUNS; run++) {
          const app = open(`warm-${run}`, jobs);
          try {
            const ms = await view(app, demo.sessionId);
            // Run -1 only starts the workers.
            if (run >= 0) warm.push(ms);
          } finally {
            app.close();
          }
        }
      } finally {
        await jobs.close();
      }
      const first = median(cold);
      const again = median(repeated);
      console.log(
        `results.session, demo moderation session (${workerCount()} workers): medians` +
          `\n  first view, new workers      ${fmt(first)} (${RUNS} runs; target <= ${FIRST_TARGET_MS} ms)` +
          `  ${first <= FIRST_TARGET_MS ? 'OK' : 'MISSED'}` +
          `\n  first view, workers started  ${fmt(median(started))} (${RUNS} runs; engine loaded, not yet run)` +
          `\n  first view, running workers  ${fmt(median(warm))} (${RUNS} runs)` +
          `\n  repeated view                ${fmt(again)} (${repeated.length} views; target <= ${REPEAT_TARGET_MS} ms)` +
          `  ${again <= REPEAT_TARGET_MS ? 'OK' : 'MISSED'}`,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
