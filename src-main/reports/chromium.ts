// Printing a report to PDF with a headless Chrome, Edge or Chromium installed on this machine
// (the CLI and browser mode; the app prints with Electron's own Chromium instead).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { noBrowserMessage } from './browser-finder.js';
import { currentUid, isSandboxFailure, sandboxForbidden } from './chromium-sandbox.js';

export const NO_CHROMIUM_MESSAGE = noBrowserMessage(process.platform);

export interface PrintOptions {
  timeoutMs?: number;
  /** Start without the sandbox; by default only where the platform forbids it (chromium-sandbox.ts). */
  noSandbox?: boolean;
  /** Told what the user should know about how it printed; by default the log (console.warn). */
  onNote?: (message: string) => void;
}

/** Browsers whose sandbox failed to start in this process: they print without it from then on. */
const sandboxFailed = new Set<string>();

/** Prints one HTML document to PDF bytes; the temporary profile and files are removed after. */
export async function printWithChromium(
  chromium: string,
  documentHtml: string,
  options: PrintOptions = {},
): Promise<Uint8Array> {
  const timeoutMs = options.timeoutMs ?? 60_000;
  const note = options.onNote ?? ((message: string) => console.warn(message));
  const dir = await mkdtemp(join(tmpdir(), 'concord-report-'));
  try {
    const page = join(dir, 'report.html');
    await writeFile(page, documentHtml);
    const noSandbox =
      options.noSandbox ??
      (sandboxForbidden(process.platform, currentUid()) || sandboxFailed.has(chromium));
    const first = await printOnce(chromium, page, join(dir, 'first'), noSandbox, timeoutMs);
    if (first.ok) return first.pdf;
    if (noSandbox || !isSandboxFailure(first.stderr)) throw new Error(first.error);
    note(
      `${chromium} could not start its sandbox on this computer (${lastLine(first.stderr)}); ` +
        'printing again without it.',
    );
    sandboxFailed.add(chromium);
    const second = await printOnce(chromium, page, join(dir, 'second'), true, timeoutMs);
    if (second.ok) return second.pdf;
    throw new Error(second.error);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

type Attempt = { ok: true; pdf: Uint8Array } | { ok: false; error: string; stderr: string };

/** One run of the browser, in a profile folder of its own so that a retry starts clean. */
async function printOnce(
  chromium: string,
  page: string,
  dir: string,
  noSandbox: boolean,
  timeoutMs: number,
): Promise<Attempt> {
  const pdf = `${dir}.pdf`;
  const args = [
    '--headless',
    ...(noSandbox ? ['--no-sandbox'] : []),
    '--disable-gpu',
    '--disable-extensions',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--no-default-browser-check',
    `--user-data-dir=${join(dir, 'profile')}`,
    `--print-to-pdf=${pdf}`,
    '--no-pdf-header-footer',
    pathToFileURL(page).href,
  ];
  const run = await runBrowser(chromium, args, timeoutMs);
  if (run.error !== null) return { ok: false, error: run.error, stderr: run.stderr };
  if (!existsSync(pdf)) {
    return { ok: false, error: `${chromium} ran but wrote no PDF.`, stderr: run.stderr };
  }
  return { ok: true, pdf: new Uint8Array(await readFile(pdf)) };
}

interface Run {
  /** null when the browser exited cleanly. */
  error: string | null;
  stderr: string;
}

function runBrowser(command: string, args: string[], timeoutMs: number): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      if (stderr.length < 8000) stderr += chunk.toString();
    });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      resolve({
        error: `${command} did not finish printing within ${timeoutMs / 1000} s.`,
        stderr,
      });
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ error: `cannot run ${command}: ${error.message}`, stderr });
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      const settle = () => {
        if (code === 0) return resolve({ error: null, stderr });
        const how = code === null ? `signal ${signal}` : `exit ${code}`;
        resolve({ error: `${command} failed (${how}): ${lastLine(stderr)}`, stderr });
      };
      // The last lines (where Chromium says why it stopped) may still be on their way; a
      // helper process that keeps the pipe open must not hold the answer back for long.
      if (child.stderr.readableEnded) return settle();
      const wait = setTimeout(settle, 500);
      child.stderr.once('end', () => {
        clearTimeout(wait);
        settle();
      });
    });
  });
}

function lastLine(text: string): string {
  const lines = text.trim().split('\n');
  return lines[lines.length - 1] ?? '';
}
