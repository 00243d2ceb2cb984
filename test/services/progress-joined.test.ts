// The facilitator's board tells a rater who never came into the session from one who is scoring:
// joined by claiming their name in the room, by a turn on the facilitator's device, or by scores.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../src-main/api/dispatcher.js';
import type { Actor } from '../../src-main/domain/actor.js';
import type { ScoringFixture, TempApp } from '../helpers/workspace.js';
import { openTempApp, scoringFixture } from '../helpers/workspace.js';

const OWNER: Actor = { role: 'owner' };
const DEVICE = '192.0.2.10';
const PIN = '482913';
let app: TempApp;
let f: ScoringFixture;

beforeEach(() => {
  app = openTempApp();
  f = scoringFixture(app.services);
});
afterEach(() => app.dispose());

async function ok<T = unknown>(actor: Actor, method: string, input: unknown): Promise<T> {
  const result = await dispatch(app.services, actor, method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.code}: ${result.error.message}`);
  return result.result as T;
}

interface Row {
  name: string;
  joined: boolean;
  submitted: boolean;
}

/** Ana, Ben, Cleo: who has joined, as the owner's api answers it. */
async function joined(): Promise<boolean[]> {
  const rows = await ok<Row[]>(OWNER, 'sessions.progress', { sessionId: f.sessionId });
  expect(rows.map((r) => r.name)).toEqual(['Ana', 'Ben', 'Cleo']);
  return rows.map((r) => r.joined);
}

/** The same from the service, for the moments the owner's key is locked to the turns. */
function joinedNow(): boolean[] {
  return app.services.sessions.progress(f.sessionId).map((r) => r.joined);
}

function claim(name: string): string {
  const code = app.services.room.joinCode(f.sessionId);
  const seat = app.services.room.lookup(code, DEVICE).raters.find((r) => r.name === name)!.seat;
  return app.services.room.claim(code, seat, DEVICE).token;
}

describe('who has joined, on the progress board', () => {
  it('starts with nobody, and counts a claimed name even after the facilitator resets it', async () => {
    expect(await joined()).toEqual([false, false, false]);
    claim('Ben');
    expect(await joined()).toEqual([false, true, false]);
    await ok(OWNER, 'room.resetRater', { sessionId: f.sessionId, personId: f.raterIds[1] });
    expect(await joined()).toEqual([false, true, false]);
  });

  it('counts a rater whose scores were recorded, in this round or an earlier one', async () => {
    const ana: Actor = { role: 'rater', sessionId: f.sessionId, personId: f.raterIds[0] };
    await ok(ana, 'scores.record', {
      sessionId: f.sessionId,
      sampleId: f.sampleIds[0],
      criterionId: f.criterionIds[0],
      score: 3,
    });
    expect(await joined()).toEqual([true, false, false]);
    await ok(OWNER, 'sessions.reveal', { sessionId: f.sessionId });
    await ok(OWNER, 'sessions.startSecondRound', { sessionId: f.sessionId });
    expect(await joined()).toEqual([true, false, false]);
  });

  it('counts a turn on the facilitator’s device, during it, after it and after the unlock', async () => {
    await ok(OWNER, 'turns.start', { sessionId: f.sessionId, pin: PIN });
    await ok(OWNER, 'turns.begin', { personId: f.raterIds[2] });
    expect(joinedNow()).toEqual([false, false, true]);
    // Scores in a turn are the turn's rater's, whoever the owner's key names.
    await ok(OWNER, 'scores.record', {
      sessionId: f.sessionId,
      sampleId: f.sampleIds[0],
      criterionId: f.criterionIds[0],
      score: 2,
      raterId: f.raterIds[0],
    });
    await ok(OWNER, 'turns.end', {});
    // Ben takes a turn and scores nothing.
    await ok(OWNER, 'turns.begin', { personId: f.raterIds[1] });
    await ok(OWNER, 'turns.end', {});
    expect(joinedNow()).toEqual([false, true, true]);
    await ok(OWNER, 'turns.unlock', { pin: PIN });
    // The unlock forgets who ended a turn; Cleo's scores still say she came in.
    expect((await joined())[2]).toBe(true);
    expect((await joined())[0]).toBe(false);
  });

  it('keeps a rater who never joined apart from one who submitted when scoring is ended', async () => {
    claim('Ana');
    await ok(OWNER, 'sessions.endScoring', { sessionId: f.sessionId });
    const rows = await ok<Row[]>(OWNER, 'sessions.progress', { sessionId: f.sessionId });
    expect(rows.map((r) => [r.name, r.submitted, r.joined])).toEqual([
      ['Ana', true, true],
      ['Ben', true, false],
      ['Cleo', true, false],
    ]);
  });

  it('is the owner’s to read, never a rater’s', async () => {
    claim('Ana');
    const ana: Actor = { role: 'rater', sessionId: f.sessionId, personId: f.raterIds[0] };
    const result = await dispatch(app.services, ana, 'sessions.progress', {
      sessionId: f.sessionId,
    });
    expect(result.ok).toBe(false);
  });
});
