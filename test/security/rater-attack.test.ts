// A rater's device holds a token; here it calls every method of the contract over HTTP, the way
// a curious or hostile rater could. The list comes from the contract itself, so a method added
// later is attacked too, and a new method anyone may call fails this test until it is reviewed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { METHOD_NAMES } from '../../src-main/api/contract.js';
import type { MethodName } from '../../src-main/api/contract.js';
import { routes } from '../../src-main/api/router.js';
import type { Actor } from '../../src-main/domain/actor.js';
import { scoringFixture } from '../helpers/workspace.js';
import type { ScoringFixture } from '../helpers/workspace.js';
import type { LiveRoom } from './live-server.js';
import { callApi, openLiveRoom } from './live-server.js';

/** Methods a rater may call without naming a session; each was reviewed to reveal only its caller. */
const ANYONE_REVIEWED: readonly string[] = ['app.whoami'];
const OWNER: Actor = { role: 'owner' };
const BEN_NOTE = 'BEN-PRIVATE-NOTE-7f3k';

let room: LiveRoom;
let other: ScoringFixture;
let anaToken: string;

const byAccess = (access: string) => METHOD_NAMES.filter((m) => routes[m].access === access);

beforeAll(async () => {
  room = await openLiveRoom();
  const { services } = room.app;
  other = scoringFixture(services);
  anaToken = services.sessions.issueRaterToken(room.f.sessionId, room.f.raterIds[0]);
  // Ben scores with a note Ana must not see before the reveal.
  services.scoring.record(
    {
      sessionId: room.f.sessionId,
      sampleId: room.f.sampleIds[0]!,
      criterionId: room.f.criterionIds[0]!,
      score: 2,
      note: BEN_NOTE,
      raterId: room.f.raterIds[1],
    },
    OWNER,
  );
});
afterAll(() => room.close());

/** Inputs naming every id a method might take, for the attacker's own or another session. */
function inputsFor(sessionId: string, f: ScoringFixture): unknown[] {
  const sampleId = f.sampleIds[0];
  const criterionId = f.criterionIds[0];
  return [
    {},
    { sessionId },
    { sessionId, sampleId },
    { sessionId, sampleId, criterionId, score: 1 },
    { sessionId, round: 1 },
    { sampleId },
    { sessionId, personId: f.raterIds[1] },
  ];
}

async function status(method: MethodName, input: unknown, token = anaToken) {
  const response = await callApi(room.base, method, input, token);
  return { status: response.status, body: (await response.json()) as unknown };
}

describe('a rater token against the whole api', () => {
  it('covers every method of the contract, each with one known access rule', () => {
    const counted =
      byAccess('owner').length +
      byAccess('session').length +
      byAccess('session-optional').length +
      byAccess('attempt').length +
      byAccess('device').length +
      byAccess('anyone').length;
    expect(counted).toBe(METHOD_NAMES.length);
    expect(byAccess('anyone')).toEqual(ANYONE_REVIEWED);
  });

  it('is refused every owner, qualification-attempt and turn-device method, whatever the input', async () => {
    const refused: string[] = [];
    // Owner methods are refused before the input is read: two inputs show it.
    const own = room.f;
    const inputs = [{}, { sessionId: own.sessionId, sampleId: own.sampleIds[0], score: 1 }];
    for (const method of [...byAccess('owner'), ...byAccess('attempt'), ...byAccess('device')]) {
      for (const input of inputs) {
        const answer = await status(method, input);
        if (answer.status !== 403)
          refused.push(`${method} ${JSON.stringify(input)}: ${answer.status}`);
      }
    }
    expect(refused).toEqual([]);
    console.info(`owner methods refused to a rater token: ${byAccess('owner').length}`);
  });

  it('is refused every session method for another session, or with no session named', async () => {
    const leaks: string[] = [];
    const bound = [...byAccess('session'), ...byAccess('session-optional')];
    for (const method of bound) {
      const inputs = [...inputsFor(other.sessionId, other), { sampleId: room.f.sampleIds[0] }, {}];
      for (const input of inputs) {
        const answer = await status(method, input);
        if (answer.status !== 403)
          leaks.push(`${method} ${JSON.stringify(input)}: ${answer.status}`);
      }
    }
    expect(leaks).toEqual([]);
    console.info(`session methods refused for another session: ${bound.length}`);
  });

  it('learns nothing of other raters, students or original files from its own session', async () => {
    const forbidden = [
      room.f.raterIds[1],
      room.f.raterIds[2],
      '"Ben"',
      '"Cleo"',
      BEN_NOTE,
      'Student 0',
      'Student 1',
      'student-0.txt',
      'student-1.txt',
    ];
    const answered = new Set<string>();
    const leaks: string[] = [];
    for (const method of [
      ...byAccess('session'),
      ...byAccess('session-optional'),
      ...ANYONE_REVIEWED,
    ]) {
      for (const input of inputsFor(room.f.sessionId, room.f)) {
        const answer = await status(method as MethodName, input);
        expect(answer.status, `${method} ${JSON.stringify(input)}`).not.toBe(500);
        if (answer.status !== 200) continue;
        answered.add(method);
        const text = JSON.stringify(answer.body);
        for (const secret of forbidden)
          if (text.includes(secret))
            leaks.push(`${method} ${JSON.stringify(input)} shows ${secret}`);
      }
    }
    expect(leaks).toEqual([]);
    // Most session methods must have really answered, or the check above proves little.
    expect(answered.size).toBeGreaterThanOrEqual(5);
    console.info(`session methods answered for the rater's own session: ${answered.size}`);
  });

  it('sees the other raters as R1..Rn after the reveal, since the team did not opt in to names', async () => {
    const detail = room.app.services.sessions.get(room.f.sessionId, OWNER);
    expect(detail.options.hideRaterNames).toBe(true);
    room.app.services.sessions.reveal(room.f.sessionId, undefined, OWNER);
    const leaks: string[] = [];
    let answered = 0;
    for (const method of [...byAccess('session'), ...byAccess('session-optional')]) {
      for (const input of inputsFor(room.f.sessionId, room.f)) {
        const answer = await status(method, input);
        if (answer.status !== 200) continue;
        answered++;
        const text = JSON.stringify(answer.body);
        for (const name of ['"Ben"', '"Cleo"'])
          if (text.includes(name)) leaks.push(`${method}: ${name}`);
      }
    }
    expect(leaks).toEqual([]);
    expect(answered).toBeGreaterThan(5);
  });

  it('counts as forged when it is not exactly a token that was issued', async () => {
    for (const token of [
      anaToken.slice(0, -1),
      `${anaToken}A`,
      anaToken.toLowerCase() === anaToken ? anaToken.toUpperCase() : anaToken.toLowerCase(),
    ]) {
      expect((await status('scores.list', { sessionId: room.f.sessionId }, token)).status).toBe(
        401,
      );
    }
  });
});
