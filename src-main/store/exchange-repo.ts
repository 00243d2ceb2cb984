// What exports and session packages need beyond the other repositories: rows inserted under the
// ids another workspace gave them (so that merging by id works), and the workspace's own id.
import type { JudgingSetup } from '../domain/judging.js';
import type { SessionKind, SessionPhase } from '../domain/session.js';
import type { SampleKind } from '../domain/sample.js';
import { newId, nowIso } from './ids.js';
import { pairKey } from './judging-repo.js';
import { statements } from './statements.js';
import type { Db } from './workspace.js';

export interface ImportedRubricVersion {
  id: string;
  rubricId: string;
  version: number;
  title: string;
  description: string;
  levels: { value: number; label: string }[];
  criteria: { id: string; key: string; name: string; descriptors: Record<string, string> }[];
}

export interface ImportedSession {
  id: string;
  kind: SessionKind;
  /** A judgement session's setup; null for a rubric meeting. */
  judging: JudgingSetup | null;
  title: string;
  heldOn: string;
  rubricVersionId: string;
  phase: SessionPhase;
  currentRound: number;
  optionsJson: string;
}

export interface ScoreKey {
  sessionId: string;
  round: number;
  sampleId: string;
  raterId: string;
  criterionId: string;
}

/** A judgement made elsewhere, under the ids it was made with. */
export interface ImportedJudgement {
  id: string;
  sessionId: string;
  judgeId: string;
  leftId: string;
  rightId: string;
  winnerId: string;
  note: string;
  ms: number | null;
  shownAt: string;
  judgedAt: string;
}

/** A judgement here that an imported one meets: the same id, or the same judge and pair. */
export interface JudgementHere {
  id: string;
  sessionId: string;
  judgeId: string;
  pairKey: string;
  /** Null while the pair waits on the judge's screen. */
  winnerId: string | null;
}

const JUDGEMENT_HERE = `SELECT id, session_id AS sessionId, judge_id AS judgeId, pair_key AS pairKey,
  winner_sample_id AS winnerId FROM judgements`;

export function exchangeRepo(db: Db) {
  const sql = statements(db);
  const exists = (query: string, ...params: (string | number)[]) =>
    sql(query).get(...params) !== undefined;

  return {
    /** A random id naming this workspace in the packages it writes; made on first use. */
    workspaceId(): string {
      const row = sql("SELECT value FROM workspace_meta WHERE key = 'workspace_id'").get() as
        { value: string } | undefined;
      if (row) return row.value;
      const id = newId();
      sql("INSERT INTO workspace_meta (key, value) VALUES ('workspace_id', ?)").run(id);
      return id;
    },

    hasRubricVersion: (id: string) => exists('SELECT 1 FROM rubric_versions WHERE id = ?', id),
    hasPerson: (id: string) => exists('SELECT 1 FROM people WHERE id = ?', id),
    hasCriterion: (id: string) => exists('SELECT 1 FROM rubric_criteria WHERE id = ?', id),
    hasSession: (id: string) => exists('SELECT 1 FROM sessions WHERE id = ?', id),
    hasCompetency: (id: string) => exists('SELECT 1 FROM competencies WHERE id = ?', id),
    hasRound: (sessionId: string, round: number) =>
      exists('SELECT 1 FROM rounds WHERE session_id = ? AND round_number = ?', sessionId, round),

    /** Inserts a frozen rubric version under its own ids (the rubric too, when new here). */
    insertRubricVersion(v: ImportedRubricVersion): void {
      const at = nowIso();
      sql('INSERT INTO rubrics (id, created_at) VALUES (?, ?) ON CONFLICT (id) DO NOTHING').run(
        v.rubricId,
        at,
      );
      // This workspace may have made its own version with that number: take the next free one.
      const taken = sql('SELECT MAX(version) AS n FROM rubric_versions WHERE rubric_id = ?').get(
        v.rubricId,
      ) as { n: number | null };
      const version =
        taken.n !== null &&
        exists(
          'SELECT 1 FROM rubric_versions WHERE rubric_id = ? AND version = ?',
          v.rubricId,
          v.version,
        )
          ? taken.n + 1
          : v.version;
      sql(
        `INSERT INTO rubric_versions (id, rubric_id, version, title, description, grade_band_id,
           change_note, frozen_at, created_at) VALUES (?, ?, ?, ?, ?, NULL, ?, ?, ?)`,
      ).run(
        v.id,
        v.rubricId,
        version,
        v.title,
        v.description,
        'imported from a session package',
        at,
        at,
      );
      const level = sql(
        'INSERT INTO rubric_levels (rubric_version_id, value, label, position) VALUES (?, ?, ?, ?)',
      );
      v.levels.forEach((l, i) => level.run(v.id, l.value, l.label, i));
      const criterion = sql(
        `INSERT INTO rubric_criteria (id, rubric_version_id, criterion_key, name, competency_id, position)
         VALUES (?, ?, ?, ?, NULL, ?)`,
      );
      const descriptor = sql(
        'INSERT INTO rubric_descriptors (criterion_id, level_value, descriptor) VALUES (?, ?, ?)',
      );
      v.criteria.forEach((c, i) => {
        criterion.run(c.id, v.id, c.key, c.name, i);
        for (const l of v.levels)
          descriptor.run(c.id, l.value, c.descriptors[String(l.value)] ?? '');
      });
    },

    /** A sample known here only by its anonymized file: no identity row, so no way back to a student. */
    insertSample(s: { id: string; code: string; kind: SampleKind; sha256: string }): void {
      sql(
        'INSERT INTO samples (id, code, kind, file_sha256, created_at) VALUES (?, ?, ?, ?, ?)',
      ).run(s.id, s.code, s.kind, s.sha256, nowIso());
    },

    insertPerson(id: string, name: string): void {
      sql('INSERT INTO people (id, name, created_at) VALUES (?, ?, ?)').run(id, name, nowIso());
      sql("INSERT INTO person_roles (person_id, role) VALUES (?, 'rater')").run(id);
    },

    insertSession(s: ImportedSession): void {
      const at = nowIso();
      sql(
        `INSERT INTO sessions (id, kind, title, held_on, rubric_version_id, facilitator_id, phase,
           current_round, options_json, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?)`,
      ).run(
        s.id,
        s.kind,
        s.title,
        s.heldOn,
        s.rubricVersionId,
        s.phase,
        s.currentRound,
        s.optionsJson,
        at,
        at,
      );
      const round = sql(
        'INSERT INTO rounds (session_id, round_number, started_at) VALUES (?, ?, ?)',
      );
      for (let n = 1; n <= s.currentRound; n++) round.run(s.id, n, at);
      if (s.judging) {
        sql(
          `INSERT INTO judging_setups (session_id, question, competency_id, per_judge)
           VALUES (?, ?, ?, ?)`,
        ).run(s.id, s.judging.question, s.judging.competencyId, s.judging.perJudge);
      }
    },

    sessionSampleIds(sessionId: string): string[] {
      return (
        sql('SELECT sample_id FROM session_samples WHERE session_id = ? ORDER BY position').all(
          sessionId,
        ) as { sample_id: string }[]
      ).map((r) => r.sample_id);
    },

    addSessionSample(sessionId: string, sampleId: string): void {
      const { n } = sql('SELECT COUNT(*) AS n FROM session_samples WHERE session_id = ?').get(
        sessionId,
      ) as { n: number };
      sql('INSERT INTO session_samples (session_id, sample_id, position) VALUES (?, ?, ?)').run(
        sessionId,
        sampleId,
        n,
      );
    },

    sessionRaters(sessionId: string): { personId: string; alias: string }[] {
      return (
        sql(
          'SELECT person_id, alias FROM session_raters WHERE session_id = ? ORDER BY position',
        ).all(sessionId) as { person_id: string; alias: string }[]
      ).map((r) => ({ personId: r.person_id, alias: r.alias }));
    },

    /** Adds a rater under the wanted alias, or the next free Rn when that one is taken here. */
    addSessionRater(sessionId: string, personId: string, wantedAlias: string): string {
      const taken = new Set(this.sessionRaters(sessionId).map((r) => r.alias));
      let alias = wantedAlias;
      for (let n = taken.size + 1; taken.has(alias); n++) alias = `R${n}`;
      sql(
        'INSERT INTO session_raters (session_id, person_id, alias, position) VALUES (?, ?, ?, ?)',
      ).run(sessionId, personId, alias, taken.size);
      return alias;
    },

    currentScore(key: ScoreKey): { score: number | null } | undefined {
      return sql(
        `SELECT score FROM current_scores WHERE session_id = ? AND round_number = ? AND sample_id = ?
           AND rater_id = ? AND criterion_id = ?`,
      ).get(key.sessionId, key.round, key.sampleId, key.raterId, key.criterionId) as
        { score: number | null } | undefined;
    },

    /** Appends a score event that keeps its original time, and makes it the head. */
    appendScore(
      key: ScoreKey,
      score: number | null,
      note: string,
      recordedAt: string,
      recordedBy: string,
    ): void {
      const { lastInsertRowid } = sql(
        `INSERT INTO score_events (session_id, round_number, sample_id, rater_id, criterion_id, score, note,
           recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        key.sessionId,
        key.round,
        key.sampleId,
        key.raterId,
        key.criterionId,
        score,
        note,
        recordedAt,
        recordedBy,
      );
      sql(
        `INSERT INTO score_heads (session_id, round_number, sample_id, rater_id, criterion_id, event_id)
         VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (session_id, round_number, sample_id, rater_id, criterion_id)
         DO UPDATE SET event_id = excluded.event_id`,
      ).run(key.sessionId, key.round, key.sampleId, key.raterId, key.criterionId, lastInsertRowid);
    },

    /** The judgement here with this id, in whichever session. */
    judgementById(id: string): JudgementHere | undefined {
      return sql(`${JUDGEMENT_HERE} WHERE id = ?`).get(id) as JudgementHere | undefined;
    },

    /** The judge's judgement of this pair (either way round), shown or judged: one at most. */
    judgementOfPair(
      sessionId: string,
      judgeId: string,
      leftId: string,
      rightId: string,
    ): JudgementHere | undefined {
      return sql(`${JUDGEMENT_HERE} WHERE session_id = ? AND judge_id = ? AND pair_key = ?`).get(
        sessionId,
        judgeId,
        pairKey(leftId, rightId),
      ) as JudgementHere | undefined;
    },

    /** Inserts a judgement made elsewhere, keeping its id and times. */
    insertJudgement(j: ImportedJudgement): void {
      sql(
        `INSERT INTO judgements (id, session_id, judge_id, left_sample_id, right_sample_id, pair_key,
           winner_sample_id, note, ms, shown_at, judged_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        j.id,
        j.sessionId,
        j.judgeId,
        j.leftId,
        j.rightId,
        pairKey(j.leftId, j.rightId),
        j.winnerId,
        j.note,
        j.ms,
        j.shownAt,
        j.judgedAt,
      );
    },

    scoreEventCount(): number {
      return (sql('SELECT COUNT(*) AS n FROM score_events').get() as { n: number }).n;
    },
  };
}
export type ExchangeRepo = ReturnType<typeof exchangeRepo>;
