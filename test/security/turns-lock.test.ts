// The attack from issue 13: on one device (hot seat), after one teacher ended a turn, the next
// opened Sessions and downloaded the long CSV with the first teacher's scores before any reveal.
// Here the next teacher, holding the owner's key on that device, tries every owner method, a
// reload, a restart, reopening the first teacher's turn and guessing the PIN.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { METHOD_NAMES } from '../../src-main/api/contract.js';
import { routes } from '../../src-main/api/router.js';
import { openApp } from '../../src-main/app.js';
import { startHttpServer } from '../../src-main/transports/http.js';
import type { LiveRoom } from './live-server.js';
import { OWNER_TOKEN, callApi, listen, openLiveRoom } from './live-server.js';

const PIN = '482913';
let room: LiveRoom;

const call = async (method: string, input: unknown = {}) => {
  const response = await callApi(room.base, method, input, OWNER_TOKEN);
  return { status: response.status, body: (await response.json()) as unknown };
};

beforeEach(async () => {
  room = await openLiveRoom();
});
afterEach(() => room.close());

/** Ana takes the first turn and scores, then ends it. */
async function anaTakesATurn() {
  const { f } = room;
  expect((await call('turns.start', { sessionId: f.sessionId, pin: PIN })).status).toBe(200);
  expect((await call('turns.begin', { personId: f.raterIds[0] })).status).toBe(200);
  const scored = await call('scores.record', {
    sessionId: f.sessionId,
    sampleId: f.sampleIds[0],
    criterionId: f.criterionIds[0],
    score: 4,
    note: 'ANA-PRIVATE',
  });
  expect(scored.status).toBe(200);
  expect((await call('turns.end')).status).toBe(200);
}

describe('one device taking turns', () => {
  it('refuses every owner method to the next teacher, between turns and during one', async () => {
    await anaTakesATurn();
    const owners = METHOD_NAMES.filter((m) => routes[m].access === 'owner');
    const inputs = [{}, { sessionId: room.f.sessionId }];
    const opened: string[] = [];
    for (const method of owners) {
      for (const input of inputs) {
        const { status } = await call(method, input);
        if (status !== 403) opened.push(`${method}: ${status}`);
      }
    }
    expect(opened).toEqual([]);

    // Ben's turn: the session methods act as Ben, and Ben sees only Ben's.
    expect((await call('turns.begin', { personId: room.f.raterIds[1] })).status).toBe(200);
    for (const method of owners) {
      const { status } = await call(method, { sessionId: room.f.sessionId });
      if (status !== 403) opened.push(`${method} during a turn: ${status}`);
    }
    expect(opened).toEqual([]);
    const seen = await call('scores.list', { sessionId: room.f.sessionId });
    expect(seen.status).toBe(200);
    expect(JSON.stringify(seen.body)).not.toContain('ANA-PRIVATE');
    const board = await call('reveal.view', { sessionId: room.f.sessionId });
    expect(JSON.stringify(board.body)).not.toMatch(/ANA-PRIVATE|"score":4/);
    const assignment = await call('scoring.assignment', { sessionId: room.f.sessionId });
    expect(assignment.body).toMatchObject({ raterId: room.f.raterIds[1], scores: [] });
    // Scores written during Ben's turn are Ben's, whatever rater id is sent.
    const forged = await call('scores.record', {
      sessionId: room.f.sessionId,
      sampleId: room.f.sampleIds[1],
      criterionId: room.f.criterionIds[0],
      score: 1,
      raterId: room.f.raterIds[0],
    });
    expect(forged.body).toMatchObject({ raterId: room.f.raterIds[1] });
  });

  it('keeps a finished turn closed without the PIN, and pauses after wrong PINs', async () => {
    await anaTakesATurn();
    const again = await call('turns.begin', { personId: room.f.raterIds[0] });
    expect(again.status).toBe(403);
    for (let i = 0; i < 5; i++) {
      const wrong = await call('turns.begin', { personId: room.f.raterIds[0], pin: '000000' });
      expect(wrong.status).toBe(403);
    }
    // The sixth try, even with the right PIN, waits out the pause.
    const paused = await call('turns.begin', { personId: room.f.raterIds[0], pin: PIN });
    expect(paused).toMatchObject({ status: 403, body: { error: { message: /Try again in/ } } });
    expect((await call('turns.unlock', { pin: PIN })).status).toBe(403);
  });

  it('stays locked across a reload and a restart, and the PIN unlocks it', async () => {
    await anaTakesATurn();
    // A reload asks who the key belongs to: a device taking turns, not the owner.
    expect((await call('app.whoami')).body).toEqual({
      role: 'turns',
      sessionId: room.f.sessionId,
    });
    // A restart of the server on the same workspace.
    await room.server.close();
    room.app.close();
    const reopened = openApp(room.app.path);
    const server = await startHttpServer({
      services: reopened.services,
      ownerToken: OWNER_TOKEN,
      staticDir: null,
      host: '127.0.0.1',
      port: 0,
    });
    const base = `http://127.0.0.1:${server.port}`;
    try {
      const list = await callApi(base, 'sessions.list', {}, OWNER_TOKEN);
      expect(list.status).toBe(403);
      const exportCsv = await callApi(
        base,
        'exports.ratings',
        { sessionId: room.f.sessionId, format: 'long' },
        OWNER_TOKEN,
      );
      expect(exportCsv.status).toBe(403);
      expect((await callApi(base, 'turns.unlock', { pin: '1111' }, OWNER_TOKEN)).status).toBe(403);
      expect((await callApi(base, 'turns.unlock', { pin: PIN }, OWNER_TOKEN)).status).toBe(200);
      expect((await callApi(base, 'sessions.list', {}, OWNER_TOKEN)).status).toBe(200);
      const whoami = await callApi(base, 'app.whoami', {}, OWNER_TOKEN);
      expect(await whoami.json()).toEqual({ role: 'owner' });
    } finally {
      await server.close();
      reopened.close();
    }
  });

  it('lets the device hear only the turns between turns, and one rater during a turn', async () => {
    const { f } = room;
    expect((await call('turns.start', { sessionId: f.sessionId, pin: PIN })).status).toBe(200);
    const feed = await listen(room.server.port, OWNER_TOKEN);
    // A colleague in the room (another device) scores: the locked device must not hear it.
    const ben = room.app.services.sessions.issueRaterToken(f.sessionId, f.raterIds[1]);
    await callApi(
      room.base,
      'scores.record',
      {
        sessionId: f.sessionId,
        sampleId: f.sampleIds[0],
        criterionId: f.criterionIds[0],
        score: 2,
      },
      ben,
    );
    await call('turns.begin', { personId: f.raterIds[0] });
    await new Promise((resolve) => setTimeout(resolve, 250));
    feed.socket.close();
    const events = feed.messages.slice(1).map((m) => (m as { event: { topic: string } }).event);
    expect(events.some((e) => e.topic === 'scores')).toBe(false);
    expect(events.some((e) => e.topic === 'turns')).toBe(true);
  });

  it('is for the owner only, and only while scoring', async () => {
    const { f } = room;
    const rater = room.app.services.sessions.issueRaterToken(f.sessionId, f.raterIds[0]);
    const asRater = await callApi(
      room.base,
      'turns.start',
      { sessionId: f.sessionId, pin: PIN },
      rater,
    );
    expect(asRater.status).toBe(403);
    // Before any turns, the owner's device hears it is not taking turns.
    expect(await call('turns.state')).toEqual({ status: 200, body: null });
    const rater2 = await callApi(room.base, 'turns.state', {}, rater);
    expect(rater2.status).toBe(403);
    room.app.services.sessions.reveal(f.sessionId, undefined, { role: 'owner' });
    expect((await call('turns.start', { sessionId: f.sessionId, pin: PIN })).status).toBe(409);
  });
});
