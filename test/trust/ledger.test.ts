// The checks the crash, concurrency and disk tests (and the soak) rely on must see a loss or a
// half-written score when there is one, or those tests could not fail.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { Ledger, scoreProblems } from '../../bench/room-ledger.js';
import type { ScoringFixture, TempApp } from '../helpers/workspace.js';
import { openTempApp, scoringFixture } from '../helpers/workspace.js';

let app: TempApp;
let fixture: ScoringFixture;
let ledger: Ledger;

beforeEach(() => {
  app = openTempApp();
  fixture = scoringFixture(app.services);
  ledger = new Ledger();
});
afterEach(() => app.dispose());

function score(note: string, value: number, outcome: 'acked' | 'unknown', stored = true) {
  const sampleId = fixture.sampleIds[0]!;
  const criterionId = fixture.criterionIds[0]!;
  const [raterId] = fixture.raterIds;
  ledger.send(`${sampleId}/${raterId}/${criterionId}`, note, value).outcome = outcome;
  if (stored) {
    app.services.scoring.record(
      { sessionId: fixture.sessionId, sampleId, criterionId, raterId, score: value, note },
      { role: 'owner' },
    );
  }
}

const problems = () => scoreProblems(app.store.workspace.db, fixture.sessionId, ledger);

it('accepts what was acknowledged, and an unanswered write committed or not', () => {
  score('a', 1, 'acked');
  score('b', 2, 'unknown', false);
  expect(problems()).toEqual([]);
  score('c', 3, 'unknown');
  expect(problems()).toEqual([]);
});

it('reports an acknowledged score that is missing, and an older one shown in its place', () => {
  score('a', 1, 'acked');
  score('b', 2, 'acked', false);
  expect(problems()).toEqual([
    'acknowledged score b is missing',
    expect.stringMatching(/shows a, not its last acknowledged score$/),
  ]);
});

it('reports a score stored with another value, and one never sent', () => {
  score('a', 1, 'acked');
  ledger.writes[0]!.score = 4;
  app.services.scoring.record(
    {
      sessionId: fixture.sessionId,
      sampleId: fixture.sampleIds[1]!,
      criterionId: fixture.criterionIds[0]!,
      raterId: fixture.raterIds[0],
      score: 2,
      note: 'stranger',
    },
    { role: 'owner' },
  );
  expect(problems()).toEqual([
    expect.stringMatching(/^score a stored as 1 on /),
    'score stranger was never sent',
  ]);
});

it('reports a score event whose head was not moved (half-written)', () => {
  score('a', 1, 'acked');
  score('b', 2, 'acked');
  const { db } = app.store.workspace;
  db.prepare(
    'UPDATE score_heads SET event_id = (SELECT MIN(id) FROM score_events) WHERE session_id = ?',
  ).run(fixture.sessionId);
  expect(problems()).toContain('1 scores without their head');
});
