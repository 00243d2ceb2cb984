// Comparative judgement sessions through the one door (dispatch): the judges' pairs, their
// choices, and what each judge may learn. A judge receives its own pair and count and nothing
// of any other judge: no choice, no name, no scale, no anchor mark.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../src-main/api/dispatcher.js';
import type { Actor } from '../../src-main/domain/actor.js';
import type { JudgingTurn } from '../../src-main/domain/judging.js';
import type { JudgingFixture } from '../helpers/judging.js';
import { judgingFixture } from '../helpers/judging.js';
import type { TempApp } from '../helpers/workspace.js';
import { openTempApp, scoringFixture } from '../helpers/workspace.js';

let app: TempApp;
let fx: JudgingFixture;
const owner: Actor = { role: 'owner' };
const judge = (i: 0 | 1 | 2): Actor => ({
  role: 'rater',
  sessionId: fx.sessionId,
  personId: fx.judgeIds[i],
});

beforeEach(() => {
  app = openTempApp();
  fx = judgingFixture(app.services, 5);
});
afterEach(() => app.dispose());

async function call<T>(actor: Actor, method: string, input: unknown): Promise<T> {
  const result = await dispatch(app.services, actor, method, input);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.result as T;
}

async function failure(actor: Actor, method: string, input: unknown): Promise<string> {
  const result = await dispatch(app.services, actor, method, input);
  if (result.ok) throw new Error(`${method} was allowed`);
  return result.error.code;
}

/** Everything of a judge's answers that could name a colleague or reveal the scale. */
function assertBlind(answer: unknown, self: string): void {
  const text = JSON.stringify(answer);
  for (const other of fx.judgeIds.filter((id) => id !== self)) expect(text).not.toContain(other);
  for (const name of ['Ana', 'Ben', 'Cleo']) {
    const own = app.store.library.findPerson(self)!.name;
    if (name !== own) expect(text).not.toContain(name);
  }
  for (const word of ['winner', 'ability', 'isAnchor', 'wins', 'alias']) {
    expect(text).not.toContain(word);
  }
}

describe('judging sessions', () => {
  it('is a judgement session with its question, one blind round, and a frozen rubric', async () => {
    const session = await call<{ kind: string; judging: unknown; options: { rounds: number } }>(
      owner,
      'sessions.get',
      { sessionId: fx.sessionId },
    );
    expect(session.kind).toBe('judgement');
    expect(session.judging).toEqual({
      question: 'Which essay argues its claim better?',
      competencyId: null,
      perJudge: 5,
    });
    expect(session.options.rounds).toBe(1);
    expect(app.store.rubrics.getVersion(fx.rubricVersionId)!.frozenAt).not.toBeNull();
  });

  it('gives a judge one pair at a time, the same pair again after a reload', async () => {
    const first = await call<JudgingTurn>(judge(0), 'judging.turn', { sessionId: fx.sessionId });
    expect(first.pair).not.toBeNull();
    expect(first.pair!.left.id).not.toBe(first.pair!.right.id);
    expect(first).toMatchObject({ done: 0, total: 5, judgeId: fx.judgeIds[0] });
    const again = await call<JudgingTurn>(judge(0), 'judging.turn', { sessionId: fx.sessionId });
    expect(again.pair).toEqual(first.pair);
    assertBlind(first, fx.judgeIds[0]);
  });

  it('records a choice once, hands out the next pair, and never repeats a pair', async () => {
    const seen = new Set<string>();
    let turn = await call<JudgingTurn>(judge(1), 'judging.turn', { sessionId: fx.sessionId });
    for (let i = 0; i < 5; i += 1) {
      const pair = turn.pair!;
      const key = [pair.left.id, pair.right.id].sort().join('|');
      expect(seen.has(key)).toBe(false);
      seen.add(key);
      const choice = { sessionId: fx.sessionId, pairId: pair.pairId, winner: 'left', ms: 4000 };
      turn = await call<JudgingTurn>(judge(1), 'judging.choose', choice);
      // A retry of the same choice (its answer was lost) counts nothing more.
      const retry = await call<JudgingTurn>(judge(1), 'judging.choose', choice);
      expect(retry.done).toBe(i + 1);
      expect(retry.pair).toEqual(turn.pair);
      assertBlind(turn, fx.judgeIds[1]);
    }
    expect(turn.done).toBe(5);
    expect(turn.pair).toBeNull();
    const rows = app.store.judging.all(fx.sessionId);
    expect(rows.filter((r) => r.winnerId !== null)).toHaveLength(5);
    expect(rows.every((r) => r.ms === 4000 && r.judgeId === fx.judgeIds[1])).toBe(true);
  });

  it('refuses the other side of a pair already chosen, and a pair on another screen', async () => {
    const turn = await call<JudgingTurn>(judge(0), 'judging.turn', { sessionId: fx.sessionId });
    const input = { sessionId: fx.sessionId, pairId: turn.pair!.pairId };
    await call(judge(0), 'judging.choose', { ...input, winner: 'right' });
    expect(await failure(judge(0), 'judging.choose', { ...input, winner: 'left' })).toBe(
      'conflict',
    );
    const other = await call<JudgingTurn>(judge(2), 'judging.turn', { sessionId: fx.sessionId });
    expect(
      await failure(judge(0), 'judging.choose', {
        sessionId: fx.sessionId,
        pairId: other.pair!.pairId,
        winner: 'left',
      }),
    ).toBe('not_found');
  });

  it('keeps the scale, the progress and the results from judges', async () => {
    for (const method of ['judging.scale', 'judging.progress', 'judging.results']) {
      expect(await failure(judge(0), method, { sessionId: fx.sessionId })).toBe('forbidden');
    }
  });

  it('lets a judge reach only its own session', async () => {
    const meeting = scoringFixture(app.services);
    const outsider: Actor = {
      role: 'rater',
      sessionId: meeting.sessionId,
      personId: meeting.raterIds[0],
    };
    expect(await failure(outsider, 'judging.turn', { sessionId: fx.sessionId })).toBe('forbidden');
    // A rubric meeting has no pairs to judge.
    expect(await failure(outsider, 'judging.turn', { sessionId: meeting.sessionId })).toBe(
      'invalid_input',
    );
  });

  it('shows the facilitator counts and a scale that moves with the judgements', async () => {
    let turn = await call<JudgingTurn>(judge(0), 'judging.turn', { sessionId: fx.sessionId });
    const winners: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      winners.push(turn.pair!.left.id);
      turn = await call<JudgingTurn>(judge(0), 'judging.choose', {
        sessionId: fx.sessionId,
        pairId: turn.pair!.pairId,
        winner: 'left',
      });
    }
    const progress = await call<{ personId: string; done: number; total: number }[]>(
      owner,
      'judging.progress',
      { sessionId: fx.sessionId },
    );
    expect(progress.map((p) => [p.personId, p.done, p.total])).toEqual(
      fx.judgeIds.map((id, i) => [id, i === 0 ? 3 : 0, 5]),
    );
    const scale = await call<{ judgements: number; samples: { sampleId: string; wins: number }[] }>(
      owner,
      'judging.scale',
      { sessionId: fx.sessionId },
    );
    expect(scale.judgements).toBe(3);
    for (const id of fx.sampleIds) {
      const wins = winners.filter((w) => w === id).length;
      expect(scale.samples.find((s) => s.sampleId === id)!.wins).toBe(wins);
    }
  });

  it('refuses rubric scores in a judgement session', async () => {
    const code = await failure(judge(0), 'scores.record', {
      sessionId: fx.sessionId,
      sampleId: fx.sampleIds[0],
      criterionId: app.store.rubrics.getVersion(fx.rubricVersionId)!.criteria[0]!.id,
      score: 3,
      note: '',
    });
    expect(['invalid_input', 'conflict']).toContain(code);
  });

  it('answers the results by sample code and judge alias only', async () => {
    for (const i of [0, 1, 2] as const) {
      let turn = await call<JudgingTurn>(judge(i), 'judging.turn', { sessionId: fx.sessionId });
      while (turn.pair) {
        turn = await call<JudgingTurn>(judge(i), 'judging.choose', {
          sessionId: fx.sessionId,
          pairId: turn.pair.pairId,
          winner: turn.pair.left.code < turn.pair.right.code ? 'left' : 'right',
          ms: 2000,
        });
      }
    }
    const results = await call<{
      judgements: number;
      report: { fit: { samples: { sample: string }[] }; judges: { judges: { judge: string }[] } };
    }>(owner, 'judging.results', { sessionId: fx.sessionId });
    expect(results.judgements).toBe(15);
    const codes = fx.sampleIds.map((id) => app.store.samples.get(id)!.code).sort();
    expect(results.report.fit.samples.map((s) => s.sample).sort()).toEqual(codes);
    const aliases = app.store.sessions
      .get(fx.sessionId)!
      .raters.map((r) => r.alias)
      .sort();
    expect(results.report.judges.judges.map((j) => j.judge).sort()).toEqual(aliases);
    expect(JSON.stringify(results)).not.toMatch(/Ana|Ben|Cleo/);
  });
});
