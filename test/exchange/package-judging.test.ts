// Comparative judgement sessions travel in packages: the session package with its kind and
// setup (no judgements: the other school judges blind), the scores package with the judgements
// made. Importing merges by ids, never changes a judgement here, lists what differs, and is
// one transaction.
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../src-main/domain/actor.js';
import { DEFAULT_SESSION_OPTIONS } from '../../src-main/domain/session.js';
import type { PackageJudgement, PackageManifest } from '../../src-main/formats/exchange/index.js';
import type { Store } from '../../src-main/store/index.js';
import type { JudgingFixture } from '../helpers/judging.js';
import { judgingFixture } from '../helpers/judging.js';
import { scoringFixture, tempApps } from '../helpers/workspace.js';
import type { TempApp } from '../helpers/workspace.js';
import { countRows } from '../../src-main/store/counts.js';

const OWNER: Actor = { role: 'owner' };
const temp = tempApps();

/** Everything an import could touch, to check that it changed nothing. */
function snapshot(store: Store) {
  const db = store.workspace.db;
  const count = (table: string) => countRows(db, table);
  const tables = ['rubric_versions', 'samples', 'people', 'sessions', 'session_raters'];
  const judgements = db.prepare('SELECT * FROM judgements ORDER BY id').all();
  return {
    counts: Object.fromEntries(
      [...tables, 'judging_setups', 'score_events', 'audit_log'].map((t) => [t, count(t)]),
    ),
    judgements,
  };
}

/**
 * Each judge makes `count` judgements as itself, alternating sides, and is left with its next
 * pair waiting on its screen.
 */
function judge(app: TempApp, fx: JudgingFixture, count: number): void {
  for (const personId of fx.judgeIds) {
    const actor: Actor = { role: 'rater', sessionId: fx.sessionId, personId };
    let turn = app.services.judging.turn(fx.sessionId, actor);
    for (let i = 0; i < count; i++) {
      const pair = turn.pair;
      if (!pair) throw new Error('the judge got no pair');
      turn = app.services.judging.choose(
        {
          sessionId: fx.sessionId,
          pairId: pair.pairId,
          winner: i % 2 === 0 ? 'left' : 'right',
          note: `note ${i}`,
          ms: 1000 + i,
        },
        actor,
      );
    }
    expect(turn.pair).not.toBeNull();
  }
}

/** A workspace's judged judgements, each by its judge's alias and its samples' codes. */
function judgedByCode(app: TempApp, sessionId: string): string[] {
  const session = app.services.sessions.get(sessionId, OWNER);
  const alias = (id: string) => session.raters.find((r) => r.personId === id)!.alias;
  const code = (id: string | null) => (id === null ? '-' : app.store.samples.get(id)!.code);
  return app.services.judging
    .judgements(sessionId)
    .map((j) =>
      [
        j.id,
        alias(j.judgeId),
        code(j.leftId),
        code(j.rightId),
        code(j.winnerId),
        j.note,
        j.ms,
        j.shownAt,
        j.judgedAt,
      ].join(' '),
    )
    .sort();
}

function manifestOf(bytes: Uint8Array): PackageManifest {
  return JSON.parse(new TextDecoder().decode(unzipSync(bytes)['manifest.json'])) as PackageManifest;
}

/** The package with its manifest edited. */
function edited(bytes: Uint8Array, edit: (m: PackageManifest) => void): Uint8Array {
  const entries = unzipSync(bytes);
  const manifest = manifestOf(bytes);
  edit(manifest);
  return zipSync({ ...entries, 'manifest.json': strToU8(JSON.stringify(manifest)) });
}

/** Two samples the judge has not been shown together in the package (either way round). */
function freshPair(m: PackageManifest, judgeId: string, sampleIds: string[]): [string, string] {
  const key = (x: string, y: string) => [x, y].sort().join();
  const taken = new Set(
    m
      .judgements!.filter((j) => j.judgeId === judgeId)
      .map((j) => key(j.leftSampleId, j.rightSampleId)),
  );
  for (const [i, x] of sampleIds.entries())
    for (const y of sampleIds.slice(i + 1)) if (!taken.has(key(x, y))) return [x, y];
  throw new Error('the judge has been shown every pair');
}

/** A judged session in A, its session package and its scores package imported into B. */
async function judgedInBoth() {
  const a = temp();
  const fx = judgingFixture(a.services, 5);
  judge(a, fx, 3);
  const session = a.services.exchange.exportPackage(fx.sessionId);
  const scores = a.services.exchange.exportPackage(fx.sessionId, { kind: 'scores' });
  const b = temp();
  await b.services.exchange.importPackage(session.bytes, session.fileName);
  const report = await b.services.exchange.importPackage(scores.bytes, scores.fileName);
  expect(report.judgements).toEqual({ added: 9, unchanged: 0 });
  return { a, b, fx, scores };
}

describe('packages of a comparative judgement session', () => {
  it('carry the kind, the setup and the judgements made, and import them as they were', async () => {
    const a = temp();
    const fx = judgingFixture(a.services, 5);
    judge(a, fx, 3);
    const setup = {
      question: 'Which essay argues its claim better?',
      competencyId: null,
      perJudge: 5,
    };

    const session = a.services.exchange.exportPackage(fx.sessionId);
    expect(session.fileName).toBe('argument-judging-2026-12-03.concord');
    const sessionManifest = manifestOf(session.bytes);
    expect(sessionManifest.version).toBe(2);
    expect(sessionManifest.session.kind).toBe('judgement');
    expect(sessionManifest.session.judging).toEqual(setup);
    // The other school judges blind: the session package carries no judgement.
    expect(sessionManifest.judgements).toEqual([]);

    const scores = a.services.exchange.exportPackage(fx.sessionId, { kind: 'scores' });
    expect(scores.fileName).toBe('argument-judging-2026-12-03-scores.concord');
    const scoresManifest = manifestOf(scores.bytes);
    expect(Object.keys(unzipSync(scores.bytes))).toEqual(['manifest.json']);
    expect(scoresManifest.scores).toEqual([]);
    // Judged pairs only: the three pairs waiting on the judges' screens stay behind.
    expect(a.store.judging.all(fx.sessionId)).toHaveLength(12);
    expect(scoresManifest.judgements).toHaveLength(9);
    const aliases = new Map(scoresManifest.session.raters.map((r) => [r.id, r.alias]));
    expect(scoresManifest.session.raters.every((r) => r.name === undefined)).toBe(true);
    expect(scoresManifest.judgements!.every((j) => aliases.has(j.judgeId))).toBe(true);
    const named = manifestOf(
      a.services.exchange.exportPackage(fx.sessionId, { kind: 'scores', names: true }).bytes,
    );
    expect(named.session.raters.map((r) => r.name).sort()).toEqual(['Ana', 'Ben', 'Cleo']);

    const b = temp();
    const first = await b.services.exchange.importPackage(session.bytes, session.fileName);
    expect(first.created).toEqual({ rubricVersions: 1, samples: 6, people: 3, sessions: 1 });
    expect(first.judgements).toEqual({ added: 0, unchanged: 0 });
    expect(first.conflicts).toEqual([]);
    const here = b.services.sessions.get(fx.sessionId, OWNER);
    expect(here.kind).toBe('judgement');
    expect(here.judging).toEqual(setup);
    expect(here.options.rounds).toBe(1);
    // Judges keep their aliases; their names stayed at the school the package came from.
    const there = a.services.sessions.get(fx.sessionId, OWNER);
    expect(here.raters.map((r) => `${r.personId} ${r.alias}`).sort()).toEqual(
      there.raters.map((r) => `${r.personId} ${r.alias}`).sort(),
    );
    expect(here.raters.every((r) => r.name === `${r.alias} (Argument judging)`)).toBe(true);

    const second = await b.services.exchange.importPackage(scores.bytes, scores.fileName);
    expect(second.judgements).toEqual({ added: 9, unchanged: 0 });
    expect(second.conflicts).toEqual([]);
    expect(judgedByCode(b, fx.sessionId)).toEqual(judgedByCode(a, fx.sessionId));
    expect(judgedByCode(b, fx.sessionId)).toHaveLength(9);
    for (const personId of fx.judgeIds)
      expect(b.store.judging.open(fx.sessionId, personId)).toBeUndefined();
    // The judges here go on where they were: three made, two to go, a fresh pair each.
    const progress = b.services.judging.progress(fx.sessionId);
    expect(progress.map((p) => p.done)).toEqual([3, 3, 3]);
    const turn = b.services.judging.turn(fx.sessionId, {
      role: 'rater',
      sessionId: fx.sessionId,
      personId: fx.judgeIds[0],
    });
    expect(turn.pair).not.toBeNull();

    // Importing both again changes nothing and finds nothing to report.
    const before = snapshot(b.store);
    const again = await b.services.exchange.importPackage(session.bytes);
    const againScores = await b.services.exchange.importPackage(scores.bytes);
    expect(again.judgements).toEqual({ added: 0, unchanged: 0 });
    expect(againScores.judgements).toEqual({ added: 0, unchanged: 9 });
    expect(againScores.conflicts).toEqual([]);
    expect(snapshot(b.store)).toEqual(before);
  });

  it('lists a judgement that differs, or a pair its judge already has, and keeps the one here', async () => {
    const { b, fx, scores } = await judgedInBoth();
    const session = b.services.sessions.get(fx.sessionId, OWNER);
    const alias = new Map(session.raters.map((r) => [r.personId, r.alias]));
    const code = (id: string) => b.store.samples.get(id)!.code;
    const [ana, ben] = fx.judgeIds;
    // Ben has a pair waiting on his screen here.
    const onScreen = b.services.judging.turn(fx.sessionId, {
      role: 'rater',
      sessionId: fx.sessionId,
      personId: ben,
    }).pair!;
    const judgedBy = (judgeId: string) =>
      manifestOf(scores.bytes).judgements!.filter((j) => j.judgeId === judgeId);
    const flipped = judgedBy(ana)[0]!;
    const twice = judgedBy(ana)[1]!;
    const [left, right] = freshPair(manifestOf(scores.bytes), ana, fx.sampleIds);
    const made = (over: Partial<PackageJudgement>): PackageJudgement => ({
      ...flipped,
      note: '',
      ms: null,
      ...over,
    });
    const tampered = edited(scores.bytes, (m) => {
      const loser = (j: PackageJudgement) =>
        j.winnerSampleId === j.leftSampleId ? j.rightSampleId : j.leftSampleId;
      m.judgements = [
        ...m.judgements!.map((j) => (j.id === flipped.id ? { ...j, winnerSampleId: loser(j) } : j)),
        // Another showing of a pair Ana judged here, the other way round.
        made({
          id: 'again-ana',
          leftSampleId: twice.rightSampleId,
          rightSampleId: twice.leftSampleId,
          winnerSampleId: loser(twice),
        }),
        // Ben's judgement of the pair waiting on his screen here.
        made({
          id: 'screen-ben',
          judgeId: ben,
          leftSampleId: onScreen.left.id,
          rightSampleId: onScreen.right.id,
          winnerSampleId: onScreen.left.id,
        }),
        // A pair new to Ana, twice in the package: the first is added, the second is a clash.
        made({ id: 'new-ana', leftSampleId: left, rightSampleId: right, winnerSampleId: left }),
        made({ id: 'new-ana-2', leftSampleId: right, rightSampleId: left, winnerSampleId: left }),
      ];
    });
    const before = judgedByCode(b, fx.sessionId);

    const report = await b.services.exchange.importPackage(tampered, 'tampered.concord');
    expect(report.judgements).toEqual({ added: 1, unchanged: 8 });
    expect(report.conflicts).toHaveLength(4);
    const kept = (id: string) => b.store.judging.get(fx.sessionId, id)!;
    expect(report.conflicts[0]).toEqual({
      what: 'judgement',
      round: 1,
      sample: `${code(flipped.leftSampleId)} vs ${code(flipped.rightSampleId)}`,
      rater: alias.get(ana),
      criterion: 'judgement',
      existing: null,
      incoming: null,
      chosenHere: code(flipped.winnerSampleId),
      chosenInPackage: code(
        flipped.winnerSampleId === flipped.leftSampleId
          ? flipped.rightSampleId
          : flipped.leftSampleId,
      ),
      reason: expect.stringMatching(/was chosen here and kept/) as unknown,
    });
    expect(kept(flipped.id).winnerId).toBe(flipped.winnerSampleId); // never overwritten
    expect(report.conflicts[1]).toMatchObject({
      what: 'judgement',
      sample: `${code(twice.rightSampleId)} vs ${code(twice.leftSampleId)}`,
      rater: alias.get(ana),
      chosenHere: code(twice.winnerSampleId),
      reason: expect.stringMatching(/already judged this pair here/) as unknown,
    });
    expect(report.conflicts[2]).toMatchObject({
      rater: alias.get(ben),
      chosenHere: null,
      chosenInPackage: onScreen.left.code,
      reason: expect.stringMatching(/waits on the judge's screen here/) as unknown,
    });
    expect(report.conflicts[3]).toMatchObject({
      sample: `${code(right)} vs ${code(left)}`,
      rater: alias.get(ana),
      chosenHere: code(left),
    });
    expect(b.store.judging.open(fx.sessionId, ben)!.id).toBe(onScreen.pairId);
    expect(b.store.judging.get(fx.sessionId, 'again-ana')).toBeUndefined();
    expect(b.store.judging.get(fx.sessionId, 'new-ana-2')).toBeUndefined();
    const after = judgedByCode(b, fx.sessionId);
    expect(after).toHaveLength(10);
    expect(after.filter((j) => !before.includes(j))).toEqual([
      expect.stringMatching(
        new RegExp(`^new-ana ${alias.get(ana)} ${code(left)} ${code(right)} ${code(left)} `),
      ),
    ]);

    // Again: nothing new, the same conflicts.
    const state = snapshot(b.store);
    const again = await b.services.exchange.importPackage(tampered, 'tampered.concord');
    expect(again.judgements).toEqual({ added: 0, unchanged: 9 });
    expect(again.conflicts).toEqual(report.conflicts);
    expect(snapshot(b.store).judgements).toEqual(state.judgements);
  });

  it('refuses a package whole when a judgement id names another pair here, writing nothing', async () => {
    const { b, fx, scores } = await judgedInBoth();
    const manifest = manifestOf(scores.bytes);
    const [first, second] = manifest.judgements!;
    const [left, right] = freshPair(manifest, first!.judgeId, fx.sampleIds);
    const otherJudge = fx.judgeIds.find((id) => id !== second!.judgeId)!;
    const forged = edited(scores.bytes, (m) => {
      m.judgements = [
        // New here, so written before the forged one is met: it must not stay behind.
        {
          ...first!,
          id: 'would-be-added',
          leftSampleId: left,
          rightSampleId: right,
          winnerSampleId: left,
        },
        // A judgement here, under another judge.
        { ...second!, judgeId: otherJudge },
      ];
    });
    const before = snapshot(b.store);
    await expect(b.services.exchange.importPackage(forged, 'forged.concord')).rejects.toThrow(
      /is here for another pair or judge; the package was not imported/,
    );
    expect(snapshot(b.store)).toEqual(before);
  });

  it('refuses judgements that do not hold together, naming the field', async () => {
    const { b, scores } = await judgedInBoth();
    const before = snapshot(b.store);
    const refused = async (edit: (m: PackageManifest) => void, message: RegExp) => {
      await expect(
        b.services.exchange.importPackage(edited(scores.bytes, edit), 'bad.concord'),
      ).rejects.toThrow(message);
      expect(snapshot(b.store)).toEqual(before);
    };
    await refused((m) => {
      m.judgements![0]!.winnerSampleId = 'elsewhere';
    }, /field "judgements\.0\.winnerSampleId".*the winner must be one of the pair/);
    await refused((m) => {
      m.judgements![1]!.judgeId = 'a-stranger';
    }, /field "judgements\.1".*unknown judge a-stranger/);
    await refused((m) => {
      delete m.session.judging;
    }, /field "session\.judging".*needs its setup/);
    // A version-1 reader would take it for a rubric meeting: a judgement session needs 2.
    await refused((m) => {
      m.version = 1;
    }, /field "version".*needs package version 2/);
  });

  it('keeps the competency of the question only where this workspace has it', async () => {
    const a = temp();
    const fx = judgingFixture(a.services);
    const competency = a.services.library.addCompetency('Argument', '');
    const withCompetency = a.services.judging.create({
      title: 'Argument judging by competency',
      heldOn: '2026-12-04',
      rubricVersionId: fx.rubricVersionId,
      facilitatorId: null,
      options: DEFAULT_SESSION_OPTIONS,
      sampleIds: fx.sampleIds,
      raterIds: fx.judgeIds,
      judging: { question: 'Which argues better?', competencyId: competency.id, perJudge: 4 },
    });
    const pkg = a.services.exchange.exportPackage(withCompetency.id);
    expect(manifestOf(pkg.bytes).session.judging!.competencyId).toBe(competency.id);

    const b = temp();
    await b.services.exchange.importPackage(pkg.bytes);
    expect(b.services.sessions.get(withCompetency.id, OWNER).judging).toEqual({
      question: 'Which argues better?',
      competencyId: null,
      perJudge: 4,
    });

    const c = temp();
    c.store.workspace.db
      .prepare('INSERT INTO competencies (id, name, position) VALUES (?, ?, 0)')
      .run(competency.id, 'Argument');
    await c.services.exchange.importPackage(pkg.bytes);
    expect(c.services.sessions.get(withCompetency.id, OWNER).judging!.competencyId).toBe(
      competency.id,
    );
  });
});

describe('packages of a rubric meeting', () => {
  it('stay version 1 with no judgement fields, and import as a rubric meeting', async () => {
    const a = temp();
    const fx = scoringFixture(a.services);
    const pkg = a.services.exchange.exportPackage(fx.sessionId, { kind: 'scores' });
    const manifest = manifestOf(pkg.bytes);
    expect(manifest.version).toBe(1);
    expect(Object.keys(manifest)).not.toContain('judgements');
    expect(Object.keys(manifest.session)).not.toContain('kind');
    expect(Object.keys(manifest.session)).not.toContain('judging');

    const b = temp();
    await b.services.exchange.importPackage(a.services.exchange.exportPackage(fx.sessionId).bytes);
    const report = await b.services.exchange.importPackage(pkg.bytes);
    expect(report).not.toHaveProperty('judgements');
    const session = b.services.sessions.get(fx.sessionId, OWNER);
    expect(session.kind).toBe('rubric');
    expect(session.judging).toBeNull();
  });

  it('refuses to merge a package into a session of the other kind', async () => {
    const a = temp();
    const meeting = scoringFixture(a.services);
    const fx = judgingFixture(a.services);
    const b = temp();
    await b.services.exchange.importPackage(
      a.services.exchange.exportPackage(meeting.sessionId).bytes,
    );
    const before = snapshot(b.store);
    const posing = edited(a.services.exchange.exportPackage(fx.sessionId).bytes, (m) => {
      m.session.id = meeting.sessionId;
    });
    await expect(b.services.exchange.importPackage(posing)).rejects.toThrow(
      /is a rubric meeting here and a comparative judgement session in the package/,
    );
    expect(snapshot(b.store)).toEqual(before);
  });
});
