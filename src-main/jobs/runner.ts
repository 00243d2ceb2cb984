// Heavy work that must not stall the event loop answering raters: each job is a pure function
// (jobs/catalog.ts) that a runner carries out, in worker threads in the app and `concord serve`
// (jobs/thread-runner.ts), or in this thread where nobody else is waiting (the CLI, tests).
import type { JobInput, JobName, JobOutput } from './catalog.js';

/** How far a job has got, e.g. 3 of 7 pages. */
export type JobProgress = (done: number, total: number) => void;

export interface JobRunner {
  run<N extends JobName>(
    name: N,
    input: JobInput<N>,
    onProgress?: JobProgress,
  ): Promise<JobOutput<N>>;
  /** Stops the workers; jobs under way are refused. */
  close(): Promise<void>;
}

/** Runs each job in this thread, one turn of the event loop later. */
export function inlineRunner(): JobRunner {
  return {
    async run(name, input, onProgress) {
      const { jobs } = await import('./catalog.js');
      await new Promise((resolve) => setImmediate(resolve));
      const job = jobs[name] as (input: unknown, progress: JobProgress) => unknown;
      return (await job(input, onProgress ?? (() => undefined))) as JobOutput<typeof name>;
    },
    close: () => Promise.resolve(),
  };
}
