import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { JOIN_ATTEMPTS_PER_MINUTE } from '../../src-main/services/join-guard.js';
import type { RunningServer } from '../../src-main/transports/http.js';
import { MAX_BODY_BYTES, startHttpServer } from '../../src-main/transports/http.js';
import { listen } from '../security/live-server.js';
import type { ScoringFixture, TempApp } from '../helpers/workspace.js';
import { openTempApp, scoringFixture } from '../helpers/workspace.js';

const OWNER_TOKEN = 'owner-token-for-tests-0123456789';
let app: TempApp;
let server: RunningServer;
let f: ScoringFixture;
let raterToken: string;
let base: string;

beforeEach(async () => {
  app = openTempApp();
  f = scoringFixture(app.services);
  raterToken = app.services.sessions.issueRaterToken(f.sessionId, f.raterIds[0]);
  const staticDir = join(app.dir, 'renderer');
  mkdirSync(staticDir);
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Concord</title>');
  writeFileSync(join(app.dir, 'secret.txt'), 'outside the static folder');
  server = await startHttpServer({
    services: app.services,
    ownerToken: OWNER_TOKEN,
    staticDir,
    host: '127.0.0.1',
    port: 0,
  });
  base = `http://127.0.0.1:${server.port}`;
});
afterEach(async () => {
  await server.close();
  app.dispose();
});

function post(method: string, body: unknown, token?: string) {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (token !== undefined) headers.Authorization = `Bearer ${token}`;
  return fetch(`${base}/api/${method}`, { method: 'POST', headers, body: JSON.stringify(body) });
}

describe('the HTTP api', () => {
  it('prints an owner address that carries the token in the hash', () => {
    expect(server.ownerUrl).toBe(`${base}/#/?token=${OWNER_TOKEN}`);
  });

  it('answers 401 without a token or with a wrong one, before any routing', async () => {
    for (const token of [undefined, 'not-the-right-token-at-all', `${OWNER_TOKEN}x`]) {
      for (const method of ['sessions.list', 'no.such.method']) {
        const response = await post(method, {}, token);
        expect(response.status).toBe(401);
        expect(await response.json()).toEqual({
          error: { code: 'unauthorized', message: 'A valid access key is required.' },
        });
      }
    }
  });

  it('serves the owner everything and validates input with the field named', async () => {
    const list = await post('sessions.list', {}, OWNER_TOKEN);
    expect(list.status).toBe(200);
    expect(await list.json()).toMatchObject([{ id: f.sessionId, phase: 'scoring' }]);

    const bad = await post('people.create', { name: '', roles: ['rater'] }, OWNER_TOKEN);
    expect(bad.status).toBe(400);
    const body = (await bad.json()) as {
      error: { message: string; problems: { path: unknown[]; message: string }[] };
    };
    expect(body.error.message).toMatch(/^name: /);
    // The problems travel as they left the dispatcher, each at its field's path.
    expect(body.error.problems.map((p) => p.path)).toEqual([['name']]);
  });

  it('answers 403 to a rater calling an owner method, and 200 for its own session', async () => {
    expect((await post('sessions.list', {}, raterToken)).status).toBe(403);
    expect((await post('samples.identity', { sampleId: f.sampleIds[0] }, raterToken)).status).toBe(
      403,
    );
    const mine = await post('scores.list', { sessionId: f.sessionId }, raterToken);
    expect(mine.status).toBe(200);
  });

  it('refuses bodies that are not JSON or too large', async () => {
    const notJson = await fetch(`${base}/api/sessions.list`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${OWNER_TOKEN}`, 'Content-Type': 'application/json' },
      body: '{oops',
    });
    expect(notJson.status).toBe(400);
    const huge = await post(
      'people.create',
      { name: 'x'.repeat(MAX_BODY_BYTES + 10), roles: ['rater'] },
      OWNER_TOKEN,
    );
    expect(huge.status).toBe(413);
    expect(app.services.library.people().some((p) => p.name.startsWith('xxx'))).toBe(false);
  });

  it('answers 405 to other HTTP methods on the api', async () => {
    const response = await fetch(`${base}/api/sessions.list`, {
      headers: { Authorization: `Bearer ${OWNER_TOKEN}` },
    });
    expect(response.status).toBe(405);
  });
});

describe('joining by code', () => {
  function join(path: string, body: unknown) {
    return fetch(`${base}${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
  }

  it('finds the session by code and hands out a working rater token once', async () => {
    const code = app.services.room.joinCode(f.sessionId);
    const lookup = await join('/join/lookup', { code: code.toLowerCase() });
    expect(lookup.status).toBe(200);
    const found = (await lookup.json()) as { sessionId: string; raters: { seat: string }[] };
    expect(found).toMatchObject({
      sessionId: f.sessionId,
      raters: [{ name: 'Ana' }, { name: 'Ben' }, { name: 'Cleo' }],
    });
    const seat = found.raters[1]!.seat;

    const claim = await join('/join/claim', { code, seat });
    expect(claim.status).toBe(200);
    const { token } = (await claim.json()) as { token: string };
    expect((await post('scores.list', { sessionId: f.sessionId }, token)).status).toBe(200);
    expect((await join('/join/claim', { code, seat })).status).toBe(409);
  });

  it('answers a wrong code with 404 and stops guessing after the limit', async () => {
    const first = await join('/join/lookup', { code: '222222' });
    expect(first.status).toBe(404);
    let status = 0;
    for (let i = 1; i <= JOIN_ATTEMPTS_PER_MINUTE; i++)
      status = (await join('/join/lookup', { code: '222222' })).status;
    expect(status).toBe(429);
    const code = app.services.room.joinCode(f.sessionId);
    expect((await join('/join/lookup', { code })).status).toBe(429);
  });
});

describe('static files', () => {
  it('serves the app with security headers', async () => {
    const response = await fetch(`${base}/`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>Concord</title>');
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
  });

  it('never serves a file outside its folder', async () => {
    for (const path of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/..%2fsecret.txt',
      '/%2e%2e%5csecret.txt',
    ]) {
      const response = await fetch(`${base}${path}`);
      expect(response.status, path).toBe(404);
      expect(await response.text()).not.toContain('outside the static folder');
    }
  });
});

describe('the WebSocket', () => {
  const connect = (token: string) => listen(server.port, token);

  it('pushes change events to an authenticated owner', async () => {
    const { messages, socket } = await connect(OWNER_TOKEN);
    expect(messages[0]).toEqual({ type: 'ready' });
    await post('people.create', { name: 'Dana', roles: ['rater'] }, OWNER_TOKEN);
    await new Promise((r) => setTimeout(r, 50));
    expect(messages).toContainEqual({ type: 'change', event: { topic: 'people' } });
    socket.close();
  });

  it('closes a socket with a wrong token', async () => {
    const { messages, closed } = await connect('a-wrong-token-of-some-length');
    expect(await closed).toBe(4401);
    expect(messages).toEqual([]);
  });

  it('tells a rater only of its own session and its own scores, with no data', async () => {
    const otherToken = app.services.sessions.issueRaterToken(f.sessionId, f.raterIds[1]!);
    const { messages, socket } = await connect(raterToken);
    const owner = await connect(OWNER_TOKEN);
    await post('people.create', { name: 'Eli', roles: ['rater'] }, OWNER_TOKEN);
    const score = (token: string) =>
      post(
        'scores.record',
        {
          sessionId: f.sessionId,
          sampleId: f.sampleIds[0],
          criterionId: f.criterionIds[0],
          score: 3,
        },
        token,
      );
    await score(otherToken);
    await score(raterToken);
    await new Promise((r) => setTimeout(r, 50));
    // Another rater's score is not even announced to this one: it is blind to it.
    expect(messages.slice(1)).toEqual([
      {
        type: 'change',
        event: { topic: 'scores', sessionId: f.sessionId, personId: f.raterIds[0] },
      },
    ]);
    // The owner hears the first score at once; the second, within the same window, follows when
    // the window closes.
    expect(owner.messages.slice(1)).toEqual([
      { type: 'change', event: { topic: 'people' } },
      {
        type: 'change',
        event: { topic: 'scores', sessionId: f.sessionId, personId: f.raterIds[1] },
      },
    ]);
    await new Promise((r) => setTimeout(r, 150));
    expect(owner.messages.slice(3)).toEqual([
      {
        type: 'change',
        event: { topic: 'scores', sessionId: f.sessionId, personId: f.raterIds[0] },
      },
    ]);
    socket.close();
    owner.socket.close();
  });
});
