// Jobs in worker threads: the event loop that answers raters only hands the work over and gets
// the answer back. Workers start on first use, take one job at a time, run at a lower priority
// than the room (worker.ts), and are replaced if one dies.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { JobInput, JobName, JobOutput } from './catalog.js';
import type { ErrorData } from './errors.js';
import { errorFromData } from './errors.js';
import type { JobProgress, JobRunner } from './runner.js';

/** A message from a worker about the job it runs. */
export type WorkerMessage =
  | { type: 'progress'; id: number; done: number; total: number }
  | { type: 'done'; id: number; output: unknown }
  | { type: 'failed'; id: number; error: ErrorData };

/** What a worker is asked to do. */
export interface JobMessage {
  id: number;
  name: JobName;
  input: unknown;
}

interface Pending {
  message: JobMessage;
  onProgress: JobProgress | undefined;
  resolve(output: unknown): void;
  reject(error: Error): void;
}

/**
 * Two workers at least, so a long import never holds up the results a team is waiting for; no
 * more than the processors can run beside the thread answering raters.
 */
export function workerCount(): number {
  return Math.max(2, Math.min(4, availableParallelism() - 1));
}

/** worker.js beside this module, where both builds (tsc and the Electron bundle) put it. */
export function defaultWorkerEntry(): URL {
  return new URL('./worker.js', import.meta.url);
}

/** What a worker is told when it starts. */
export interface WorkerOptions {
  /** Lower the thread's priority below the room's (the app, `concord serve`). */
  background: boolean;
}

export function threadRunner(options: {
  size: number;
  entry?: URL;
  /**
   * Default true: the work yields to the thread answering raters. The CLI, which answers
   * nobody while it waits, runs its workers at its own priority.
   */
  background?: boolean;
}): JobRunner {
  const entry = options.entry ?? defaultWorkerEntry();
  const workerData: WorkerOptions = { background: options.background ?? true };
  const idle: Worker[] = [];
  const busy = new Map<Worker, Pending>();
  const queue: Pending[] = [];
  let workers = 0;
  let nextId = 1;
  let closed = false;

  const start = (): Worker => {
    const worker = new Worker(entry, { workerData });
    workers++;
    worker.on('message', (message: WorkerMessage) => {
      const job = busy.get(worker);
      if (!job || job.message.id !== message.id) return;
      if (message.type === 'progress') {
        job.onProgress?.(message.done, message.total);
        return;
      }
      busy.delete(worker);
      if (message.type === 'done') job.resolve(message.output);
      else job.reject(errorFromData(message.error));
      release(worker);
    });
    // A worker that dies (out of memory, a native crash) fails its job, never the process.
    worker.on('error', (error) => lost(worker, error));
    worker.on('exit', (code) => lost(worker, new Error(`the worker stopped (exit ${code})`)));
    return worker;
  };

  const lost = (worker: Worker, error: Error) => {
    const job = busy.get(worker);
    busy.delete(worker);
    const at = idle.indexOf(worker);
    if (at >= 0) idle.splice(at, 1);
    if (!job && at < 0) return;
    workers--;
    job?.reject(new Error(`The work could not be finished: ${error.message}`));
    void worker.terminate();
    pump();
  };

  const release = (worker: Worker) => {
    // An idle worker must not keep the process alive (the CLI exits when it is done).
    worker.unref();
    idle.push(worker);
    pump();
  };

  const pump = () => {
    while (queue.length > 0 && !closed) {
      const worker = idle.pop() ?? (workers < options.size ? start() : undefined);
      if (!worker) return;
      const job = queue.shift()!;
      busy.set(worker, job);
      worker.ref();
      worker.postMessage(job.message);
    }
  };

  return {
    run<N extends JobName>(
      name: N,
      input: JobInput<N>,
      onProgress?: JobProgress,
    ): Promise<JobOutput<N>> {
      if (closed) return Promise.reject(new Error('The job runner is closed.'));
      return new Promise((resolve, reject) => {
        queue.push({
          message: { id: nextId++, name, input },
          onProgress,
          resolve: resolve as (output: unknown) => void,
          reject,
        });
        pump();
      });
    },

    async close() {
      closed = true;
      for (const job of queue.splice(0)) job.reject(new Error('The job runner is closed.'));
      const all = [...idle, ...busy.keys()];
      for (const job of busy.values()) job.reject(new Error('The job runner is closed.'));
      busy.clear();
      idle.length = 0;
      await Promise.all(all.map((w) => w.terminate()));
    },
  };
}
