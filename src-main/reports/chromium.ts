// Printing a report to PDF with a headless Chromium installed on this machine (the CLI and
// browser mode; the app prints with Electron's own Chromium instead).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

/** CONCORD_CHROMIUM when set, else the first Chromium or Chrome on the PATH (or /usr/bin). */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  const chosen = env.CONCORD_CHROMIUM;
  if (chosen !== undefined && chosen !== '') return existsSync(chosen) ? chosen : null;
  const dirs = [...(env.PATH ?? '').split(delimiter).filter((d) => d !== ''), '/usr/bin'];
  for (const name of NAMES) {
    for (const dir of dirs) {
      const path = join(dir, name);
      if (existsSync(path)) return path;
    }
  }
  return null;
}

export const NO_CHROMIUM_MESSAGE =
  'No Chromium is installed here to print the PDF. Install it (Debian/Ubuntu: ' +
  '`apt-get install chromium`), point CONCORD_CHROMIUM at a Chromium or Chrome binary, or ' +
  'write the report as HTML (--out FILE.html) and print that from a browser.';

/** Prints one HTML document to PDF bytes; the temporary profile and files are removed after. */
export async function printWithChromium(
  chromium: string,
  documentHtml: string,
  timeoutMs = 60_000,
): Promise<Uint8Array> {
  const dir = await mkdtemp(join(tmpdir(), 'concord-report-'));
  try {
    const page = join(dir, 'report.html');
    const pdf = join(dir, 'report.pdf');
    await writeFile(page, documentHtml);
    await run(
      chromium,
      [
        '--headless',
        '--no-sandbox',
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
      ],
      timeoutMs,
    );
    if (!existsSync(pdf)) throw new Error(`${chromium} ran but wrote no PDF.`);
    return new Uint8Array(await readFile(pdf));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function run(command: string, args: string[], timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      if (stderr.length < 8000) stderr += chunk.toString();
    });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${command} did not finish printing within ${timeoutMs / 1000} s.`));
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(new Error(`cannot run ${command}: ${error.message}`));
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else reject(new Error(`${command} failed (exit ${code}): ${lastLine(stderr)}`));
    });
  });
}

function lastLine(text: string): string {
  const lines = text.trim().split('\n');
  return lines[lines.length - 1] ?? '';
}
