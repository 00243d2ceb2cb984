import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runConcord } from '../helpers/cli.js';
import { openTempApp } from '../helpers/workspace.js';
import type { TempApp } from '../helpers/workspace.js';
import { readFacetsData, readFacetsSpec } from '../exchange/facets-reader.js';

const apps: TempApp[] = [];
afterEach(() => {
  for (const app of apps.splice(0)) app.dispose();
});
function demoWorkspace(): TempApp {
  const app = openTempApp();
  apps.push(app);
  app.services.demo.load();
  app.close();
  return app;
}

describe('concord export, sessions, package, backup', () => {
  it('gives each command its --help and lists it in the overview', async () => {
    const overview = await runConcord(['--help']);
    for (const command of ['export', 'sessions', 'package', 'backup']) {
      expect(overview.stdout).toMatch(new RegExp(`^  ${command} `, 'm'));
      const run = await runConcord([command, '--help']);
      expect(run.code, command).toBe(0);
      expect(run.stdout, command).toMatch(new RegExp(`^Usage: concord ${command}`));
    }
  });

  it('lists sessions as a table and as JSON', async () => {
    const app = demoWorkspace();
    const table = await runConcord(['sessions', 'list', '--workspace', app.path]);
    expect(table.code, table.stderr).toBe(0);
    expect(table.stdout.split('\n')[0]).toMatch(/^id\s+date\s+status\s+title$/);
    expect(table.stdout).toMatch(/closed/);
    const json = await runConcord([
      'sessions',
      'list',
      '--workspace',
      app.path,
      '--format',
      'json',
    ]);
    const sessions = JSON.parse(json.stdout) as {
      id: string;
      title: string;
      date: string;
      status: string;
    }[];
    // The demo's three calibration sessions and its October moderation, newest first.
    expect(sessions).toHaveLength(4);
    expect(sessions[0]).toMatchObject({
      status: 'closed',
      date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    });
    expect(table.stdout).toContain(sessions[0]!.id);
  });

  it('writes FACETS as a specification and a data file beside it', async () => {
    const app = demoWorkspace();
    const out = join(app.dir, 'demo.txt');
    // One session's FACETS export: the demo's latest (the list is newest first).
    const list = await runConcord([
      'sessions',
      'list',
      '--workspace',
      app.path,
      '--format',
      'json',
    ]);
    const [latest] = JSON.parse(list.stdout) as { id: string }[];
    const run = await runConcord([
      'export',
      'ratings',
      '--workspace',
      app.path,
      '--format',
      'facets',
      '--session',
      latest!.id,
      '--out',
      out,
    ]);
    expect(run.code, run.stderr).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('Data = demo.data.txt');
    expect(existsSync(join(app.dir, 'demo.data.txt'))).toBe(true);
  });

  it('writes every session in one FACETS run, with a session facet and one alias per person', async () => {
    const app = demoWorkspace();
    const out = join(app.dir, 'drift.txt');
    const run = await runConcord([
      'export',
      'ratings',
      '--workspace',
      app.path,
      '--format',
      'facets',
      '--out',
      out,
    ]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('one alias each, the same in every session');
    const spec = readFacetsSpec(readFileSync(out, 'utf8'));
    expect(spec.dataFile).toBe('drift.data.txt');
    expect(spec.labels.map((b) => b.name)).toEqual(['Samples', 'Raters', 'Criteria', 'Sessions']);
    expect(spec.labels[3]!.elements.size).toBe(4);
    const observations = readFacetsData(
      spec,
      readFileSync(join(app.dir, 'drift.data.txt'), 'utf8'),
    );
    expect(observations.length).toBeGreaterThan(0);
  });

  it('exports the sessions named by --session, repeated', async () => {
    const app = demoWorkspace();
    const list = await runConcord([
      'sessions',
      'list',
      '--workspace',
      app.path,
      '--format',
      'json',
    ]);
    const [a, b] = JSON.parse(list.stdout) as { id: string }[];
    const out = join(app.dir, 'two.csv');
    const run = await runConcord([
      'export',
      'ratings',
      '--workspace',
      app.path,
      '--format',
      'long',
      '--session',
      a!.id,
      '--session',
      b!.id,
      '--out',
      out,
    ]);
    expect(run.code, run.stderr).toBe(0);
    const [header, ...rows] = readFileSync(out, 'utf8').trimEnd().split('\n');
    expect(header).toBe('session,round,sample,rater,criterion,score,session_alias');
    expect(new Set(rows.map((r) => r.split(',')[0]))).toEqual(new Set([a!.id, b!.id]));
    // One session alone keeps the room's aliases and says nothing about them.
    const one = await runConcord([
      'export',
      'ratings',
      '--workspace',
      app.path,
      '--format',
      'long',
      '--session',
      a!.id,
      '--out',
      out,
    ]);
    expect(one.stdout).not.toContain('alias');
    expect(readFileSync(out, 'utf8').split('\n')[0]).toBe(
      'session,round,sample,rater,criterion,score',
    );
  });

  it('prints a one-file export with --out -', async () => {
    const app = demoWorkspace();
    const run = await runConcord([
      'export',
      'ratings',
      '--workspace',
      app.path,
      '--format',
      'wide',
      '--out',
      '-',
    ]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe('session,round,sample,criterion,R1,R2,R3,R4,R5,R6');
  });

  it('exits 2 on a wrong command line and 1 on a missing workspace or session', async () => {
    const app = demoWorkspace();
    const noFormat = await runConcord(['export', 'ratings', '--workspace', app.path, '--out', '-']);
    expect(noFormat.code).toBe(2);
    expect(noFormat.stderr).toContain('--format must be long, wide, facets or json');
    expect((await runConcord(['export', 'grades', '--format', 'long', '--out', '-'])).code).toBe(2);
    expect((await runConcord(['sessions', 'delete', '--workspace', app.path])).code).toBe(2);
    expect((await runConcord(['backup', 'explode', '--workspace', app.path])).code).toBe(2);
    const missing = join(app.dir, 'nope.sqlite');
    const run = await runConcord(['sessions', 'list', '--workspace', missing]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('No workspace at');
    expect(existsSync(missing)).toBe(false);
    const session = await runConcord([
      'export',
      'ratings',
      '--workspace',
      app.path,
      '--session',
      'nope',
      '--format',
      'long',
      '--out',
      '-',
    ]);
    expect(session.code).toBe(1);
    expect(session.stderr).toContain('No session nope');
  });
});
