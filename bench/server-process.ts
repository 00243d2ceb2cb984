// The room server of the benchmarks in its own process (bench/meeting-server.ts), as in a real
// meeting where the load comes from other machines. Shared by the meeting and soak benchmarks.
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

export interface MemorySample {
  /** Resident set size of the server process, bytes. */
  rss: number;
  /** V8 heap in use after a full garbage collection, bytes: what the server really holds. */
  heapUsed: number;
}

export interface ServerProcess {
  port: number;
  pid: number;
  /** Asks the server for its memory (after a full GC); the server answers over its IPC channel. */
  memory(): Promise<MemorySample>;
  stop(): Promise<void>;
}

export async function startServerProcess(
  workspace: string,
  ownerToken: string,
): Promise<ServerProcess> {
  const child = spawn(
    process.execPath,
    [...serverFlags(), '--expose-gc', join(here, 'meeting-server.js'), workspace, ownerToken],
    { stdio: ['ignore', 'pipe', 'inherit', 'ipc'] },
  );
  const port = await new Promise<number>((resolve, reject) => {
    let seen = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const match = /PORT (\d+)/.exec(seen);
      if (match) resolve(Number(match[1]));
    });
    child.on('exit', (code) => reject(new Error(`room server exited with ${code}`)));
  });
  return {
    port,
    pid: child.pid!,
    memory: () =>
      new Promise<MemorySample>((resolve) => {
        child.once('message', (message) => resolve(message as MemorySample));
        child.send('memory');
      }),
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/**
 * Node options for the server process from BENCH_SERVER_FLAGS, so its side can be profiled:
 * `BENCH_SERVER_FLAGS="--cpu-prof --cpu-prof-dir=/tmp/prof" npm run bench -- meeting`.
 */
function serverFlags(): string[] {
  return (process.env.BENCH_SERVER_FLAGS ?? '').split(' ').filter(Boolean);
}
