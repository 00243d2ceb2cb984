// `concord report`: exit codes, an HTML and a PDF report of the demo's finished session, a rater
// report, and a clear refusal when no browser can print.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openApp } from '../../src-main/app.js';
import { setPdfPrinter } from '../../src-main/reports/printer.js';
import { runConcord } from '../helpers/cli.js';
import { tempDir } from '../helpers/workspace.js';

let dir: string;
let workspace: string;
let sessionId: string;
let rater: { personId: string; name: string };
const savedChromium = process.env.CONCORD_CHROMIUM;

beforeAll(() => {
  dir = tempDir();
  workspace = join(dir, 'demo.sqlite');
  const app = openApp(workspace);
  app.services.demo.load();
  // The demo's October meeting (its other sessions are earlier practice rounds).
  sessionId = app.services.sessions
    .list()
    .find((s) => s.title === 'Grade 7 moderation: Harlow Road argument')!.id;
  rater = app.services.sessions.get(sessionId, { role: 'owner' }).raters[1]!;
  app.close();
});
afterEach(() => {
  if (savedChromium === undefined) delete process.env.CONCORD_CHROMIUM;
  else process.env.CONCORD_CHROMIUM = savedChromium;
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const report = (...args: string[]) => runConcord(['report', '--workspace', workspace, ...args]);

describe('concord report', () => {
  it('refuses a wrong command line with exit code 2', async () => {
    expect((await report('--out', 'x.html')).code).toBe(2);
    expect((await report('--session', sessionId)).code).toBe(2);
    expect((await report('--session', sessionId, '--out', 'x.docx')).code).toBe(2);
    expect((await report('--session', sessionId, '--copy', 'all', '--out', 'x.html')).code).toBe(2);
    expect(
      (await report('--session', sessionId, '--rater', rater.personId, '--out', 'x.html')).code,
    ).toBe(2);
  });

  it('fails with exit code 1 for an unknown session', async () => {
    const run = await report('--session', 'nope', '--out', join(dir, 'x.html'));
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('No session nope');
  });

  it('writes the HTML session report (team copy by default)', async () => {
    const out = join(dir, 'team.html');
    const run = await report('--session', sessionId, '--out', out);
    expect(run.code, run.stderr).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('Grade 7 moderation: Harlow Road argument');
    expect(html).not.toContain('flagged for follow-up');
    const owner = join(dir, 'owner.html');
    expect((await report('--session', sessionId, '--copy', 'owner', '--out', owner)).code).toBe(0);
    expect(readFileSync(owner, 'utf8')).toContain('Raters flagged for follow-up');
  });

  it('writes a rater report', async () => {
    const out = join(dir, 'rater.html');
    const run = await report('--rater', rater.personId, '--out', out);
    expect(run.code, run.stderr).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain(`<h1>${rater.name}</h1>`);
    expect(html).toContain('Exact agreement with consensus');
  });

  it('says how to get a report when CONCORD_CHROMIUM points at nothing (exit code 1)', async () => {
    const missing = join(dir, 'no-such-chromium');
    process.env.CONCORD_CHROMIUM = missing;
    const out = join(dir, 'none.pdf');
    const run = await report('--session', sessionId, '--out', out);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`CONCORD_CHROMIUM is set to ${missing}, but there is no program`);
    expect(existsSync(out)).toBe(false);
  });

  it('says how to get a report when no browser can print (exit code 1)', async () => {
    setPdfPrinter(null);
    try {
      const out = join(dir, 'none.pdf');
      const run = await report('--session', sessionId, '--out', out);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('No Chrome, Edge or Chromium was found');
      expect(run.stderr).toContain('--out FILE.html');
      expect(existsSync(out)).toBe(false);
    } finally {
      setPdfPrinter(undefined);
    }
  });

  it.skipIf(!existsSync('/usr/bin/chromium') || !existsSync('/usr/bin/pdfinfo'))(
    'prints the PDF with Chromium (needs /usr/bin/chromium and poppler)',
    async () => {
      process.env.CONCORD_CHROMIUM = '/usr/bin/chromium';
      const out = join(dir, 'report.pdf');
      const run = await report('--session', sessionId, '--out', out);
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toBe(`Wrote ${out} (printed by Chromium, /usr/bin/chromium).\n`);
      expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
      const info = execFileSync('pdfinfo', [out], { encoding: 'utf8' });
      expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBeGreaterThanOrEqual(2);
    },
    60_000,
  );
});
