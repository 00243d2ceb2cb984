// The live room and the `concord` CLI on one workspace at once: raters score without pause while
// a teacher exports, imports samples and a rubric, and backs up. No SQLITE_BUSY reaches anyone,
// every acknowledged score is kept, and the file stays sound.
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { liveMeeting } from '../../bench/meeting-fixture.js';
import type { LiveMeeting } from '../../bench/meeting-fixture.js';
import { roomClient } from '../../bench/room-client.js';
import { tempDir } from '../helpers/workspace.js';
import type { Target } from '../../bench/room-drivers.js';
import { driveRaters, settled } from '../../bench/room-drivers.js';
import { integrityProblems, Ledger, scoreProblems } from '../../bench/room-ledger.js';
import type { ConcordRun } from './processes.js';
import { requireBuild, runConcordProcess, startServe } from './processes.js';

let dir: string;
let path: string;
let meeting: LiveMeeting;

beforeAll(() => {
  requireBuild();
  dir = tempDir('concord-concurrent-');
  path = join(dir, 'workspace.sqlite');
  meeting = liveMeeting(path, 8, 3, 3);
  for (const name of ['north', 'south', 'east'])
    writeFileSync(join(dir, `${name}.txt`), `An essay about the ${name} wind and the tides.\n`);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('lets the CLI read and write while raters score, with nothing lost and no busy error', async () => {
  const scores = new Ledger();
  const server = await startServe(path);
  const client = roomClient(server.port, { maxSockets: 16 });
  let target: Target | null = { client, ownerToken: server.ownerToken };
  let running = true;
  const raters = driveRaters({
    sessionId: meeting.sessionId,
    target: () => target,
    running: () => running,
    ledger: scores,
    tokens: meeting.tokens,
    raterIds: meeting.raterIds,
    sampleIds: meeting.sampleIds,
    criterionIds: meeting.criterionIds,
    // A breath between scores leaves the commands CPU to start on a small machine; commits
    // still come every few milliseconds.
    afterScore: () => new Promise((resolve) => setTimeout(resolve, 3)),
  });

  const workspace = ['--workspace', path];
  const rubric = join(import.meta.dirname, '../fixtures/rubrics/case-lab-investigation.json');
  const runs: { args: string[]; run: ConcordRun }[] = [];
  const concord = async (...args: string[]) => {
    runs.push({ args, run: await runConcordProcess([...args, ...workspace]) });
  };
  let ackedBeforeCli: number | undefined;
  try {
    // Let the room warm up, so the commands meet a steady stream of commits.
    while (scores.count('acked') < 50) await new Promise((resolve) => setTimeout(resolve, 20));
    ackedBeforeCli = scores.count('acked');
    await concord('export', 'ratings', '--format', 'long', '--out', join(dir, 'ratings.csv'));
    await concord('samples', 'import', join(dir, 'north.txt'));
    // Then several at once, beside the room: two writers, a reader, a backup.
    await Promise.all([
      concord('samples', 'import', join(dir, 'south.txt'), join(dir, 'east.txt')),
      concord('rubric', 'import', rubric, '--format', 'case'),
      concord('export', 'ratings', '--format', 'wide', '--out', join(dir, 'wide.csv')),
      concord('backup', 'now'),
    ]);
  } finally {
    running = false;
    await raters;
    target = null;
    client.close();
    await server.stop();
  }
  await settled(scores);

  for (const { args, run } of runs) {
    const said = `concord ${args.join(' ')}\n${run.stdout}${run.stderr}`;
    expect(run.code, said).toBe(0);
    expect(run.stderr, said).toBe('');
  }
  expect(scores.refusals).toEqual([]);
  expect(scores.count('unknown')).toBe(0);
  // The raters kept scoring while the commands ran.
  expect(scores.count('acked')).toBeGreaterThan(ackedBeforeCli ?? Number.POSITIVE_INFINITY);

  const db = new Database(path, { readonly: true });
  try {
    expect(integrityProblems(db)).toEqual([]);
    expect(scoreProblems(db, meeting.sessionId, scores)).toEqual([]);
    const samples = (db.prepare('SELECT COUNT(*) AS n FROM samples').get() as { n: number }).n;
    expect(samples).toBe(meeting.sampleIds.length + 3);
    const rubrics = (db.prepare('SELECT COUNT(*) AS n FROM rubrics').get() as { n: number }).n;
    expect(rubrics).toBe(2);
  } finally {
    db.close();
  }
  const exported = readFileSync(join(dir, 'ratings.csv'), 'utf8').trim().split('\n');
  expect(exported.length).toBeGreaterThan(1);
  expect(existsSync(join(dir, 'backups'))).toBe(true);
  expect(readdirSync(join(dir, 'backups')).length).toBeGreaterThanOrEqual(1);
  console.log(
    `concurrency: ${runs.length} concord commands beside ${meeting.tokens.length} raters; ` +
      `scores acknowledged ${scores.count('acked')}, all present`,
  );
}, 120_000);
