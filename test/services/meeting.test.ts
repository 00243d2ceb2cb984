import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../src-main/api/dispatcher.js';
import type { Actor } from '../../src-main/domain/actor.js';
import type { ScoringFixture, TempApp } from '../helpers/workspace.js';
import { openTempApp, scoringFixture } from '../helpers/workspace.js';

const OWNER: Actor = { role: 'owner' };
let app: TempApp;
let f: ScoringFixture;
let raters: [Actor, Actor, Actor];

beforeEach(() => {
  app = openTempApp();
  f = scoringFixture(app.services);
  raters = f.raterIds.map((personId) => ({ role: 'rater', sessionId: f.sessionId, personId })) as [
    Actor,
    Actor,
    Actor,
  ];
});
afterEach(() => app.dispose());

async function ok<T = unknown>(actor: Actor, method: string, input: unknown): Promise<T> {
  const result = await dispatch(app.services, actor, method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.code}: ${result.error.message}`);
  return result.result as T;
}
async function refused(actor: Actor, method: string, input: unknown) {
  const result = await dispatch(app.services, actor, method, input);
  if (result.ok) throw new Error(`${method} should have been refused`);
  return result.error;
}
async function score(actor: Actor, sample: number, criterion: number, value: number | null) {
  return ok(actor, 'scores.record', {
    sessionId: f.sessionId,
    sampleId: f.sampleIds[sample],
    criterionId: f.criterionIds[criterion],
    score: value,
  });
}

/** The address a join call comes from: tries are counted per device. */
const DEVICE = '192.0.2.10';

describe('joining the room', () => {
  it('gives each name one token by code, and lets the facilitator reset it', async () => {
    const { code } = await ok<{ code: string }>(OWNER, 'room.joinCode', { sessionId: f.sessionId });
    expect(code).toMatch(/^[2-9A-HJ-NP-Z]{6}$/);
    expect(
      (await ok<{ code: string }>(OWNER, 'room.joinCode', { sessionId: f.sessionId })).code,
    ).toBe(code);

    const lookup = app.services.room.lookup(code.toLowerCase().replace(/(...)/, '$1-'), DEVICE);
    expect(lookup.raters.map((r) => r.name)).toEqual(['Ana', 'Ben', 'Cleo']);
    const seat = lookup.raters[0]!.seat;
    expect(JSON.stringify(lookup)).not.toMatch(new RegExp(f.raterIds.join('|')));
    const { token } = app.services.room.claim(code, seat, DEVICE);
    expect(token).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(app.store.access.resolveRaterToken(token)).toEqual({
      sessionId: f.sessionId,
      personId: f.raterIds[0],
    });
    expect(() => app.services.room.claim(code, seat, DEVICE)).toThrow(/already joined/);

    await ok(OWNER, 'room.resetRater', { sessionId: f.sessionId, personId: f.raterIds[0] });
    expect(app.store.access.resolveRaterToken(token)).toBeUndefined();
    expect(app.services.room.claim(code, seat, DEVICE).token).not.toBe(token);
  });

  it('refuses unknown codes and closes the room with the session', async () => {
    expect(() => app.services.room.lookup('ZZZZZZ', DEVICE)).toThrow(
      /No open session has this code/,
    );
    const { code } = await ok<{ code: string }>(OWNER, 'room.joinCode', { sessionId: f.sessionId });
    const ben = app.services.room.lookup(code, DEVICE).raters.find((r) => r.name === 'Ben')!;
    const { token } = app.services.room.claim(code, ben.seat, DEVICE);
    await ok(OWNER, 'sessions.reveal', { sessionId: f.sessionId });
    await ok(OWNER, 'sessions.close', { sessionId: f.sessionId });
    expect(() => app.services.room.lookup(code, DEVICE)).toThrow(/No open session/);
    expect(app.store.access.resolveRaterToken(token)).toBeUndefined();
  });
});

describe('a rater’s assignment', () => {
  it('shuffles samples per rater, the same way on every reload', async () => {
    const many = Array.from({ length: 8 }, (_, i) => {
      const bytes = new TextEncoder().encode(`essay ${i}`);
      return app.services.samples.add({
        kind: 'text',
        file: { bytes, mediaType: 'text/plain' },
        original: { bytes, mediaType: 'text/plain', fileName: `e${i}.txt` },
        studentName: null,
      }).id;
    });
    const session = await ok<{ id: string }>(OWNER, 'sessions.create', {
      title: 'Shuffled',
      heldOn: '2026-11-02',
      rubricVersionId: f.rubricVersionId,
      sampleIds: many,
      raterIds: f.raterIds,
    });
    await ok(OWNER, 'sessions.start', { sessionId: session.id });
    const orderOf = async (personId: string) =>
      (
        await ok<{ samples: { id: string }[] }>(OWNER, 'scoring.assignment', {
          sessionId: session.id,
          raterId: personId,
        })
      ).samples.map((s) => s.id);
    const orders = await Promise.all(f.raterIds.map(orderOf));
    for (const order of orders) expect([...order].sort()).toEqual([...many].sort());
    expect(await orderOf(f.raterIds[0])).toEqual(orders[0]);
    expect(new Set(orders.map((o) => o.join())).size).toBeGreaterThan(1);
  });

  it('holds the rubric and only the rater’s own scores', async () => {
    await score(raters[0], 0, 0, 3);
    await score(raters[1], 0, 0, 1);
    const mine = await ok<{
      scores: { raterId: string }[];
      rubric: { levels: unknown[] };
      raterName: string;
    }>(raters[0], 'scoring.assignment', { sessionId: f.sessionId });
    expect(mine.raterName).toBe('Ana');
    expect(mine.rubric.levels).toHaveLength(4);
    expect(mine.scores.map((s) => s.raterId)).toEqual([f.raterIds[0]]);
  });

  it('serves a rater the files of its session only', async () => {
    const content = await ok<{ base64: string }>(raters[0], 'samples.content', {
      sessionId: f.sessionId,
      sampleId: f.sampleIds[0],
    });
    expect(Buffer.from(content.base64, 'base64').toString()).toBe('first essay');
    const outsider = app.services.samples.add({
      kind: 'text',
      file: { bytes: new TextEncoder().encode('other'), mediaType: 'text/plain' },
      original: {
        bytes: new TextEncoder().encode('other'),
        mediaType: 'text/plain',
        fileName: 'o.txt',
      },
      studentName: null,
    });
    expect(
      (
        await refused(raters[0], 'samples.content', {
          sessionId: f.sessionId,
          sampleId: outsider.id,
        })
      ).code,
    ).toBe('forbidden');
    expect((await refused(raters[0], 'samples.content', { sampleId: f.sampleIds[0] })).code).toBe(
      'forbidden',
    );
  });
});

describe('the facilitator’s board', () => {
  it('shows who has scored what, never the scores', async () => {
    await score(raters[0], 0, 0, 4);
    await score(raters[0], 0, 1, null);
    await score(raters[1], 1, 0, 2);
    await ok(raters[0], 'scores.submit', { sessionId: f.sessionId });
    const board = await ok<
      {
        name: string;
        done: number;
        total: number;
        samplesComplete: boolean[];
        submitted: boolean;
      }[]
    >(OWNER, 'sessions.progress', { sessionId: f.sessionId });
    expect(board.map((r) => [r.name, r.done, r.total, r.samplesComplete, r.submitted])).toEqual([
      ['Ana', 2, 4, [true, false], true],
      ['Ben', 1, 4, [false, false], false],
      ['Cleo', 0, 4, [false, false], false],
    ]);
    expect(JSON.stringify(board)).not.toMatch(/score"/);
    expect((await refused(raters[0], 'sessions.progress', { sessionId: f.sessionId })).code).toBe(
      'forbidden',
    );
  });

  it('ends scoring for everyone at once', async () => {
    await score(raters[2], 0, 0, 2);
    await ok(OWNER, 'sessions.endScoring', { sessionId: f.sessionId });
    expect(
      (
        await refused(raters[2], 'scores.record', {
          sessionId: f.sessionId,
          sampleId: f.sampleIds[0],
          criterionId: f.criterionIds[0],
          score: 3,
        })
      ).message,
    ).toMatch(/locked/);
  });

  it('nudges one rater only', async () => {
    const heard: unknown[] = [];
    app.services.bus.subscribe((change) => heard.push(change));
    await ok(OWNER, 'sessions.nudge', { sessionId: f.sessionId, raterId: f.raterIds[2] });
    expect(heard).toEqual([{ topic: 'nudge', sessionId: f.sessionId, personId: f.raterIds[2] }]);
  });
});

describe('reveal, consensus and a second round', () => {
  it('reveals one sample at a time, then all, keeping the rest blind', async () => {
    await score(raters[0], 0, 0, 1);
    await score(raters[1], 0, 0, 4);
    await score(raters[0], 1, 0, 2);
    await score(raters[1], 1, 0, 3);

    await ok(OWNER, 'sessions.reveal', { sessionId: f.sessionId, sampleId: f.sampleIds[0] });
    // A rater's own list stays its own; colleagues appear on the board, revealed samples only.
    const seen = await ok<{ sampleId: string; raterId: string }[]>(raters[0], 'scores.list', {
      sessionId: f.sessionId,
    });
    expect(seen.map((s) => s.raterId)).toEqual([f.raterIds[0], f.raterIds[0]]);
    expect(
      (
        await refused(raters[2], 'scores.record', {
          sessionId: f.sessionId,
          sampleId: f.sampleIds[0],
          criterionId: f.criterionIds[1],
          score: 2,
        })
      ).message,
    ).toMatch(/revealed/);
    await score(raters[2], 1, 1, 2);

    const board = await ok<{
      samples: { sampleId: string; cells: { scores: { score: number | null }[] }[] }[];
    }>(raters[0], 'reveal.view', { sessionId: f.sessionId });
    expect(board.samples.map((s) => s.sampleId)).toEqual([f.sampleIds[0]]);
    expect(board.samples[0]!.cells[0]!.scores.map((s) => s.score).sort()).toEqual([1, 4]);

    const detail = await ok<{ phase: string }>(OWNER, 'sessions.reveal', {
      sessionId: f.sessionId,
      sampleId: f.sampleIds[1],
    });
    expect(detail.phase).toBe('revealed');
    const all = await ok<{ samples: { cells: { scores: unknown[] }[] }[] }>(
      raters[0],
      'reveal.view',
      { sessionId: f.sessionId },
    );
    expect(all.samples.flatMap((s) => s.cells.flatMap((c) => c.scores))).toHaveLength(5);
  });

  it('puts the most contested sample first, flags non-adjacent scores, hides names from raters', async () => {
    await score(raters[0], 0, 0, 2);
    await score(raters[1], 0, 0, 2);
    await score(raters[0], 1, 0, 1);
    await score(raters[1], 1, 0, 4);
    await score(raters[2], 1, 0, 2);
    await ok(OWNER, 'sessions.reveal', { sessionId: f.sessionId });
    type Board = {
      samples: {
        sampleId: string;
        flagged: boolean;
        contestedness: number;
        cells: { scores: { alias: string; name: string | null; you: boolean }[] }[];
      }[];
    };
    const forRater = await ok<Board>(raters[0], 'reveal.view', { sessionId: f.sessionId });
    expect(forRater.samples.map((s) => [s.sampleId, s.flagged])).toEqual([
      [f.sampleIds[1], true],
      [f.sampleIds[0], false],
    ]);
    // |1-4| + |1-2| + |4-2| over three pairs.
    expect(forRater.samples[0]!.contestedness).toBeCloseTo(6 / 3, 12);
    // In alias order, names for the owner only, the rater's own marked.
    const given = forRater.samples[0]!.cells[0]!.scores;
    expect(given.map((s) => s.alias)).toEqual(['R1', 'R2', 'R3']);
    expect(given.map((s) => s.name)).toEqual([null, null, null]);
    const aliasOfAna = app.services.sessions
      .get(f.sessionId, OWNER)
      .raters.find((r) => r.name === 'Ana')!.alias;
    expect(given.filter((s) => s.you).map((s) => s.alias)).toEqual([aliasOfAna]);
    const forOwner = await ok<Board>(OWNER, 'reveal.view', { sessionId: f.sessionId });
    const named = forOwner.samples[0]!.cells[0]!.scores;
    expect(named.map((s) => s.name).sort()).toEqual(['Ana', 'Ben', 'Cleo']);
    expect(named.some((s) => s.you)).toBe(false);
  });

  it('records consensus and clarifications after reveal, then re-scores blind in round 2', async () => {
    await score(raters[0], 0, 0, 2);
    await score(raters[1], 0, 0, 4);
    expect(
      (
        await refused(OWNER, 'consensus.record', {
          sessionId: f.sessionId,
          sampleId: f.sampleIds[0],
          criterionId: f.criterionIds[0],
          score: 3,
        })
      ).code,
    ).toBe('conflict');
    await ok(OWNER, 'sessions.reveal', { sessionId: f.sessionId });
    await ok(OWNER, 'consensus.record', {
      sessionId: f.sessionId,
      sampleId: f.sampleIds[0],
      criterionId: f.criterionIds[0],
      score: 3,
      rationale: 'The claim is clear but the counter-argument is missing.',
    });
    await ok(OWNER, 'clarifications.add', {
      sessionId: f.sessionId,
      criterionId: f.criterionIds[0],
      text: 'A claim must take a side.',
    });
    expect(
      await ok<{ text: string }[]>(raters[1], 'clarifications.list', { sessionId: f.sessionId }),
    ).toMatchObject([{ text: 'A claim must take a side.' }]);
    expect(
      (
        await refused(raters[1], 'consensus.record', {
          sessionId: f.sessionId,
          sampleId: f.sampleIds[0],
          criterionId: f.criterionIds[0],
          score: 1,
        })
      ).code,
    ).toBe('forbidden');

    const round2 = await ok<{ currentRound: number; phase: string }>(
      OWNER,
      'sessions.startSecondRound',
      {
        sessionId: f.sessionId,
      },
    );
    expect(round2).toMatchObject({ currentRound: 2, phase: 'scoring' });
    await score(raters[0], 0, 0, 3);
    await score(raters[1], 0, 0, 3);
    const seenByAna = await ok<{ round: number; raterId: string }[]>(raters[0], 'scores.list', {
      sessionId: f.sessionId,
    });
    expect(seenByAna.filter((s) => s.round === 2).map((s) => s.raterId)).toEqual([f.raterIds[0]]);
    expect(seenByAna.filter((s) => s.round === 1).map((s) => s.raterId)).toEqual([f.raterIds[0]]);
    const firstRound = await ok<{ samples: { cells: { scores: unknown[] }[] }[] }>(
      raters[0],
      'reveal.view',
      { sessionId: f.sessionId, round: 1 },
    );
    expect(firstRound.samples.flatMap((s) => s.cells.flatMap((c) => c.scores))).toHaveLength(2);
    expect(
      (await refused(OWNER, 'sessions.startSecondRound', { sessionId: f.sessionId })).code,
    ).toBe('conflict');

    await ok(OWNER, 'sessions.reveal', { sessionId: f.sessionId });
    const closed = await ok<{ phase: string }>(OWNER, 'sessions.close', { sessionId: f.sessionId });
    expect(closed.phase).toBe('closed');
    const audit = app.store.access.auditEntries(f.sessionId).map((e) => e.action);
    expect(audit).toEqual([
      'session.scoring',
      'session.revealed',
      'consensus.recorded',
      'session.round_started',
      'session.revealed',
      'session.closed',
    ]);
  });

  it('starts protocol timers visible on the session', async () => {
    const detail = await ok<{ timer: { phaseIndex: number; startedAt: string } | null }>(
      OWNER,
      'sessions.startTimer',
      {
        sessionId: f.sessionId,
        phaseIndex: 1,
      },
    );
    expect(detail.timer?.phaseIndex).toBe(1);
    expect(Date.parse(detail.timer!.startedAt)).toBeGreaterThan(Date.now() - 5000);
    expect(
      (await refused(OWNER, 'sessions.startTimer', { sessionId: f.sessionId, phaseIndex: 9 }))
        .message,
    ).toMatch(/phaseIndex: the protocol has 3 phases/);
  });
});
