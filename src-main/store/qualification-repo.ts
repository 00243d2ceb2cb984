// Qualification sets (anchors + pass rule) and raters' attempts at them.
import type {
  AttemptResult,
  AttemptScore,
  QualificationRule,
  QualificationSet,
} from '../domain/qualification.js';
import { statements } from './statements.js';
import type { Db } from './workspace.js';
import { newId, nowIso } from './ids.js';

export interface SetDraft {
  title: string;
  rubricVersionId: string;
  sampleIds: string[];
  rule: QualificationRule;
}

export interface AttemptRow {
  id: string;
  setId: string;
  personId: string;
  startedAt: string;
  finishedAt: string | null;
  /** The verdict kept at submission; null while in progress. */
  result: AttemptResult | null;
}

interface SetRow {
  id: string;
  title: string;
  rubric_version_id: string;
  rule_json: string;
  created_at: string;
  updated_at: string;
}

interface AttemptDbRow {
  id: string;
  set_id: string;
  person_id: string;
  started_at: string;
  finished_at: string | null;
  result_json: string | null;
}

/** Only the three known conditions survive a round trip through JSON. */
function parseRule(json: string): QualificationRule {
  const raw = JSON.parse(json) as Record<string, unknown>;
  const rule: QualificationRule = {};
  if (typeof raw.minExact === 'number') rule.minExact = raw.minExact;
  if (typeof raw.minWithinOne === 'number') rule.minWithinOne = raw.minWithinOne;
  if (typeof raw.maxNonAdjacent === 'number') rule.maxNonAdjacent = raw.maxNonAdjacent;
  return rule;
}

export function qualificationRepo(db: Db) {
  const sql = statements(db);
  const sampleIdsOf = (setId: string): string[] =>
    (
      sql('SELECT sample_id FROM qualification_set_samples WHERE set_id = ? ORDER BY position').all(
        setId,
      ) as { sample_id: string }[]
    ).map((r) => r.sample_id);
  const toSet = (r: SetRow): QualificationSet => ({
    id: r.id,
    title: r.title,
    rubricVersionId: r.rubric_version_id,
    sampleIds: sampleIdsOf(r.id),
    rule: parseRule(r.rule_json),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  });
  const putSamples = (setId: string, sampleIds: string[]) => {
    sql('DELETE FROM qualification_set_samples WHERE set_id = ?').run(setId);
    const insert = sql(
      'INSERT INTO qualification_set_samples (set_id, sample_id, position) VALUES (?, ?, ?)',
    );
    sampleIds.forEach((sampleId, i) => insert.run(setId, sampleId, i));
  };
  const toAttempt = (r: AttemptDbRow): AttemptRow => ({
    id: r.id,
    setId: r.set_id,
    personId: r.person_id,
    startedAt: r.started_at,
    finishedAt: r.finished_at,
    result: r.result_json === null ? null : (JSON.parse(r.result_json) as AttemptResult),
  });

  return {
    listSets(): QualificationSet[] {
      return (
        sql('SELECT * FROM qualification_sets ORDER BY created_at, id').all() as SetRow[]
      ).map(toSet);
    },

    getSet(setId: string): QualificationSet | undefined {
      const row = sql('SELECT * FROM qualification_sets WHERE id = ?').get(setId) as
        SetRow | undefined;
      return row ? toSet(row) : undefined;
    },

    /** The set and its anchors, in one transaction. */
    createSet(draft: SetDraft): string {
      return db.transaction(() => {
        const id = newId();
        const now = nowIso();
        sql(
          `INSERT INTO qualification_sets (id, title, rubric_version_id, rule_json, created_at, updated_at)
             VALUES (?, ?, ?, ?, ?, ?)`,
        ).run(id, draft.title, draft.rubricVersionId, JSON.stringify(draft.rule), now, now);
        putSamples(id, draft.sampleIds);
        return id;
      })();
    },

    updateSet(setId: string, draft: SetDraft): void {
      db.transaction(() => {
        sql(
          `UPDATE qualification_sets SET title = ?, rubric_version_id = ?, rule_json = ?, updated_at = ?
             WHERE id = ?`,
        ).run(draft.title, draft.rubricVersionId, JSON.stringify(draft.rule), nowIso(), setId);
        putSamples(setId, draft.sampleIds);
      })();
    },

    startAttempt(setId: string, personId: string): string {
      const id = newId();
      sql(
        'INSERT INTO qualification_attempts (id, set_id, person_id, started_at) VALUES (?, ?, ?, ?)',
      ).run(id, setId, personId, nowIso());
      return id;
    },

    getAttempt(attemptId: string): AttemptRow | undefined {
      const row = sql('SELECT * FROM qualification_attempts WHERE id = ?').get(attemptId) as
        AttemptDbRow | undefined;
      return row ? toAttempt(row) : undefined;
    },

    /** Every attempt, or one set's; newest first. */
    listAttempts(setId?: string): AttemptRow[] {
      const rows = (
        setId === undefined
          ? sql('SELECT * FROM qualification_attempts ORDER BY started_at DESC, id').all()
          : sql(
              'SELECT * FROM qualification_attempts WHERE set_id = ? ORDER BY started_at DESC, id',
            ).all(setId)
      ) as AttemptDbRow[];
      return rows.map(toAttempt);
    },

    /** Attempts per set, and how many passed: for the list of sets. */
    attemptCounts(): Map<string, { attempts: number; passed: number }> {
      const rows = sql(
        `SELECT set_id, COUNT(*) AS attempts, COALESCE(SUM(passed), 0) AS passed
           FROM qualification_attempts GROUP BY set_id`,
      ).all() as { set_id: string; attempts: number; passed: number }[];
      return new Map(rows.map((r) => [r.set_id, { attempts: r.attempts, passed: r.passed }]));
    },

    scoresOf(attemptId: string): AttemptScore[] {
      return (
        sql(
          `SELECT sample_id, criterion_key, score FROM qualification_attempt_scores
             WHERE attempt_id = ? ORDER BY sample_id, criterion_key`,
        ).all(attemptId) as { sample_id: string; criterion_key: string; score: number }[]
      ).map((r) => ({ sampleId: r.sample_id, criterionKey: r.criterion_key, score: r.score }));
    },

    /** A rater's level for one anchor and criterion; a change of mind replaces it until submission. */
    putScore(attemptId: string, score: AttemptScore): void {
      sql(
        `INSERT INTO qualification_attempt_scores (attempt_id, sample_id, criterion_key, score, recorded_at)
           VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (attempt_id, sample_id, criterion_key)
           DO UPDATE SET score = excluded.score, recorded_at = excluded.recorded_at`,
      ).run(attemptId, score.sampleId, score.criterionKey, score.score, nowIso());
    },

    /** Closes the attempt with its verdict; false when it was already finished. */
    finishAttempt(attemptId: string, result: AttemptResult): boolean {
      const changed = sql(
        `UPDATE qualification_attempts SET finished_at = ?, passed = ?, items = ?, exact = ?,
           within_one = ?, non_adjacent = ?, missing = ?, result_json = ?
         WHERE id = ? AND finished_at IS NULL`,
      ).run(
        nowIso(),
        result.passed ? 1 : 0,
        result.items,
        result.exact,
        result.withinOne,
        result.nonAdjacent,
        result.missing,
        JSON.stringify(result),
        attemptId,
      ).changes;
      return changed === 1;
    },
  };
}
export type QualificationRepo = ReturnType<typeof qualificationRepo>;
