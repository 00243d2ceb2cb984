// A workspace Concord may not write (a read-only file, a read-only folder): every attempt says
// which file and what to do, what is there stays readable where SQLite allows it, and the file
// is left byte for byte as it was. Root ignores permissions, so as root Concord runs as `nobody`.
import { createHash } from 'node:crypto';
import { chmodSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeAll, beforeEach, expect, it } from 'vitest';
import { liveMeeting } from '../../bench/meeting-fixture.js';
import type { LiveMeeting } from '../../bench/meeting-fixture.js';
import { ApiCallError, roomClient } from '../../bench/room-client.js';
import { openApp } from '../../src-main/app.js';
import { tempDir } from '../helpers/workspace.js';
import { integrityProblems } from '../../bench/room-ledger.js';
import {
  giveTo,
  requireBuild,
  runConcordProcess,
  startServe,
  unprivilegedUser,
} from './processes.js';

const user = unprivilegedUser();
let dir: string;
let path: string;
let meeting: LiveMeeting;

const fingerprint = () => createHash('sha256').update(readFileSync(path)).digest('hex');

beforeAll(() => requireBuild());

beforeEach(() => {
  dir = tempDir('concord-readonly-');
  path = join(dir, 'workspace.sqlite');
  meeting = liveMeeting(path, 2, 2, 2);
  const app = openApp(path);
  app.services.scoring.record(
    {
      sessionId: meeting.sessionId,
      sampleId: meeting.sampleIds[0]!,
      criterionId: meeting.criterionIds[0]!,
      score: 3,
      note: 'kept',
    },
    { role: 'rater', sessionId: meeting.sessionId, personId: meeting.raterIds[0]! },
  );
  app.close();
  giveTo([dir, path], user);
});

afterEach(() => {
  chmodSync(dir, 0o755);
  rmSync(dir, { recursive: true, force: true });
});

function expectUnharmed(before: string) {
  chmodSync(dir, 0o755);
  chmodSync(path, 0o644);
  expect(fingerprint()).toBe(before);
  const db = new Database(path);
  expect(integrityProblems(db)).toEqual([]);
  const notes = db.prepare('SELECT note FROM current_scores').all() as { note: string }[];
  db.close();
  expect(notes).toEqual([{ note: 'kept' }]);
}

it('serves a read-only workspace file for reading, and refuses writes with a clear message', async () => {
  chmodSync(path, 0o444);
  const before = fingerprint();
  const server = await startServe(path, user);
  const client = roomClient(server.port);
  try {
    const sessions = (await client.call(server.ownerToken, 'sessions.list', {})) as unknown[];
    expect(sessions).toHaveLength(1);
    const refusal = await client
      .call(meeting.tokens[1]!, 'scores.record', {
        sessionId: meeting.sessionId,
        sampleId: meeting.sampleIds[1]!,
        criterionId: meeting.criterionIds[1]!,
        score: 2,
      })
      .then(
        () => undefined,
        (error: unknown) => error,
      );
    expect(refusal).toBeInstanceOf(ApiCallError);
    const { status, body } = refusal as ApiCallError;
    expect(status).toBe(500);
    const { message } = (JSON.parse(body) as { error: { message: string } }).error;
    expect(message).toContain(`The workspace ${path} is read-only`);
    expect(message).toContain('Give yourself write permission');
  } finally {
    client.close();
    await server.stop();
  }
  expectUnharmed(before);
});

it('a command that writes to a read-only workspace file names it; reading still works', async () => {
  chmodSync(path, 0o444);
  const before = fingerprint();
  const rubric = join(dir, 'rubric.csv');
  writeFileSync(
    rubric,
    readFileSync(join(import.meta.dirname, '../fixtures/rubrics/case-lab-investigation.json')),
  );
  const written = await runConcordProcess(
    ['rubric', 'import', rubric, '--format', 'case', '--workspace', path],
    user,
  );
  expect(written.code).toBe(1);
  expect(written.stderr).toContain(`concord rubric: The workspace ${path} is read-only`);

  const read = await runConcordProcess(['sessions', 'list', '--workspace', path], user);
  expect(read.stderr).toBe('');
  expect(read.stdout).toContain('Benchmark meeting');
  expectUnharmed(before);
});

it('a read-only folder: opening says the folder is read-only, never that the file is damaged', async () => {
  chmodSync(dir, 0o555);
  const before = fingerprint();
  for (const args of [
    ['sessions', 'list', '--workspace', path],
    ['serve', '--workspace', path, '--port', '0'],
  ]) {
    const run = await runConcordProcess(args, user);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`The folder of the workspace ${path} is read-only`);
    expect(run.stderr).not.toMatch(/integrity|damaged|not a Concord workspace/);
  }
  expectUnharmed(before);
});
