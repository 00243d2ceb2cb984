// `concord samples export` names each file after a sample code, and a code can come from
// another school's package. The attack: import (through the CLI) a package whose sample codes
// are "../PWNED" and "a/b", then export. Before the fix the first landed outside --out and the
// second aborted the export half way. Now codes are recoded on import, a bad code already in a
// workspace is exported under a name from its hash, and every path is checked to stay inside.
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { safeJoin } from '../../src-main/cli/safe-path.js';
import { SAMPLE_CODE_PATTERN } from '../../src-main/domain/sample.js';
import { runConcord } from '../helpers/cli.js';
import { scoringFixture, tempApps, tempDir } from '../helpers/workspace.js';
import { packageWith } from '../security/hostile-package.js';

const temp = tempApps();

const essay = (n: number) => new TextEncoder().encode(`Essay ${n}: the footbridge wins.`);

/** Every file under `dir`, as paths relative to it. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path).map((f) => join(name, f)) : [name];
  });
}

/** Runs `samples export` into root/deep/out and returns what it wrote anywhere under root. */
async function exportInto(workspace: string) {
  const root = tempDir('concord-export-');
  const out = join(root, 'deep', 'out');
  const run = await runConcord(['samples', 'export', '--workspace', workspace, '--out', out]);
  return { run, written: filesUnder(root), inside: join('deep', 'out') };
}

describe('samples export with hostile sample codes', () => {
  it('writes every sample of an imported "../PWNED" / "a/b" package inside --out', async () => {
    const target = temp();
    const file = join(target.dir, 'evil.concord');
    writeFileSync(
      file,
      packageWith(temp(), [
        { code: '../PWNED', kind: 'text', mediaType: 'text/plain', bytes: essay(1) },
        { code: 'a/b', kind: 'text', mediaType: 'text/plain', bytes: essay(2) },
      ]),
    );
    const codesBefore = target.services.samples.list().length;
    target.close();
    const imported = await runConcord(['package', 'import', file, '--workspace', target.path]);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toMatch(/sample \.\.\/PWNED is S-[2-9A-HJ-NP-Z]{4,8} here/);
    expect(imported.stdout).toMatch(/sample a\/b is S-[2-9A-HJ-NP-Z]{4,8} here/);

    const { run, written, inside } = await exportInto(target.path);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`${codesBefore + 4} sample(s) written`);
    expect(written).toHaveLength(4);
    for (const path of written) {
      expect(dirname(path)).toBe(inside);
      expect(path.slice(inside.length + 1)).toMatch(/^S-[2-9A-HJ-NP-Z]{4,8}\.txt$/);
    }
    expect(filesUnder(target.dir).some((f) => f.includes('PWNED'))).toBe(false);
  });

  it('writes a bad code already in a workspace under a name from its hash, inside --out', async () => {
    const app = temp();
    const fx = scoringFixture(app.services);
    // A workspace that imported a package before codes were checked.
    const setCode = app.store.workspace.db.prepare('UPDATE samples SET code = ? WHERE id = ?');
    setCode.run('../../PWNED', fx.sampleIds[0]);
    setCode.run('a/b', fx.sampleIds[1]);
    app.close();

    const { run, written, inside } = await exportInto(app.path);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('2 sample(s) written');
    expect(run.stdout).toContain('(code "../../PWNED" is not a Concord code)');
    expect(written).toHaveLength(2);
    for (const path of written) {
      expect(dirname(path)).toBe(inside);
      expect(path.slice(inside.length + 1)).toMatch(/^sample-[0-9a-f]{12}(-\d+)?\.txt$/);
    }
  });

  it('keeps good codes as they are', async () => {
    const app = temp();
    scoringFixture(app.services);
    const codes = app.services.samples.list().map((s) => s.code);
    for (const code of codes) expect(code).toMatch(SAMPLE_CODE_PATTERN);
    app.close();
    const { written, inside } = await exportInto(app.path);
    expect(written.sort()).toEqual(codes.map((c) => join(inside, `${c}.txt`)).sort());
  });
});

describe('safeJoin', () => {
  it('refuses every name that would leave the folder or is not one plain name', () => {
    const dir = tempDir('concord-join-');
    for (const name of [
      '../PWNED.txt',
      'a/b.txt',
      '..',
      '.',
      '',
      'a\\b.txt',
      '/etc/passwd',
      'a\u0000b',
    ]) {
      expect(() => safeJoin(dir, name), JSON.stringify(name)).toThrow(/Refused to write/);
    }
    expect(safeJoin(dir, 'S-7F3K.pdf')).toBe(join(dir, 'S-7F3K.pdf'));
    expect(safeJoin(dir, '..notes.txt')).toBe(join(dir, '..notes.txt'));
  });
});
