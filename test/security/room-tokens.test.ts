// Rater tokens: 128 random bits each, stored only as a hash, good for one rater in one session,
// and dead once the session closes or the facilitator lets the rater join again.
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import type { Actor } from '../../src-main/domain/actor.js';
import type { ScoringFixture } from '../helpers/workspace.js';
import { scoringFixture } from '../helpers/workspace.js';
import type { LiveRoom } from './live-server.js';
import { OWNER_TOKEN, callApi, openLiveRoom, postJson } from './live-server.js';

const OWNER: Actor = { role: 'owner' };
const TOKENS = 300;

let room: LiveRoom;
beforeEach(async () => {
  room = await openLiveRoom();
});
afterEach(() => room.close());

const tokenBytes = (token: string) => Buffer.from(token, 'base64url');

function wsAuth(token: string): Promise<'ready' | number> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(`ws://127.0.0.1:${room.server.port}/ws`);
    socket.on('open', () => socket.send(JSON.stringify({ type: 'auth', token })));
    socket.on('message', () => {
      socket.close();
      resolve('ready');
    });
    socket.on('close', (code) => resolve(code));
    socket.on('error', reject);
  });
}

describe('rater tokens', () => {
  it('carry 128 random bits: 22 base64url characters, all different, every bit varying', () => {
    const { services } = room.app;
    const tokens = Array.from({ length: TOKENS }, (_, i) =>
      services.sessions.issueRaterToken(room.f.sessionId, room.f.raterIds[i % 3]!),
    );
    for (const token of tokens) {
      expect(token).toMatch(/^[A-Za-z0-9_-]{22}$/);
      expect(tokenBytes(token)).toHaveLength(16);
    }
    expect(new Set(tokens).size).toBe(TOKENS);
    // Each of the 128 bit positions is set in about half the tokens (a constant or counter-like
    // part would sit at 0% or 100%); 7 standard deviations either side of 50%.
    const ones = new Array<number>(128).fill(0);
    for (const token of tokens) {
      const bytes = tokenBytes(token);
      for (let bit = 0; bit < 128; bit++) ones[bit]! += (bytes[bit >> 3]! >> (bit & 7)) & 1;
    }
    const spread = 7 * Math.sqrt(TOKENS / 4);
    for (const count of ones) expect(Math.abs(count - TOKENS / 2)).toBeLessThan(spread);
  });

  it('are handed out by the join claim in the same form, and kept only as a hash', async () => {
    const code = room.app.services.room.joinCode(room.f.sessionId);
    const { raters } = room.app.services.room.lookup(code, 'test');
    const claim = await postJson(room.base, '/join/claim', { code, seat: raters[2]!.seat });
    const { token } = (await claim.json()) as { token: string };
    expect(token).toMatch(/^[A-Za-z0-9_-]{22}$/);
    const db = room.app.store.workspace.db;
    const rows = db.prepare('SELECT * FROM rater_tokens').all();
    expect(JSON.stringify(rows)).not.toContain(token);
    db.pragma('wal_checkpoint(TRUNCATE)');
    expect(readFileSync(room.app.path).includes(Buffer.from(token))).toBe(false);
  });

  it('are bound to one session: another session is refused', async () => {
    const other: ScoringFixture = scoringFixture(room.app.services);
    const token = room.app.services.sessions.issueRaterToken(room.f.sessionId, room.f.raterIds[0]);
    const mine = await callApi(room.base, 'scores.list', { sessionId: room.f.sessionId }, token);
    expect(mine.status).toBe(200);
    const theirs = await callApi(room.base, 'scores.list', { sessionId: other.sessionId }, token);
    expect(theirs.status).toBe(403);
    const record = await callApi(
      room.base,
      'scores.record',
      {
        sessionId: other.sessionId,
        sampleId: other.sampleIds[0],
        criterionId: other.criterionIds[0],
        score: 4,
      },
      token,
    );
    expect(record.status).toBe(403);
    expect(room.app.store.scores.current(other.sessionId, {})).toEqual([]);
  });

  it('are bound to one rater: a score sent for another rater is recorded as the sender’s', async () => {
    const [ana, ben] = room.f.raterIds;
    const token = room.app.services.sessions.issueRaterToken(room.f.sessionId, ana);
    const response = await callApi(
      room.base,
      'scores.record',
      {
        sessionId: room.f.sessionId,
        sampleId: room.f.sampleIds[0],
        criterionId: room.f.criterionIds[0],
        score: 3,
        raterId: ben,
      },
      token,
    );
    // Either refused outright or recorded as Ana's: never as Ben's.
    expect([200, 400]).toContain(response.status);
    expect(room.app.store.scores.current(room.f.sessionId, { raterId: ben })).toEqual([]);
  });

  it('stop working over HTTP and WebSocket when the session closes', async () => {
    const { services } = room.app;
    const token = services.sessions.issueRaterToken(room.f.sessionId, room.f.raterIds[0]);
    expect(await wsAuth(token)).toBe('ready');
    services.sessions.reveal(room.f.sessionId, undefined, OWNER);
    expect(
      (await callApi(room.base, 'scores.list', { sessionId: room.f.sessionId }, token)).status,
    ).toBe(200);
    services.sessions.close(room.f.sessionId, OWNER);
    const after = await callApi(room.base, 'scores.list', { sessionId: room.f.sessionId }, token);
    expect(after.status).toBe(401);
    expect(await wsAuth(token)).toBe(4401);
    // The owner still can.
    const owner = await callApi(
      room.base,
      'scores.list',
      { sessionId: room.f.sessionId },
      OWNER_TOKEN,
    );
    expect(owner.status).toBe(200);
  });

  it('stop working when the facilitator lets the rater join again', async () => {
    const { services } = room.app;
    const token = services.sessions.issueRaterToken(room.f.sessionId, room.f.raterIds[0]);
    services.room.resetRater(room.f.sessionId, room.f.raterIds[0]);
    expect(
      (await callApi(room.base, 'scores.list', { sessionId: room.f.sessionId }, token)).status,
    ).toBe(401);
  });
});
