import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createStore, openWorkspace } from '../../src-main/store/index.js';
import { runConcord } from '../helpers/cli.js';
import { tempDir } from '../helpers/workspace.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function workspacePath(): string {
  const dir = tempDir();
  dirs.push(dir);
  return join(dir, 'school.sqlite');
}

describe('concord', () => {
  it('lists its commands with --help and exits 0', async () => {
    const run = await runConcord(['--help']);
    expect(run.code).toBe(0);
    for (const command of ['serve', 'demo', 'stats'])
      expect(run.stdout).toMatch(new RegExp(`^  ${command} `, 'm'));
  });

  it('exits 2 with the overview on an unknown command', async () => {
    const run = await runConcord(['frobnicate']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('unknown command "frobnicate"');
  });

  it('gives every command its own --help', async () => {
    for (const command of ['serve', 'demo', 'stats']) {
      const run = await runConcord([command, '--help']);
      expect(run.code, command).toBe(0);
      expect(run.stdout, command).toMatch(new RegExp(`^Usage: concord ${command}`));
    }
  });

  it('exits 2 on an unknown option, naming it', async () => {
    const run = await runConcord(['serve', '--colour', 'blue']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("'--colour'");
  });
});

describe('concord demo', () => {
  it('needs --workspace', async () => {
    const run = await runConcord(['demo']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--workspace FILE is required');
  });

  it('fills an empty workspace with the whole demo, then refuses to do it twice', async () => {
    const path = workspacePath();
    const first = await runConcord(['demo', '--workspace', path]);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('1 rubric, 10 samples, 7 people, 4 sessions');

    const store = createStore(openWorkspace(path));
    const rubric = store.rubrics.getVersion(store.rubrics.listSummaries()[0]!.latestVersionId)!;
    expect(rubric.levels.map((l) => l.label)).toEqual([
      'Not yet',
      'Emerging',
      'Proficient',
      'Advanced',
    ]);
    expect(rubric.criteria).toHaveLength(4);
    expect(rubric.frozenAt).not.toBeNull();
    const people = store.library.listPeople();
    expect(people.filter((p) => p.roles.includes('rater'))).toHaveLength(6);
    const samples = store.samples.list();
    expect(new Set(samples.map((s) => s.kind))).toEqual(
      new Set(['text', 'markdown', 'pdf', 'image']),
    );
    expect(samples.filter((s) => s.isAnchor)).toHaveLength(2);
    for (const sample of samples) expect(sample.code).toMatch(/^S-[2-9A-HJ-NP-Z]{4}$/);
    const [session] = store.sessions.list();
    expect(session).toMatchObject({ phase: 'closed', raterCount: 6, sampleCount: 8 });
    const scores = store.scores.current(session!.id);
    expect(scores).toHaveLength(6 * 8 * 4);
    expect(store.scores.consensus(session!.id)).toHaveLength(8 * 4);
    store.workspace.close();

    const second = await runConcord(['demo', '--workspace', path]);
    expect(second.code).toBe(1);
    expect(second.stderr).toContain('already holds data');
  });

  it('keeps every student name out of what raters receive', async () => {
    const path = workspacePath();
    await runConcord(['demo', '--workspace', path]);
    const store = createStore(openWorkspace(path));
    const names = store.samples
      .list()
      .map((s) => store.samples.identity(s.id)!.studentName!)
      .flatMap((name) => name.split(' '));
    const files = store.workspace.db
      .prepare('SELECT f.bytes FROM samples s JOIN files f ON f.sha256 = s.file_sha256')
      .all() as { bytes: Buffer }[];
    for (const { bytes } of files) {
      const text = bytes.toString('latin1');
      for (const name of names) expect(text).not.toContain(name);
    }
    store.workspace.close();
    expect(existsSync(path)).toBe(true);
  });
});
