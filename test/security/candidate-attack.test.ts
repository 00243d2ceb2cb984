// A rater taking a qualification check holds a token bound to that one attempt (a candidate).
// Here it calls every method of the contract over HTTP, as a curious rater could during the check:
// only its own attempt's methods answer, none shows a reference score before submission, and the
// token dies after the feedback window or when the attempt is abandoned.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { METHOD_NAMES } from '../../src-main/api/contract.js';
import type { MethodName } from '../../src-main/api/contract.js';
import { routes } from '../../src-main/api/router.js';
import { ATTEMPT_FEEDBACK_MINUTES } from '../../src-main/domain/qualification.js';
import type { LiveRoom } from './live-server.js';
import { OWNER_TOKEN, callApi, openLiveRoom } from './live-server.js';

/** The attempt screen's methods, each reviewed to answer only about the caller's own attempt. */
const ATTEMPT_REVIEWED = [
  'qualification.attempt',
  'qualification.score',
  'qualification.submit',
  'qualification.sample',
];
const RATIONALE = 'REFERENCE-RATIONALE-9q2w';

let room: LiveRoom;
let setId: string;
let inSet: string;
let notInSet: string;
let claimKey: string;
let attemptId: string;
let token: string;
let otherAttemptId: string;

const byAccess = (access: string) => METHOD_NAMES.filter((m) => routes[m].access === access);

async function status(method: MethodName, input: unknown, bearer = token) {
  const response = await callApi(room.base, method, input, bearer);
  return { status: response.status, body: (await response.json()) as unknown };
}

beforeAll(async () => {
  room = await openLiveRoom();
  const { services, store } = room.app;
  const version = store.rubrics.getVersion(room.f.rubricVersionId)!;
  claimKey = version.criteria[0]!.key;
  [inSet, notInSet] = room.f.sampleIds as [string, string];
  for (const sampleId of [inSet, notInSet]) {
    store.samples.setAnchorScores(
      sampleId,
      version.rubricId,
      version.criteria.map((c) => ({ criterionKey: c.key, score: 3, rationale: RATIONALE })),
    );
  }
  setId = services.qualification.createSet({
    title: 'Check',
    rubricVersionId: version.id,
    sampleIds: [inSet],
    rule: { minExact: 0.5 },
  }).id;
  const mine = services.qualification.startAttempt(setId, room.f.raterIds[0]);
  const other = services.qualification.startAttempt(setId, room.f.raterIds[1]);
  ({ token } = mine);
  attemptId = mine.attempt.id;
  otherAttemptId = other.attempt.id;
});
afterAll(() => room.close());

describe('an attempt token against the whole api', () => {
  it('carries 128 random bits, like a rater token, and is stored only as a hash', () => {
    expect(token).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(Buffer.from(token, 'base64url')).toHaveLength(16);
    const rows = room.app.store.workspace.db.prepare('SELECT * FROM attempt_tokens').all();
    expect(rows).toHaveLength(2);
    expect(JSON.stringify(rows)).not.toContain(token);
  });

  it('opens exactly the reviewed attempt methods', () => {
    expect(byAccess('attempt')).toEqual(ATTEMPT_REVIEWED);
  });

  it('is refused every other method, whatever the input', async () => {
    const answered: string[] = [];
    const inputs = [
      {},
      { attemptId },
      { setId },
      { sessionId: room.f.sessionId, sampleId: inSet },
      { sampleId: inSet },
    ];
    for (const method of METHOD_NAMES) {
      if (routes[method].access === 'attempt' || routes[method].access === 'anyone') continue;
      for (const input of inputs) {
        const answer = await status(method, input);
        if (answer.status !== 403) answered.push(`${method} ${JSON.stringify(input)}`);
      }
    }
    expect(answered).toEqual([]);
    // The anchor library in particular, which holds every reference score.
    expect((await status('anchors.list', {})).status).toBe(403);
  });

  it('is refused the attempt methods of another attempt, or with no attempt named', async () => {
    const answered: string[] = [];
    for (const method of byAccess('attempt')) {
      for (const input of [
        {},
        { attemptId: otherAttemptId },
        { attemptId: otherAttemptId, sampleId: inSet, criterionKey: claimKey, score: 2 },
      ]) {
        const answer = await status(method, input);
        if (answer.status !== 403) answered.push(`${method} ${JSON.stringify(input)}`);
      }
    }
    expect(answered).toEqual([]);
  });

  it('says who it is, reads only its set’s samples, and sees no reference before submitting', async () => {
    expect((await status('app.whoami', {})).body).toEqual({
      role: 'candidate',
      attemptId,
      raterId: room.f.raterIds[0],
      name: 'Ana',
    });
    const answers = [
      await status('qualification.attempt', { attemptId }),
      await status('qualification.score', {
        attemptId,
        sampleId: inSet,
        criterionKey: claimKey,
        score: 2,
      }),
      await status('qualification.sample', { attemptId, sampleId: inSet }),
    ];
    for (const answer of answers) {
      expect(answer.status).toBe(200);
      expect(JSON.stringify(answer.body)).not.toMatch(new RegExp(`${RATIONALE}|reference`, 'i'));
    }
    expect((await status('qualification.sample', { attemptId, sampleId: notInSet })).status).toBe(
      403,
    );
  });

  it('hears no change events on the live-update socket', async () => {
    const heard = await new Promise<string[]>((resolve, reject) => {
      const messages: string[] = [];
      const socket = new WebSocket(`ws://127.0.0.1:${room.server.port}/ws`);
      socket.on('open', () => socket.send(JSON.stringify({ type: 'auth', token })));
      socket.on('message', (data) => {
        const message = JSON.parse(String(data)) as { type: string };
        messages.push(message.type);
        if (message.type !== 'ready') return;
        // The owner changes scores, sessions and the other attempt; a rater would hear some.
        void callApi(room.base, 'qualification.submit', { attemptId: otherAttemptId }, OWNER_TOKEN)
          .then(() => new Promise((done) => setTimeout(done, 200)))
          .then(() => {
            socket.close();
            resolve(messages);
          });
      });
      socket.on('error', reject);
    });
    expect(heard).toEqual(['ready']);
  });

  it('reads the feedback right after submitting, then dies; abandoning kills a token too', async () => {
    const submitted = await status('qualification.submit', { attemptId });
    expect(submitted.status).toBe(200);
    expect(JSON.stringify(submitted.body)).toContain(RATIONALE);
    const feedback = await status('qualification.attempt', { attemptId });
    expect(feedback.status).toBe(200);
    expect(
      (
        await status('qualification.score', {
          attemptId,
          sampleId: inSet,
          criterionKey: claimKey,
          score: 3,
        })
      ).status,
    ).toBe(409);

    const access = room.app.store.access;
    const later = (minutes: number) => new Date(Date.now() + minutes * 60_000);
    expect(access.resolveAttemptToken(token, later(ATTEMPT_FEEDBACK_MINUTES - 1))).toBeDefined();
    expect(access.resolveAttemptToken(token, later(ATTEMPT_FEEDBACK_MINUTES + 1))).toBeUndefined();

    // A new attempt for the same person abandons the unfinished one: its token stops at once.
    const first = room.app.services.qualification.startAttempt(setId, room.f.raterIds[2]);
    expect(
      (await status('qualification.attempt', { attemptId: first.attempt.id }, first.token)).status,
    ).toBe(200);
    room.app.services.qualification.startAttempt(setId, room.f.raterIds[2]);
    expect(
      (await status('qualification.attempt', { attemptId: first.attempt.id }, first.token)).status,
    ).toBe(401);
  });

  it('a rater token of a live session is refused every attempt method', async () => {
    const raterToken = room.app.services.sessions.issueRaterToken(
      room.f.sessionId,
      room.f.raterIds[0],
    );
    for (const method of byAccess('attempt')) {
      expect((await status(method, { attemptId }, raterToken)).status).toBe(403);
    }
  });
});
