// Concord as separate processes, as teachers run it: `concord serve` (to kill, restart, load)
// and `concord <command>` beside it. Both run the built CLI (`npm run build`), like the e2e tests.
import { spawn } from 'node:child_process';
import { chownSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const concordBin = `${root}bin/concord.js`;

/** Throws with what to do when the CLI or the renderer has not been built. */
export function requireBuild(): void {
  for (const built of ['out/node/src-main/cli/main.js', 'out/renderer']) {
    if (!existsSync(`${root}${built}`)) {
      throw new Error(`${built} is missing: run \`npm run build\` before these tests.`);
    }
  }
}

/** Another user than the one running the tests, for permission tests when they run as root. */
export interface RunAs {
  uid: number;
  gid: number;
}

/** Root ignores file permissions; the read-only tests then run Concord as `nobody`. */
export function unprivilegedUser(): RunAs | undefined {
  return process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : undefined;
}

/** Hands a folder (and files in it) to the user Concord will run as. */
export function giveTo(paths: string[], user: RunAs | undefined): void {
  if (user) for (const path of paths) chownSync(path, user.uid, user.gid);
}

export interface ServeProcess {
  port: number;
  ownerToken: string;
  pid: number;
  /** Everything it printed so far, stdout and stderr. */
  output(): string;
  /** SIGKILL: no handler runs, nothing is flushed or closed. Resolves once it is gone. */
  kill(): Promise<void>;
  /** SIGTERM: the orderly stop of Ctrl+C. */
  stop(): Promise<void>;
}

const READY = /Concord is ready: http:\/\/127\.0\.0\.1:(\d+)\/#\/\?token=([\w-]+)/;

export async function startServe(workspace: string, user?: RunAs): Promise<ServeProcess> {
  const child = spawn(
    process.execPath,
    [concordBin, 'serve', '--workspace', workspace, '--port', '0'],
    { stdio: ['ignore', 'pipe', 'pipe'], ...user },
  );
  let output = '';
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const ready = await new Promise<RegExpExecArray>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`concord serve not ready:\n${output}`)),
      20_000,
    );
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = READY.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match);
      }
    });
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`concord serve exited before it was ready:\n${output}`));
    });
  });
  const signal = (name: NodeJS.Signals) => {
    child.kill(name);
    return exited;
  };
  return {
    port: Number(ready[1]),
    ownerToken: ready[2]!,
    pid: child.pid!,
    output: () => output,
    kill: () => signal('SIGKILL'),
    stop: () => signal('SIGTERM'),
  };
}

export interface ConcordRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `concord <args>` in its own process, as a teacher would type it beside a running server. */
export function runConcordProcess(args: string[], user?: RunAs): Promise<ConcordRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [concordBin, ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
      ...user,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
