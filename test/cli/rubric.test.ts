import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openApp } from '../../src-main/app.js';
import { DEFAULT_SESSION_OPTIONS } from '../../src-main/domain/session.js';
import { runConcord } from '../helpers/cli.js';
import { tempDir } from '../helpers/workspace.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function folder(): string {
  const dir = tempDir();
  dirs.push(dir);
  return dir;
}

const CSV = `# title: Argument writing
# grade band: 6-8
criterion,competency,1 Not yet,2 Emerging,3 Proficient,4 Advanced
Claim,Communication,No claim,Vague claim,Clear claim,Precise claim
Evidence,,Little evidence,Some evidence,Relevant evidence,Weighed evidence
`;

function counts(path: string) {
  const app = openApp(path);
  try {
    return app.store.counts();
  } finally {
    app.close();
  }
}

describe('concord rubric', () => {
  it('imports a CSV, lists it, and exports it in every format', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'argument.csv'), CSV);
    const imported = await runConcord(
      ['rubric', 'import', 'argument.csv', '--workspace', 'school.sqlite'],
      dir,
    );
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain('Imported “Argument writing”: 2 criteria x 4 levels.');
    expect(imported.stdout).toContain('Competencies created: Communication');
    expect(imported.stdout).toContain('Grade bands created: 6-8');
    const versionId = /Version id: (\S+)/.exec(imported.stdout)![1]!;
    const rubricId = /Rubric id: (\S+)/.exec(imported.stdout)![1]!;

    const list = await runConcord(['rubric', 'list', '--workspace', 'school.sqlite'], dir);
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(/^id\s+title\s+version\s+status$/m);
    expect(list.stdout).toMatch(
      new RegExp(`^${rubricId}\\s+Argument writing\\s+v1\\s+editable$`, 'm'),
    );

    const csv = await runConcord(
      ['rubric', 'export', rubricId, '--format', 'csv', '--workspace', 'school.sqlite'],
      dir,
    );
    expect(csv.code).toBe(0);
    expect(csv.stdout.replace(/^\uFEFF/, '')).toContain(
      'criterion,competency,1 Not yet,2 Emerging,3 Proficient,4 Advanced',
    );

    for (const format of ['json', 'case']) {
      const out = `out.${format}.json`;
      const run = await runConcord(
        [
          'rubric',
          'export',
          versionId,
          '--format',
          format,
          '--out',
          out,
          '--workspace',
          'school.sqlite',
        ],
        dir,
      );
      expect(run.code, format).toBe(0);
      expect(run.stdout).toBe('');
      const again = await runConcord(
        ['rubric', 'import', out, '--workspace', 'school.sqlite'],
        dir,
      );
      expect(again.code, format).toBe(0);
      expect(again.stdout).toContain('2 criteria x 4 levels');
      expect(again.stdout).not.toContain('created');
    }
    expect(JSON.parse(readFileSync(join(dir, 'out.json.json'), 'utf8'))).toMatchObject({
      format: 'concord-rubric',
      title: 'Argument writing',
      gradeBand: '6-8',
    });
  });

  it('exports the latest version for a rubric id, and shows frozen rubrics', async () => {
    const dir = folder();
    const path = join(dir, 'school.sqlite');
    const app = openApp(path);
    const { version } = app.services.rubrics.import('argument.csv', CSV);
    app.services.sessions.create({
      title: 'October',
      heldOn: '2026-10-14',
      rubricVersionId: version.id,
      facilitatorId: null,
      options: DEFAULT_SESSION_OPTIONS,
      sampleIds: [],
      raterIds: [],
    });
    const frozen = app.services.rubrics.get(version.id);
    const v2 = app.services.rubrics.update(version.id, {
      ...frozen,
      title: 'Argument writing, revised',
    });
    app.close();
    expect(v2.version).toBe(2);

    const list = await runConcord(['rubric', 'list', '--workspace', path]);
    expect(list.stdout).toMatch(/Argument writing, revised\s+v2\s+editable/);
    const json = await runConcord([
      'rubric',
      'export',
      version.rubricId,
      '--format',
      'json',
      '--workspace',
      path,
    ]);
    expect(JSON.parse(json.stdout)).toMatchObject({ title: 'Argument writing, revised' });
    const old = await runConcord([
      'rubric',
      'export',
      version.id,
      '--format',
      'json',
      '--workspace',
      path,
    ]);
    expect(JSON.parse(old.stdout)).toMatchObject({ title: 'Argument writing' });
  });

  it('refuses a bad file with exit 3, naming file, line and field, and imports nothing', async () => {
    const dir = folder();
    const path = join(dir, 'school.sqlite');
    writeFileSync(
      join(dir, 'short.csv'),
      'criterion,competency,1 A,2 B,3 C\nClaim,New competency,a,b,c\nEvidence,,a,b,\n',
    );
    writeFileSync(
      join(dir, 'typo.rubric.json'),
      JSON.stringify({
        format: 'concord-rubric',
        version: 1,
        title: 'T',
        levels: [],
        criteria: [],
        lvels: [],
      }),
    );
    const before = counts(path);
    const csv = await runConcord(['rubric', 'import', 'short.csv', '--workspace', path], dir);
    expect(csv.code).toBe(3);
    expect(csv.stderr).toMatch(/^concord rubric: short\.csv, line 3, field "3 C": /);
    const json = await runConcord(
      ['rubric', 'import', 'typo.rubric.json', '--workspace', path],
      dir,
    );
    expect(json.code).toBe(3);
    expect(json.stderr).toContain('typo.rubric.json, field "lvels"');
    expect(counts(path)).toEqual(before);
    const db = openApp(path);
    expect(db.services.library.competencies()).toEqual([]);
    db.close();
  });

  it('says what is wrong with the command line', async () => {
    const dir = folder();
    const help = await runConcord(['rubric', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: concord rubric import\|export\|list/);
    expect(help.stdout).toContain('concord rubric export ID');
    expect((await runConcord(['rubric', 'import', '--help'])).code).toBe(0);

    const none = await runConcord(['rubric']);
    expect(none.code).toBe(2);
    const noWorkspace = await runConcord(['rubric', 'list']);
    expect(noWorkspace.code).toBe(2);
    expect(noWorkspace.stderr).toContain('--workspace FILE is required');
    const badFormat = await runConcord([
      'rubric',
      'export',
      'x',
      '--format',
      'pdf',
      '--workspace',
      join(dir, 'w.sqlite'),
    ]);
    expect(badFormat.code).toBe(2);
    expect(badFormat.stderr).toContain('--format must be csv, json or case, not "pdf"');
    const missing = await runConcord([
      'rubric',
      'list',
      '--workspace',
      join(dir, 'nothing.sqlite'),
    ]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('no workspace at');
    writeFileSync(join(dir, 'a.csv'), CSV);
    await runConcord(['rubric', 'import', 'a.csv', '--workspace', 'w.sqlite'], dir);
    const unknown = await runConcord(['rubric', 'export', 'nope', '--workspace', 'w.sqlite'], dir);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('No rubric or rubric version nope');
    const unreadable = await runConcord(
      ['rubric', 'import', 'gone.csv', '--workspace', 'w.sqlite'],
      dir,
    );
    expect(unreadable.code).toBe(1);
    expect(unreadable.stderr).toContain('cannot read');
  });
});
