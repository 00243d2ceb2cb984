// Revocation reaches open sockets (issue 13): a WebSocket that authenticated before its token was
// revoked kept hearing events. Now revoking a token closes its sockets, at once.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Actor } from '../../src-main/domain/actor.js';
import type { LiveRoom } from './live-server.js';
import { OWNER_TOKEN, callApi, listen, openLiveRoom } from './live-server.js';

const OWNER: Actor = { role: 'owner' };
let room: LiveRoom;
beforeEach(async () => {
  room = await openLiveRoom();
});
afterEach(() => room.close());

/** The close code within a short wait, or 'open' when the socket is still open. */
async function closedWithin(closed: Promise<number>, ms = 500): Promise<number | 'open'> {
  return Promise.race([closed, new Promise<'open'>((r) => setTimeout(() => r('open'), ms))]);
}

describe('revoking a token', () => {
  it('closes the sockets of a rater the facilitator lets in again, and no event reaches them', async () => {
    const { services } = room.app;
    const { f } = room;
    const old = services.sessions.issueRaterToken(f.sessionId, f.raterIds[0]);
    const other = services.sessions.issueRaterToken(f.sessionId, f.raterIds[1]);
    const revoked = await listen(room.server.port, old);
    const kept = await listen(room.server.port, other);
    expect(revoked.messages).toEqual([{ type: 'ready' }]);
    await callApi(
      room.base,
      'room.resetRater',
      { sessionId: f.sessionId, personId: f.raterIds[0] },
      OWNER_TOKEN,
    );
    expect(await closedWithin(revoked.closed)).toBe(4401);
    // Events after the revocation (a nudge meant for that rater) are not heard by the old socket.
    const heard = revoked.messages.length;
    services.sessions.nudge(f.sessionId, f.raterIds[0]);
    services.sessions.startTimer(f.sessionId, 0);
    await new Promise((r) => setTimeout(r, 150));
    expect(revoked.messages).toHaveLength(heard);
    expect(await closedWithin(kept.closed, 50)).toBe('open');
    kept.socket.close();
  });

  it('closes every rater socket when the session closes', async () => {
    const { services } = room.app;
    const { f } = room;
    const token = services.sessions.issueRaterToken(f.sessionId, f.raterIds[2]);
    const feed = await listen(room.server.port, token);
    services.sessions.reveal(f.sessionId, undefined, OWNER);
    services.sessions.close(f.sessionId, OWNER);
    expect(await closedWithin(feed.closed)).toBe(4401);
  });

  it('closes a qualification candidate’s socket when the coach starts another attempt', async () => {
    const { services, store } = room.app;
    const { f } = room;
    const version = store.rubrics.getVersion(f.rubricVersionId)!;
    store.samples.setAnchorScores(
      f.sampleIds[0]!,
      version.rubricId,
      version.criteria.map((c) => ({ criterionKey: c.key, score: 3, rationale: 'why' })),
    );
    const setId = services.qualification.createSet({
      title: 'Check',
      rubricVersionId: version.id,
      sampleIds: [f.sampleIds[0]!],
      rule: { minExact: 0.5 },
    }).id;
    const first = services.qualification.startAttempt(setId, f.raterIds[0]);
    const feed = await listen(room.server.port, first.token);
    services.qualification.startAttempt(setId, f.raterIds[0]);
    expect(await closedWithin(feed.closed)).toBe(4401);
  });
});
