// Crash safety: `concord serve` killed with SIGKILL again and again while raters score and the
// facilitator records consensus. After each kill the workspace must pass its integrity check,
// hold every acknowledged write with its value, and hold no write half-done.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { liveMeeting } from '../../bench/meeting-fixture.js';
import type { LiveMeeting } from '../../bench/meeting-fixture.js';
import { roomClient } from '../../bench/room-client.js';
import { openApp } from '../../src-main/app.js';
import { tempDir } from '../helpers/workspace.js';
import type { Target } from '../../bench/room-drivers.js';
import { driveConsensus, driveRaters, settled } from '../../bench/room-drivers.js';
import {
  consensusProblems,
  integrityProblems,
  Ledger,
  scoreProblems,
} from '../../bench/room-ledger.js';
import { requireBuild, startServe } from './processes.js';

const KILLS = 10;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
let dir: string;
let path: string;
let meeting: LiveMeeting;

beforeAll(() => {
  requireBuild();
  dir = tempDir('concord-crash-');
  path = join(dir, 'workspace.sqlite');
  meeting = liveMeeting(path, 6, 3, 3);
  // The first sample is revealed: the facilitator records its consensus, raters score the rest.
  const app = openApp(path);
  app.services.sessions.reveal(meeting.sessionId, meeting.sampleIds[0], { role: 'owner' });
  app.close();
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

it(`keeps every acknowledged write through ${KILLS} SIGKILLs of concord serve`, async () => {
  const scores = new Ledger();
  const consensus = new Ledger();
  let target: Target | null = null;
  let running = true;
  const common = { sessionId: meeting.sessionId, target: () => target, running: () => running };
  const drivers = Promise.all([
    driveRaters({
      ...common,
      ledger: scores,
      tokens: meeting.tokens,
      raterIds: meeting.raterIds,
      sampleIds: meeting.sampleIds.slice(1),
      criterionIds: meeting.criterionIds,
    }),
    driveConsensus({
      ...common,
      ledger: consensus,
      sampleId: meeting.sampleIds[0]!,
      criterionIds: meeting.criterionIds,
    }),
  ]);

  try {
    for (let kill = 1; kill <= KILLS; kill++) {
      const server = await startServe(path);
      const client = roomClient(server.port, { maxSockets: 16 });
      target = { client, ownerToken: server.ownerToken };
      // Kill only once writes flow again, then at a random moment among them.
      const before = scores.count('acked');
      while (scores.count('acked') === before) await pause(5);
      await pause(Math.random() * 400);
      // Nothing new is sent from here; what is in flight is cut by the kill.
      target = null;
      await server.kill();
      client.close();
      await settled(scores, consensus);

      const db = new Database(path);
      try {
        const problems = [
          ...integrityProblems(db),
          ...scoreProblems(db, meeting.sessionId, scores),
          ...consensusProblems(db, meeting.sessionId, consensus),
        ];
        expect(problems, `after kill ${kill}`).toEqual([]);
      } finally {
        db.close();
      }
    }
  } finally {
    running = false;
    await drivers;
  }

  expect(scores.refusals.concat(consensus.refusals)).toEqual([]);

  // The app itself opens the workspace after all that (its own integrity check included).
  const app = openApp(path);
  const stored = app.store.scores.current(meeting.sessionId, { round: 1 }).length;
  app.close();
  expect(stored).toBeGreaterThan(0);

  const db = new Database(path, { readonly: true });
  const notes = new Set(
    (db.prepare('SELECT note FROM score_events').all() as { note: string }[]).map((r) => r.note),
  );
  db.close();
  const acked = scores.writes.filter((w) => w.outcome === 'acked');
  const unanswered = scores.writes.filter((w) => w.outcome === 'unknown');
  console.log(
    `crash: ${KILLS} kills; scores acknowledged ${acked.length}, present ` +
      `${acked.filter((w) => notes.has(w.tag)).length}; unanswered ${unanswered.length} ` +
      `(${unanswered.filter((w) => notes.has(w.tag)).length} of them committed); consensus ` +
      `acknowledged ${consensus.count('acked')}`,
  );
}, 90_000);
