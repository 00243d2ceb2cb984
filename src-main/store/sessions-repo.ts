import type { JudgingSetup } from '../domain/judging.js';
import type {
  SessionDetail,
  SessionKind,
  SessionOptions,
  SessionPhase,
  SessionSummary,
} from '../domain/session.js';
import { randomInt } from 'node:crypto';
import { shuffled } from '../domain/order.js';
import { DEFAULT_SESSION_OPTIONS } from '../domain/session.js';
import { statements } from './statements.js';
import type { Db } from './workspace.js';
import { newId, nowIso } from './ids.js';

export interface NewSession {
  /** A rubric meeting unless said otherwise. */
  kind?: SessionKind;
  /** A judgement session's setup; required with kind 'judgement'. */
  judging?: JudgingSetup;
  title: string;
  heldOn: string;
  rubricVersionId: string;
  facilitatorId: string | null;
  options: SessionOptions;
  sampleIds: string[];
  raterIds: string[];
}

const SUMMARY_SELECT = `SELECT s.id, s.kind, s.title, s.held_on, s.phase, s.current_round, s.rubric_version_id,
  v.title AS rubric_title, s.options_json, s.facilitator_id,
  (SELECT COUNT(*) FROM session_samples x WHERE x.session_id = s.id) AS sample_count,
  (SELECT COUNT(*) FROM session_raters r WHERE r.session_id = s.id) AS rater_count
  FROM sessions s JOIN rubric_versions v ON v.id = s.rubric_version_id`;

interface SummaryRow {
  id: string;
  kind: SessionKind;
  title: string;
  held_on: string;
  phase: SessionPhase;
  current_round: number;
  rubric_version_id: string;
  rubric_title: string;
  options_json: string;
  facilitator_id: string | null;
  sample_count: number;
  rater_count: number;
}

function toSummary(r: SummaryRow): SessionSummary {
  return {
    id: r.id,
    kind: r.kind,
    title: r.title,
    heldOn: r.held_on,
    phase: r.phase,
    currentRound: r.current_round,
    rubricVersionId: r.rubric_version_id,
    rubricTitle: r.rubric_title,
    sampleCount: r.sample_count,
    raterCount: r.rater_count,
  };
}

export function sessionsRepo(db: Db) {
  const sql = statements(db);
  return {
    /** Creates the session, its sample and rater lists and round 1, in one transaction. */
    create(session: NewSession): string {
      return db.transaction(() => {
        const id = newId();
        const at = nowIso();
        sql(
          `INSERT INTO sessions (id, kind, title, held_on, rubric_version_id, facilitator_id, phase,
             current_round, options_json, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, 'draft', 1, ?, ?, ?)`,
        ).run(
          id,
          session.kind ?? 'rubric',
          session.title,
          session.heldOn,
          session.rubricVersionId,
          session.facilitatorId,
          JSON.stringify(session.options),
          at,
          at,
        );
        const sample = sql(
          'INSERT INTO session_samples (session_id, sample_id, position) VALUES (?, ?, ?)',
        );
        session.sampleIds.forEach((sampleId, i) => sample.run(id, sampleId, i));
        if (session.judging) {
          sql(
            `INSERT INTO judging_setups (session_id, question, competency_id, per_judge)
             VALUES (?, ?, ?, ?)`,
          ).run(
            id,
            session.judging.question,
            session.judging.competencyId,
            session.judging.perJudge,
          );
        }
        const rater = sql(
          'INSERT INTO session_raters (session_id, person_id, alias, position) VALUES (?, ?, ?, ?)',
        );
        // Aliases in a random order: R1 must not be the first name chosen, nor the first in any list
        // a rater can see (the join list is alphabetical).
        const aliasOrder = shuffled(
          session.raterIds.map((_, i) => i),
          randomInt(2 ** 32),
        );
        session.raterIds.forEach((personId, i) =>
          rater.run(id, personId, `R${aliasOrder[i]! + 1}`, i),
        );
        sql('INSERT INTO rounds (session_id, round_number, started_at) VALUES (?, 1, ?)').run(
          id,
          at,
        );
        return id;
      })();
    },

    list(): SessionSummary[] {
      return (sql(`${SUMMARY_SELECT} ORDER BY s.held_on DESC, s.title`).all() as SummaryRow[]).map(
        toSummary,
      );
    },

    get(id: string): SessionDetail | undefined {
      const row = sql(`${SUMMARY_SELECT} WHERE s.id = ?`).get(id) as SummaryRow | undefined;
      if (!row) return undefined;
      const sampleIds = (
        sql('SELECT sample_id FROM session_samples WHERE session_id = ? ORDER BY position').all(
          id,
        ) as {
          sample_id: string;
        }[]
      ).map((r) => r.sample_id);
      const raters = sql(
        `SELECT r.person_id AS personId, r.alias, p.name FROM session_raters r
           JOIN people p ON p.id = r.person_id WHERE r.session_id = ? ORDER BY r.position`,
      ).all(id) as SessionDetail['raters'];
      const revealed = (
        sql('SELECT sample_id FROM sample_reveals WHERE session_id = ? AND round_number = ?').all(
          id,
          row.current_round,
        ) as { sample_id: string }[]
      ).map((r) => r.sample_id);
      const timer = sql(
        'SELECT phase_index, started_at FROM session_timers WHERE session_id = ?',
      ).get(id) as { phase_index: number; started_at: string } | undefined;
      const allRevealed = row.phase === 'revealed' || row.phase === 'closed';
      const judging = sql(
        'SELECT question, competency_id, per_judge FROM judging_setups WHERE session_id = ?',
      ).get(id) as
        { question: string; competency_id: string | null; per_judge: number } | undefined;
      return {
        ...toSummary(row),
        options: {
          ...DEFAULT_SESSION_OPTIONS,
          ...(JSON.parse(row.options_json) as Partial<SessionOptions>),
        },
        facilitatorId: row.facilitator_id,
        sampleIds,
        raters,
        revealedSampleIds: allRevealed ? sampleIds : sampleIds.filter((s) => revealed.includes(s)),
        timer: timer ? { phaseIndex: timer.phase_index, startedAt: timer.started_at } : null,
        judging: judging
          ? {
              question: judging.question,
              competencyId: judging.competency_id,
              perJudge: judging.per_judge,
            }
          : null,
      };
    },

    /** All a score write must check, in one read: the hot path of a meeting. */
    scoreWriteState(
      id: string,
      raterId: string,
      sampleId: string,
    ):
      | {
          kind: SessionKind;
          phase: SessionPhase;
          currentRound: number;
          rubricVersionId: string;
          isRater: boolean;
          hasSample: boolean;
          sampleRevealed: boolean;
          submitted: boolean;
        }
      | undefined {
      const row = sql(
        `SELECT s.kind, s.phase, s.current_round, s.rubric_version_id,
           EXISTS (SELECT 1 FROM session_raters WHERE session_id = s.id AND person_id = ?) AS is_rater,
           EXISTS (SELECT 1 FROM session_samples WHERE session_id = s.id AND sample_id = ?) AS has_sample,
           EXISTS (SELECT 1 FROM sample_reveals WHERE session_id = s.id
                     AND round_number = s.current_round AND sample_id = ?) AS sample_revealed,
           EXISTS (SELECT 1 FROM round_submissions WHERE session_id = s.id
                     AND round_number = s.current_round AND rater_id = ?) AS submitted
         FROM sessions s WHERE s.id = ?`,
      ).get(raterId, sampleId, sampleId, raterId, id) as
        | {
            kind: SessionKind;
            phase: SessionPhase;
            current_round: number;
            rubric_version_id: string;
            is_rater: number;
            has_sample: number;
            sample_revealed: number;
            submitted: number;
          }
        | undefined;
      return (
        row && {
          kind: row.kind,
          phase: row.phase,
          currentRound: row.current_round,
          rubricVersionId: row.rubric_version_id,
          isRater: row.is_rater === 1,
          hasSample: row.has_sample === 1,
          sampleRevealed: row.sample_revealed === 1,
          submitted: row.submitted === 1,
        }
      );
    },

    phaseOf(id: string): SessionPhase | undefined {
      const row = sql('SELECT phase FROM sessions WHERE id = ?').get(id) as
        { phase: SessionPhase } | undefined;
      return row?.phase;
    },

    setPhase(id: string, phase: SessionPhase): void {
      sql('UPDATE sessions SET phase = ?, updated_at = ? WHERE id = ?').run(phase, nowIso(), id);
    },

    revealSample(id: string, round: number, sampleId: string): void {
      sql(
        `INSERT INTO sample_reveals (session_id, round_number, sample_id, revealed_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (session_id, round_number, sample_id) DO NOTHING`,
      ).run(id, round, sampleId, nowIso());
    },

    startRound(id: string, round: number): void {
      const at = nowIso();
      sql('INSERT INTO rounds (session_id, round_number, started_at) VALUES (?, ?, ?)').run(
        id,
        round,
        at,
      );
      sql(
        "UPDATE sessions SET current_round = ?, phase = 'scoring', updated_at = ? WHERE id = ?",
      ).run(round, at, id);
    },

    startTimer(id: string, phaseIndex: number): void {
      sql(
        `INSERT INTO session_timers (session_id, phase_index, started_at) VALUES (?, ?, ?)
         ON CONFLICT (session_id) DO UPDATE SET phase_index = excluded.phase_index, started_at = excluded.started_at`,
      ).run(id, phaseIndex, nowIso());
    },

    submissions(id: string, round: number): string[] {
      return (
        sql('SELECT rater_id FROM round_submissions WHERE session_id = ? AND round_number = ?').all(
          id,
          round,
        ) as { rater_id: string }[]
      ).map((r) => r.rater_id);
    },

    /**
     * Raters who have come into the session by any way it can be entered: claimed their name in
     * the room (a token, even one revoked since), taken a turn on the facilitator's device (the
     * current turn or an ended one), or have scores from a round before `beforeRound`. The current
     * round's scores are left to the caller, which reads them anyway.
     */
    joinedRaters(id: string, beforeRound: number): string[] {
      return (
        sql(
          `SELECT person_id FROM rater_tokens WHERE session_id = ?
           UNION SELECT person_id FROM turn_ends WHERE session_id = ?
           UNION SELECT current_rater_id FROM turn_locks
             WHERE session_id = ? AND current_rater_id IS NOT NULL
           UNION SELECT rater_id FROM score_heads WHERE session_id = ? AND round_number < ?`,
        ).all(id, id, id, id, beforeRound) as { person_id: string }[]
      ).map((r) => r.person_id);
    },

    markRevealed(id: string, round: number): void {
      sql('UPDATE rounds SET revealed_at = ? WHERE session_id = ? AND round_number = ?').run(
        nowIso(),
        id,
        round,
      );
    },

    hasSample(sessionId: string, sampleId: string): boolean {
      return (
        sql('SELECT 1 FROM session_samples WHERE session_id = ? AND sample_id = ?').get(
          sessionId,
          sampleId,
        ) !== undefined
      );
    },

    isSubmitted(sessionId: string, round: number, raterId: string): boolean {
      return (
        sql(
          'SELECT 1 FROM round_submissions WHERE session_id = ? AND round_number = ? AND rater_id = ?',
        ).get(sessionId, round, raterId) !== undefined
      );
    },

    submit(sessionId: string, round: number, raterId: string): void {
      sql(
        `INSERT INTO round_submissions (session_id, round_number, rater_id, submitted_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (session_id, round_number, rater_id) DO NOTHING`,
      ).run(sessionId, round, raterId, nowIso());
    },

    count(): number {
      return (sql('SELECT COUNT(*) AS n FROM sessions').get() as { n: number }).n;
    },
  };
}
export type SessionsRepo = ReturnType<typeof sessionsRepo>;
