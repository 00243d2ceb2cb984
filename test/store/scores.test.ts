import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openApp } from '../../src-main/app.js';
import type { TempApp } from '../helpers/workspace.js';
import { olderWorkspaceLike } from '../helpers/older-workspace.js';
import { openTempApp, scoringFixture } from '../helpers/workspace.js';

let app: TempApp;
beforeEach(() => {
  app = openTempApp();
});
afterEach(() => app.dispose());

describe('the score log', () => {
  it('keeps every score event and shows the latest as the current score', () => {
    const { services, store } = app;
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
    const events = store.workspace.db
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
    const { services, store } = app;
    const f = scoringFixture(services);
    const rater = { role: 'rater' as const, sessionId: f.sessionId, personId: f.raterIds[1] };
    const input = {
      sessionId: f.sessionId,
      sampleId: f.sampleIds[1]!,
      criterionId: f.criterionIds[1]!,
      note: '',
    };
    services.scoring.record({ ...input, score: 4 }, rater);
    store.sessions.submit(f.sessionId, 1, f.raterIds[1]);
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

describe('round score rows (the drift view’s read)', () => {
  it('gives each rater’s current score of the round, as the current view does', () => {
    const { services, store } = app;
    const f = scoringFixture(services);
    const owner = { role: 'owner' } as const;
    const score = (rater: number, sample: number, criterion: number, value: number | null) =>
      services.scoring.record(
        {
          sessionId: f.sessionId,
          sampleId: f.sampleIds[sample]!,
          criterionId: f.criterionIds[criterion]!,
          raterId: f.raterIds[rater],
          score: value,
          note: '',
        },
        owner,
      );
    score(0, 0, 0, 2);
    score(0, 0, 0, 3); // changed: only the later score counts
    score(1, 0, 0, 1);
    score(1, 1, 1, null); // left unscored: kept as null
    score(0, 1, 0, 4);

    const rows = store.scores.roundScoreRows(f.sessionId, 1);
    const byKey = (a: readonly unknown[], b: readonly unknown[]) =>
      JSON.stringify(a) < JSON.stringify(b) ? -1 : 1;
    const expected = [
      [f.sampleIds[0], f.raterIds[0], f.criterionIds[0], 3],
      [f.sampleIds[0], f.raterIds[1], f.criterionIds[0], 1],
      [f.sampleIds[1], f.raterIds[1], f.criterionIds[1], null],
      [f.sampleIds[1], f.raterIds[0], f.criterionIds[0], 4],
    ];
    expect([...rows].sort(byKey)).toEqual(expected.sort(byKey));
    expect(
      store.scores
        .current(f.sessionId, { round: 1 })
        .map((s) => [s.sampleId, s.raterId, s.criterionId, s.score])
        .sort(byKey),
    ).toEqual(expected);
    expect(store.scores.roundScores(f.sessionId, 1)).toHaveLength(4);
    expect(store.scores.roundScoreRows(f.sessionId, 2)).toEqual([]);
  });

  it('reads one index only, neither the heads table nor the score log', () => {
    const plan = app.store.workspace.db
      .prepare(
        `EXPLAIN QUERY PLAN SELECT sample_id, criterion_id, COUNT(*),
           group_concat(rater_id || char(31) || ifnull(score, ''), char(30))
           FROM score_heads WHERE session_id = ? AND round_number = ?
          GROUP BY sample_id, criterion_id`,
      )
      .all('s', 1) as { detail: string }[];
    // One search of the covering index, and no sorting for the grouping.
    expect(plan.map((p) => p.detail)).toEqual([
      expect.stringMatching(/^SEARCH score_heads USING COVERING INDEX score_heads_by_round /),
    ]);
  });

  it('copies the event’s score into a head whoever writes it', () => {
    const { services, store } = app;
    const f = scoringFixture(services);
    const db = store.workspace.db;
    // A writer other than the scores repository (an import, say) writing log and head directly.
    const event = db
      .prepare(
        `INSERT INTO score_events (session_id, round_number, sample_id, rater_id, criterion_id,
           score, note, recorded_at, recorded_by) VALUES (?, 1, ?, ?, ?, ?, '', 'now', 'test')`,
      )
      .run(f.sessionId, f.sampleIds[0], f.raterIds[0], f.criterionIds[0], 4).lastInsertRowid;
    db.prepare(
      `INSERT INTO score_heads (session_id, round_number, sample_id, rater_id, criterion_id, event_id)
       VALUES (?, 1, ?, ?, ?, ?)`,
    ).run(f.sessionId, f.sampleIds[0], f.raterIds[0], f.criterionIds[0], event);
    expect(store.scores.roundScoreRows(f.sessionId, 1)).toEqual([
      [f.sampleIds[0], f.raterIds[0], f.criterionIds[0], 4],
    ]);
  });

  it('reads every score right even when an id holds the separators it groups with', () => {
    const { services, store } = app;
    const f = scoringFixture(services);
    const db = store.workspace.db;
    // Ids Concord never makes, as a foreign package might carry them.
    const odd = ['odd\x1erater', 'odd\x1frater'];
    for (const id of odd) {
      db.prepare(`INSERT INTO people (id, name, created_at) VALUES (?, ?, 'now')`).run(id, id);
    }
    const write = (rater: string, criterion: number, score: number | null) => {
      const event = db
        .prepare(
          `INSERT INTO score_events (session_id, round_number, sample_id, rater_id, criterion_id,
             score, note, recorded_at, recorded_by) VALUES (?, 1, ?, ?, ?, ?, '', 'now', 'test')`,
        )
        .run(f.sessionId, f.sampleIds[0], rater, f.criterionIds[criterion], score).lastInsertRowid;
      db.prepare(
        `INSERT INTO score_heads (session_id, round_number, sample_id, rater_id, criterion_id, event_id)
         VALUES (?, 1, ?, ?, ?, ?)`,
      ).run(f.sessionId, f.sampleIds[0], rater, f.criterionIds[criterion], event);
    };
    write(odd[1]!, 0, 2); // "\x1f" alone: the last one still ends the id
    write(f.raterIds[0]!, 0, null);
    const expected = [
      [f.sampleIds[0], odd[1], f.criterionIds[0], 2],
      [f.sampleIds[0], f.raterIds[0], f.criterionIds[0], null],
    ].sort(byJson);
    expect([...store.scores.roundScoreRows(f.sessionId, 1)].sort(byJson)).toEqual(expected);
    write(odd[0]!, 1, 3); // "\x1e" splits one score in two: read one row per score instead
    expect([...store.scores.roundScoreRows(f.sessionId, 1)].sort(byJson)).toEqual(
      [...expected, [f.sampleIds[0], odd[0], f.criterionIds[1], 3]].sort(byJson),
    );
  });

  it('fills the copies of a workspace written before they existed', () => {
    const { services } = app;
    const f = scoringFixture(services);
    for (const [i, score] of [3, 1, null, 2].entries()) {
      services.scoring.record(
        {
          sessionId: f.sessionId,
          sampleId: f.sampleIds[i % 2]!,
          criterionId: f.criterionIds[0]!,
          raterId: f.raterIds[i < 2 ? 0 : 1],
          score,
          note: '',
        },
        { role: 'owner' },
      );
    }
    // A real format-4 file, made by the first four migrations, holding the same rows.
    const path = olderWorkspaceLike(app, 4);
    const reopened = openApp(path);
    try {
      const { scores } = reopened.store;
      const viaLog = scores
        .current(f.sessionId, { round: 1 })
        .map((s) => [s.sampleId, s.raterId, s.criterionId, s.score]);
      expect(viaLog.map((r) => r[3]).sort()).toEqual([1, 2, 3, null].sort());
      expect([...scores.roundScoreRows(f.sessionId, 1)].sort(byJson)).toEqual(viaLog.sort(byJson));
    } finally {
      reopened.close();
    }
  });
});

const byJson = (a: readonly unknown[], b: readonly unknown[]) =>
  JSON.stringify(a) < JSON.stringify(b) ? -1 : 1;
