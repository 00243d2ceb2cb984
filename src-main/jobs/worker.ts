// A worker thread's side of jobs/thread-runner.ts: takes one job at a time and answers with its
// output, its progress, or its error as data.
import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { jobs } from './catalog.js';
import { errorToData } from './errors.js';
import type { JobProgress } from './runner.js';
import type { JobMessage, WorkerMessage, WorkerOptions } from './thread-runner.js';

/** Heavy work yields to the thread answering raters whenever both want the processor. */
const BACKGROUND_NICENESS = 10;

/**
 * Lowers this thread's priority. Linux schedules threads on their own and names this one in
 * /proc/thread-self; elsewhere the call would lower the whole process, so it is left as it is.
 */
function runInBackground(): void {
  if (process.platform !== 'linux') return;
  try {
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (Number.isInteger(tid) && tid > 0) setPriority(tid, BACKGROUND_NICENESS);
  } catch {
    // No /proc, or not allowed: the work still runs, only at normal priority.
  }
}

if ((workerData as Partial<WorkerOptions> | null)?.background !== false) runInBackground();
const port = parentPort;
if (!port) throw new Error('jobs/worker.js runs only as a worker thread.');

port.on('message', (message: JobMessage) => {
  const send = (reply: WorkerMessage) => port.postMessage(reply);
  const progress: JobProgress = (done, total) =>
    send({ type: 'progress', id: message.id, done, total });
  const job = jobs[message.name] as (input: unknown, progress: JobProgress) => unknown;
  Promise.resolve()
    .then(() => job(message.input, progress))
    .then(
      (output) => send({ type: 'done', id: message.id, output }),
      (error: unknown) => send({ type: 'failed', id: message.id, error: errorToData(error) }),
    );
});
