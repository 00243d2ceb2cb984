import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import type { Zippable } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../src-main/domain/actor.js';
import { sha256Hex } from '../../src-main/store/samples-repo.js';
import type { Store } from '../../src-main/store/index.js';
import type { Services } from '../../src-main/services/index.js';
import { runConcord } from '../helpers/cli.js';
import { scoringFixture, tempApps } from '../helpers/workspace.js';
import type { TempApp } from '../helpers/workspace.js';
import { countRows } from '../../src-main/store/counts.js';

const OWNER: Actor = { role: 'owner' };
const temp = tempApps();

/** Everything an import could touch, to check that a refused package changed nothing. */
function snapshot(store: Store) {
  const db = store.workspace.db;
  const count = (table: string) => countRows(db, table);
  return Object.fromEntries(
    [
      'rubrics',
      'rubric_versions',
      'rubric_criteria',
      'files',
      'samples',
      'people',
      'sessions',
      'session_samples',
      'session_raters',
      'rounds',
      'score_events',
      'audit_log',
    ].map((t) => [t, count(t)]),
  );
}

function record(
  services: Services,
  sessionId: string,
  raterId: string,
  sampleId: string,
  criterionId: string,
  score: number | null,
) {
  services.scoring.record({ sessionId, sampleId, criterionId, score, note: '', raterId }, OWNER);
}

/** Rewrites the uncompressed size an entry declares, in its local header and central directory. */
function patchDeclaredSize(zip: Uint8Array, name: string, size: number): void {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const nameBytes = strToU8(name);
  const patch = (signature: number, nameOffset: number, sizeOffset: number) => {
    for (let i = 0; i < zip.length - 4; i++) {
      if (view.getUint32(i, true) !== signature) continue;
      const candidate = zip.subarray(i + nameOffset, i + nameOffset + nameBytes.length);
      if (candidate.every((v, j) => v === nameBytes[j])) view.setUint32(i + sizeOffset, size, true);
    }
  };
  patch(0x04034b50, 30, 22);
  patch(0x02014b50, 46, 24);
}

describe('session packages between two workspaces', () => {
  it('round-trips a session and its scores, reports a conflict, and re-imports idempotently', async () => {
    const a = temp();
    const fx = scoringFixture(a.services);
    const [c1, c2] = fx.criterionIds as [string, string];
    const [s1] = fx.sampleIds as [string, string];
    const [r1, r2] = fx.raterIds;
    // A already holds two scores: one B will contradict, one B will repeat.
    record(a.services, fx.sessionId, r1, s1, c1, 2);
    record(a.services, fx.sessionId, r2, s1, c1, 3);

    const pkg = a.services.exchange.exportPackage(fx.sessionId);
    expect(pkg.fileName).toBe('october-moderation-2026-10-14.concord');
    const manifest = JSON.parse(
      new TextDecoder().decode(unzipSync(pkg.bytes)['manifest.json']),
    ) as {
      scores: unknown[];
      session: { raters: { name?: string }[] };
    };
    expect(manifest.scores).toEqual([]); // the other school scores blind
    expect(manifest.session.raters.every((r) => r.name === undefined)).toBe(true);

    const b = temp();
    const first = await b.services.exchange.importPackage(pkg.bytes, pkg.fileName);
    expect(first.created).toEqual({ rubricVersions: 1, samples: 2, people: 3, sessions: 1 });
    expect(first.conflicts).toEqual([]);
    const sessionB = b.services.sessions.get(fx.sessionId, OWNER);
    expect(sessionB).toMatchObject({
      title: 'October moderation',
      phase: 'scoring',
      sampleCount: 2,
    });
    // Each rater keeps the alias it had at the school the package came from.
    expect(sessionB.raters.map((r) => `${r.personId} ${r.alias}`).sort()).toEqual(
      fx.raterIds.map((id, i) => `${id} ${fx.aliases[i]}`).sort(),
    );
    const rubricB = b.store.rubrics.getVersion(fx.rubricVersionId)!;
    expect(rubricB.frozenAt).not.toBeNull();
    expect(rubricB.criteria.map((c) => c.id)).toEqual(fx.criterionIds);
    for (const id of fx.sampleIds) {
      const here = b.store.samples.fileOf(id)!;
      const there = a.store.samples.fileOf(id)!;
      expect(sha256Hex(here.bytes)).toBe(sha256Hex(there.bytes));
      expect(b.store.samples.get(id)!.code).toBe(a.store.samples.get(id)!.code);
      // No identity travels: B cannot re-identify the student.
      expect(b.store.samples.identity(id)).toBeUndefined();
    }
    // Importing the session package again changes nothing.
    const before = snapshot(b.store);
    const again = await b.services.exchange.importPackage(pkg.bytes);
    expect(again.created).toEqual({ rubricVersions: 0, samples: 0, people: 0, sessions: 0 });
    expect(snapshot(b.store)).toEqual(before);

    // B's team scores everything; one score differs from A's, one repeats it.
    for (const rater of fx.raterIds)
      for (const sample of fx.sampleIds)
        for (const criterion of [c1, c2]) {
          const score =
            rater === r1 && sample === s1 && criterion === c1
              ? 4
              : rater === r2 && sample === s1 && criterion === c1
                ? 3
                : 1;
          record(b.services, fx.sessionId, rater, sample, criterion, score);
        }
    const back = b.services.exchange.exportPackage(fx.sessionId, { kind: 'scores' });
    expect(Object.keys(unzipSync(back.bytes))).toEqual(['manifest.json']);

    const report = await a.services.exchange.importPackage(back.bytes, back.fileName);
    expect(report.kind).toBe('scores');
    expect(report.scoresAdded).toBe(10);
    expect(report.scoresUnchanged).toBe(1);
    expect(report.conflicts).toHaveLength(1);
    expect(report.conflicts[0]).toMatchObject({
      round: 1,
      rater: fx.aliases[0],
      criterion: 'Claim',
      existing: 2,
      incoming: 4,
    });
    const kept = a.store.scores
      .current(fx.sessionId)
      .find((s) => s.raterId === r1 && s.sampleId === s1 && s.criterionId === c1)!;
    expect(kept.score).toBe(2); // never overwritten
    expect(a.store.scores.current(fx.sessionId)).toHaveLength(12);

    const afterFirst = snapshot(a.store);
    const scoresAfterFirst = a.store.scores.current(fx.sessionId);
    const second = await a.services.exchange.importPackage(back.bytes);
    expect(second.scoresAdded).toBe(0);
    expect(second.scoresUnchanged).toBe(11);
    expect(second.conflicts).toHaveLength(1);
    expect(snapshot(a.store)).toEqual(afterFirst);
    expect(a.store.scores.current(fx.sessionId)).toEqual(scoresAfterFirst);
  });

  it('refuses a scores package for a session this workspace does not have', async () => {
    const a = temp();
    const fx = scoringFixture(a.services);
    const back = a.services.exchange.exportPackage(fx.sessionId, { kind: 'scores' });
    const c = temp();
    const before = snapshot(c.store);
    await expect(c.services.exchange.importPackage(back.bytes, 'x.concord')).rejects.toThrow(
      /import the session package first/,
    );
    expect(snapshot(c.store)).toEqual(before);
  });

  it('imports through the CLI: exit 0 with the conflicts listed, and a JSON report', async () => {
    const a = temp();
    const fx = scoringFixture(a.services);
    const out = join(a.dir, 'session.concord');
    const exported = await runConcord([
      'package',
      'export',
      '--session',
      fx.sessionId,
      '--workspace',
      a.path,
      '--out',
      out,
    ]);
    expect(exported.code, exported.stderr).toBe(0);
    const b = temp();
    b.close(); // the CLI opens the workspace itself
    const run = await runConcord(['package', 'import', out, '--workspace', b.path]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('new: 1 session, 1 rubric version, 2 samples, 3 people');
    const json = await runConcord([
      'package',
      'import',
      out,
      '--workspace',
      b.path,
      '--format',
      'json',
    ]);
    expect(JSON.parse(json.stdout)).toMatchObject({ matched: { sessions: 1, samples: 2 } });
  });
});

describe('malicious or broken packages are refused, and change nothing', () => {
  function setup() {
    const a = temp();
    const fx = scoringFixture(a.services);
    const pkg = a.services.exchange.exportPackage(fx.sessionId);
    // The target already holds a workspace's worth of data.
    const b = temp();
    scoringFixture(b.services);
    return { pkg: pkg.bytes, entries: unzipSync(pkg.bytes), b };
  }

  async function expectRefused(b: TempApp, bytes: Uint8Array, message: RegExp) {
    const before = snapshot(b.store);
    await expect(b.services.exchange.importPackage(bytes, 'evil.concord')).rejects.toThrow(message);
    expect(snapshot(b.store)).toEqual(before);
  }

  const withManifest = (
    entries: Record<string, Uint8Array>,
    edit: (m: Record<string, unknown>) => void,
  ) => {
    const manifest = JSON.parse(new TextDecoder().decode(entries['manifest.json'])) as Record<
      string,
      unknown
    >;
    edit(manifest);
    return zipSync({ ...entries, 'manifest.json': strToU8(JSON.stringify(manifest)) });
  };

  it('refuses zip-slip names, naming the entry', async () => {
    const { entries, b } = setup();
    for (const name of ['../x', '/abs', 'C:\\x', 'samples/../../x', 'C:/x', 'samples//x']) {
      const evil: Zippable = { ...entries, [name]: strToU8('boo') };
      const escaped = name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
      await expectRefused(b, zipSync(evil), new RegExp(`entry "${escaped}": refused`));
    }
  });

  it('refuses an entry that is not part of a package', async () => {
    const { entries, b } = setup();
    await expectRefused(
      b,
      zipSync({ ...entries, 'notes.txt': strToU8('hi') }),
      /entry "notes.txt": refused: not a file a package holds/,
    );
  });

  it('refuses a zip bomb by its compression ratio before inflating it', async () => {
    const { entries, b } = setup();
    const zeros = new Uint8Array(8 * 1024 * 1024);
    const bomb = zipSync({ ...entries, [`samples/${'0'.repeat(64)}`]: [zeros, { level: 9 }] });
    expect(bomb.byteLength).toBeLessThan(200_000);
    await expectRefused(
      b,
      bomb,
      /refused: it compresses \d+ times, more than a real package \(at most 100 times\): a zip bomb\?/,
    );
  });

  it('refuses a zip whose directory declares an absurd size', async () => {
    const { entries, b } = setup();
    const name = `samples/${'a'.repeat(64)}`;
    const zip = zipSync({ ...entries, [name]: [strToU8('tiny'), { level: 0 }] });
    patchDeclaredSize(zip, name, 1 << 30);
    await expectRefused(
      b,
      zip,
      new RegExp(`entry "${name}": refused: this entry expands to 1024 MB, more than the 200 MB`),
    );
  });

  it('stops inflating at the declared size when an entry lies about it', async () => {
    const { entries, b } = setup();
    const name = Object.keys(entries).find((n) => n.startsWith('samples/'))!;
    const realSize = entries[name]!.length;
    // 8 MiB of zeros declared as the real sample's size: inflation stops there.
    const zip = zipSync({ ...entries, [name]: [new Uint8Array(8 * 1024 * 1024), { level: 9 }] });
    patchDeclaredSize(zip, name, realSize);
    await expectRefused(
      b,
      zip,
      new RegExp(`entry "${name}": refused: it expands to more than the ${realSize} bytes`),
    );
  });

  it('refuses a sample whose bytes do not match its SHA-256', async () => {
    const { entries, b } = setup();
    const name = Object.keys(entries).find((n) => n.startsWith('samples/'))!;
    const tampered = entries[name]!.slice();
    tampered[0] = tampered[0]! ^ 0xff;
    await expectRefused(
      b,
      zipSync({ ...entries, [name]: tampered }),
      new RegExp(`entry "${name}": .*SHA-256 of its bytes does not match`),
    );
  });

  it('refuses a sample whose size does not match the manifest', async () => {
    const { entries, b } = setup();
    const name = Object.keys(entries).find((n) => n.startsWith('samples/'))!;
    await expectRefused(
      b,
      zipSync({ ...entries, [name]: new Uint8Array([...entries[name]!, 1]) }),
      /the manifest says/,
    );
  });

  it('refuses a package without a manifest', async () => {
    const { entries, b } = setup();
    const { 'manifest.json': _, ...rest } = entries;
    await expectRefused(
      b,
      zipSync(rest),
      /no manifest\.json: this is not a Concord session package/,
    );
  });

  it('refuses a manifest that breaks the schema, naming the field', async () => {
    const { entries, b } = setup();
    const bad = withManifest(entries, (m) => {
      (m.session as { samples: { sha256: string }[] }).samples[0]!.sha256 = '../../etc/passwd';
    });
    await expectRefused(
      b,
      bad,
      /field "session\.samples\.0\.sha256": manifest\.json does not match the package schema/,
    );
    await expectRefused(
      b,
      zipSync({ ...entries, 'manifest.json': strToU8('{not json') }),
      /manifest\.json is not valid JSON/,
    );
  });

  it('refuses a package from a newer Concord', async () => {
    const { entries, b } = setup();
    const newer = withManifest(entries, (m) => {
      m.version = 3;
    });
    await expectRefused(
      b,
      newer,
      /written by a newer Concord \(package version 3; this version reads up to 2\)/,
    );
  });

  it('refuses a file that is not a zip', async () => {
    const { b } = setup();
    await expectRefused(b, strToU8('just some text, not a zip at all'), /not a readable zip file/);
  });

  it('exits 3 from the CLI with the reason', async () => {
    const { entries, b } = setup();
    const file = join(b.dir, 'evil.concord');
    writeFileSync(file, zipSync({ ...entries, '../../x': strToU8('boo') }));
    b.close();
    const run = await runConcord(['package', 'import', file, '--workspace', b.path]);
    expect(run.code).toBe(3);
    expect(run.stderr).toContain('entry "../../x": refused: a ".." or "." path segment');
  });
});
