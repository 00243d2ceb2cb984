// A full disk, made real for SQLite with max_page_count (the file may not grow: SQLITE_FULL, as
// on a full disk): the api says so plainly, the write is rolled back whole, nothing already
// there is touched, and once there is room again the same write goes through.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { dispatch } from '../../src-main/api/dispatcher.js';
import type { Actor } from '../../src-main/domain/actor.js';
import type { ScoringFixture, TempApp } from '../helpers/workspace.js';
import { openTempApp, scoringFixture } from '../helpers/workspace.js';
import { integrityProblems, Ledger, scoreProblems } from '../../bench/room-ledger.js';
import { countRows } from '../../src-main/store/counts.js';

const owner: Actor = { role: 'owner' };
let app: TempApp;
let fixture: ScoringFixture;

beforeEach(() => {
  app = openTempApp();
  fixture = scoringFixture(app.services);
});
afterEach(() => app.dispose());

function diskHolds(pages: number | 'unlimited') {
  const { db } = app.store.workspace;
  db.pragma(`max_page_count = ${pages === 'unlimited' ? 1073741823 : pages}`);
}

/** No page to spare: free pages inside the file are given back first, then growth is refused. */
function fillDiskNow() {
  const { db } = app.store.workspace;
  db.exec('VACUUM');
  diskHolds(db.pragma('page_count', { simple: true }) as number);
}

async function recordScore(ledger: Ledger, n: number) {
  const [sampleId] = fixture.sampleIds;
  const [criterionId] = fixture.criterionIds;
  const raterId = fixture.raterIds[n % 3]!;
  const note = `n${n} ${'long note '.repeat(190)}`;
  const score = 1 + (n % 4);
  const write = ledger.send(`${sampleId}/${raterId}/${criterionId}`, note, score);
  const result = await dispatch(app.services, owner, 'scores.record', {
    sessionId: fixture.sessionId,
    sampleId,
    criterionId,
    raterId,
    score,
    note,
  });
  write.outcome = result.ok ? 'acked' : 'refused';
  return result;
}

it('refuses a score on a full disk with a clear message, and keeps everything else', async () => {
  const ledger = new Ledger();
  for (let n = 0; n < 3; n++) expect((await recordScore(ledger, n)).ok).toBe(true);
  fillDiskNow();

  // Writes go on until the room left inside the last pages is used up.
  let refused;
  for (let n = 3; n < 300 && !refused; n++) {
    const result = await recordScore(ledger, n);
    if (!result.ok) refused = result;
  }
  expect(refused?.error.code).toBe('internal');
  expect(refused?.error.message).toContain(`The disk holding the workspace ${app.path} is full`);
  expect(refused?.error.message).toContain('Free some space');
  expect(ledger.count('refused')).toBe(1);

  const { db } = app.store.workspace;
  expect(integrityProblems(db)).toEqual([]);
  // The refused score (an event and its head) is absent whole; every acknowledged one is there.
  expect(scoreProblems(db, fixture.sessionId, ledger)).toEqual([]);
  // Reading goes on as before.
  const listed = await dispatch(app.services, owner, 'scores.list', {
    sessionId: fixture.sessionId,
  });
  expect(listed.ok).toBe(true);

  diskHolds('unlimited');
  const again = await recordScore(ledger, 1000);
  expect(again.ok).toBe(true);
  expect(scoreProblems(db, fixture.sessionId, ledger)).toEqual([]);
});

it('imports no part of a sample when the disk fills, and says why', async () => {
  const count = (table: string) => countRows(app.store.workspace.db, table);
  const before = {
    samples: count('samples'),
    files: count('files'),
    redactions: count('redactions'),
  };
  fillDiskNow();
  const text = `Essay by Dana Reyes.\n${'The water cycle moves heat around the planet. '.repeat(300)}`;
  const result = await dispatch(app.services, owner, 'samples.import', {
    files: [{ name: 'dana.txt', base64: Buffer.from(text).toString('base64') }],
    roster: ['Dana Reyes'],
  });
  expect(result.ok).toBe(true);
  const [outcome] = (result as { result: { results: { status: string; reason?: string }[] } })
    .result.results;
  expect(outcome?.status).toBe('skipped');
  expect(outcome?.reason).toContain(`The disk holding the workspace ${app.path} is full`);
  expect({
    samples: count('samples'),
    files: count('files'),
    redactions: count('redactions'),
  }).toEqual(before);
  expect(integrityProblems(app.store.workspace.db)).toEqual([]);

  diskHolds('unlimited');
  const retried = await dispatch(app.services, owner, 'samples.import', {
    files: [{ name: 'dana.txt', base64: Buffer.from(text).toString('base64') }],
    roster: ['Dana Reyes'],
  });
  expect(retried.ok && JSON.stringify(retried.result)).toContain('"status":"imported"');
  expect(count('samples')).toBe(before.samples + 1);
  expect(count('redactions')).toBe(before.redactions + 1);
});
