import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TempApp } from '../helpers/workspace.js';
import { openTempApp, scoringFixture } from '../helpers/workspace.js';

let app: TempApp;
beforeEach(() => {
  app = openTempApp();
});
afterEach(() => app.dispose());

describe('the score log', () => {
  it('keeps every score event and shows the latest as the current score', () => {
    const { services } = app;
    const f = scoringFixture(services);
    const base = {
      sessionId: f.sessionId,
      sampleId: f.sampleIds[0]!,
      criterionId: f.criterionIds[0]!,
    };
    const ana = { role: 'rater' as const, sessionId: f.sessionId, personId: f.raterIds[0] };
    services.scoring.record(
      { ...base, score: 2, note: 'first look', raterId: f.raterIds[0] },
      { role: 'owner' },
    );
    services.scoring.record({ ...base, score: null, note: 'cannot tell' }, ana);
    services.scoring.record({ ...base, score: 3, note: 'changed my mind' }, ana);
    const events = services.store.workspace.db
      .prepare('SELECT score, note, recorded_by FROM score_events ORDER BY id')
      .all() as { score: number | null; note: string; recorded_by: string }[];
    expect(events).toEqual([
      { score: 2, note: 'first look', recorded_by: 'owner' },
      { score: null, note: 'cannot tell', recorded_by: `rater:${f.raterIds[0]}` },
      { score: 3, note: 'changed my mind', recorded_by: `rater:${f.raterIds[0]}` },
    ]);
    const current = services.scoring.list(f.sessionId, { role: 'owner' });
    expect(current).toHaveLength(1);
    expect(current[0]).toMatchObject({
      raterId: f.raterIds[0],
      score: 3,
      note: 'changed my mind',
      round: 1,
    });
  });

  it('locks a rater’s scores once submitted', () => {
    const { services } = app;
    const f = scoringFixture(services);
    const rater = { role: 'rater' as const, sessionId: f.sessionId, personId: f.raterIds[1] };
    const input = {
      sessionId: f.sessionId,
      sampleId: f.sampleIds[1]!,
      criterionId: f.criterionIds[1]!,
      note: '',
    };
    services.scoring.record({ ...input, score: 4 }, rater);
    services.store.sessions.submit(f.sessionId, 1, f.raterIds[1]);
    expect(() => services.scoring.record({ ...input, score: 1 }, rater)).toThrow(
      /submitted and are locked/,
    );
    expect(services.scoring.list(f.sessionId, rater).map((s) => s.score)).toEqual([4]);
  });

  it('refuses a score that is not a level of the rubric, naming the field', () => {
    const { services } = app;
    const f = scoringFixture(services);
    const rater = { role: 'rater' as const, sessionId: f.sessionId, personId: f.raterIds[0] };
    expect(() =>
      services.scoring.record(
        {
          sessionId: f.sessionId,
          sampleId: f.sampleIds[0]!,
          criterionId: f.criterionIds[0]!,
          score: 5,
          note: '',
        },
        rater,
      ),
    ).toThrow(/^score: 5 is not a level of this rubric \(1, 2, 3, 4\)$/);
  });

  it('freezes the rubric version a session uses', () => {
    const { services } = app;
    const f = scoringFixture(services);
    expect(services.rubrics.get(f.rubricVersionId).frozenAt).not.toBeNull();
    expect(services.rubrics.list()[0]!.frozen).toBe(true);
  });
});
