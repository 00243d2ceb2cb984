// A session package travels to packages.import in a body larger than the ordinary limit, from the
// owner: a real package larger than that limit goes through and is merged.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src-main/transports/http.js';
import { DEFAULT_SESSION_OPTIONS } from '../../src-main/domain/session.js';
import { MAX_BODY_BYTES, startHttpServer } from '../../src-main/transports/http.js';
import type { TempApp } from '../helpers/workspace.js';
import { openTempApp, scoringFixture } from '../helpers/workspace.js';

const OWNER_TOKEN = 'owner-token-for-package-tests-0123456789';
let source: TempApp;
let target: TempApp;
let server: RunningServer;
let packageBase64: string;

beforeAll(async () => {
  source = openTempApp();
  const f = scoringFixture(source.services);
  // A text sample of random letters (which compress poorly) makes the package larger than the
  // limit; a sample must still be real text, or the package is refused.
  const LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,;:!?-()';
  const noise = new Uint8Array(2 * MAX_BODY_BYTES);
  for (let i = 0; i < noise.length; i += 65536)
    crypto.getRandomValues(noise.subarray(i, i + 65536));
  for (let i = 0; i < noise.length; i++) noise[i] = LETTERS.charCodeAt(noise[i]! % LETTERS.length);
  const big = source.services.samples.add({
    kind: 'text',
    file: { bytes: noise, mediaType: 'text/plain' },
    original: { bytes: noise, mediaType: 'text/plain', fileName: 'big.txt' },
    studentName: 'Someone',
  });
  const draft = source.services.sessions.create({
    title: 'With a large sample',
    heldOn: '2026-11-01',
    rubricVersionId: f.rubricVersionId,
    facilitatorId: null,
    options: DEFAULT_SESSION_OPTIONS,
    sampleIds: [big.id],
    raterIds: f.raterIds,
  });
  const { bytes } = source.services.exchange.exportPackage(draft.id);
  packageBase64 = Buffer.from(bytes).toString('base64');

  target = openTempApp();
  const staticDir = join(target.dir, 'renderer');
  mkdirSync(staticDir);
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Concord</title>');
  server = await startHttpServer({
    services: target.services,
    ownerToken: OWNER_TOKEN,
    staticDir,
    host: '127.0.0.1',
    port: 0,
  });
});
afterAll(async () => {
  await server.close();
  source.dispose();
  target.dispose();
});

function post(method: string, body: unknown, token: string) {
  return fetch(`http://127.0.0.1:${server.port}/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
}

describe('packages.import over HTTP', () => {
  it('takes a package larger than the ordinary body limit from the owner', async () => {
    expect(packageBase64.length).toBeGreaterThan(MAX_BODY_BYTES);
    const response = await post('packages.import', { base64: packageBase64 }, OWNER_TOKEN);
    expect(response.status, await response.clone().text()).toBe(200);
    const report = (await response.json()) as { created: { samples: number; sessions: number } };
    expect(report.created).toMatchObject({ samples: 1, sessions: 1 });
  });
});
