// The HTTP transport lets the owner send files to samples.import in a larger body than any other
// call; a rater, or any other method, keeps the ordinary limit.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src-main/transports/http.js';
import { MAX_BODY_BYTES, startHttpServer } from '../../src-main/transports/http.js';
import type { TempApp } from '../helpers/workspace.js';
import { openTempApp, scoringFixture } from '../helpers/workspace.js';

const OWNER_TOKEN = 'owner-token-for-import-tests-0123456789';
let app: TempApp;
let server: RunningServer;
let raterToken: string;

beforeAll(async () => {
  app = openTempApp();
  const f = scoringFixture(app.services);
  raterToken = app.services.sessions.issueRaterToken(f.sessionId, f.raterIds[0]);
  const staticDir = join(app.dir, 'renderer');
  mkdirSync(staticDir);
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Concord</title>');
  server = await startHttpServer({
    services: app.services,
    ownerToken: OWNER_TOKEN,
    staticDir,
    host: '127.0.0.1',
    port: 0,
  });
});
afterAll(async () => {
  await server.close();
  app.dispose();
});

function post(method: string, body: unknown, token: string) {
  return fetch(`http://127.0.0.1:${server.port}/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
}

describe('samples.import over HTTP', () => {
  // A text file larger than the ordinary body limit once in base64.
  const big = `${'An essay by Maya Okafor. '.repeat(Math.ceil((MAX_BODY_BYTES * 1.2) / 25))}\n`;
  const input = {
    files: [{ name: 'long.txt', base64: Buffer.from(big).toString('base64') }],
    roster: ['Maya Okafor'],
  };

  it('takes a file larger than the ordinary limit from the owner', async () => {
    const response = await post('samples.import', input, OWNER_TOKEN);
    expect(response.status).toBe(200);
    const { results } = (await response.json()) as { results: { status: string; code: string }[] };
    expect(results[0]).toMatchObject({ status: 'imported' });
  });

  it('keeps the ordinary limit for a rater and for other methods', async () => {
    expect((await post('samples.import', input, raterToken)).status).toBe(413);
    expect((await post('constructor', input, OWNER_TOKEN)).status).toBe(413);
    expect((await post('people.create', { name: big, roles: ['rater'] }, OWNER_TOKEN)).status).toBe(
      413,
    );
  });
});
