// Starts `concord serve` on a fresh workspace and waits for the owner address it prints.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface ServedApp {
  /** The owner address, token in the hash: http://127.0.0.1:PORT/#/?token=... */
  url: string;
  origin: string;
  token: string;
  workspace: string;
  stop(): Promise<void>;
}

const OWNER_URL = /http:\/\/127\.0\.0\.1:\d+\/#\/\?token=[A-Za-z0-9_-]+/;
const START_TIMEOUT_MS = 30_000;
const ROOT = path.resolve(import.meta.dirname, '../..');
// Another build of the command can be tested by pointing this at its bin/concord.js.
const CONCORD_BIN = process.env.CONCORD_E2E_BIN ?? path.join(ROOT, 'bin/concord.js');

export async function serveConcord(options: { demo?: boolean } = {}): Promise<ServedApp> {
  const dir = mkdtempSync(path.join(tmpdir(), 'concord-e2e-'));
  const workspace = path.join(dir, 'ws.concord');
  const args = [CONCORD_BIN, 'serve', '--workspace', workspace, '--port', '0'];
  if (options.demo) args.push('--demo');
  const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });

  let url: string;
  try {
    url = await ownerUrl(child);
  } catch (error) {
    child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  const parsed = new URL(url);
  const token = new URLSearchParams(parsed.hash.slice(parsed.hash.indexOf('?') + 1)).get('token');
  return {
    url,
    origin: parsed.origin,
    token: token ?? '',
    workspace,
    stop: async () => {
      await stopProcess(child);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function ownerUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(
      () => fail(`concord serve printed no address in ${START_TIMEOUT_MS} ms`),
      START_TIMEOUT_MS,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = OWNER_URL.exec(output);
      if (!match) return;
      cleanup();
      resolve(match[0]);
    };
    const onExit = (code: number | null) => fail(`concord serve exited early (code ${code})`);
    const fail = (why: string) => {
      cleanup();
      reject(new Error(`${why}. Its output:\n${output}`));
    };
    const cleanup = () => {
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      child.stderr?.off('data', onData);
      child.off('exit', onExit);
      // Keep draining the pipes so a chatty server never blocks on a full buffer.
      child.stdout?.resume();
      child.stderr?.resume();
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', onExit);
  });
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
