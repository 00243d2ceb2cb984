import type { Clarification, ConsensusScore, ScoreEntry } from '../domain/scores.js';
import { statements } from './statements.js';
import type { Db } from './workspace.js';
import { nowIso } from './ids.js';

interface ScoreRow {
  session_id: string;
  round_number: number;
  sample_id: string;
  rater_id: string;
  criterion_id: string;
  score: number | null;
  note: string;
  recorded_at: string;
}

/** sampleId, raterId, criterionId, score (null = left unscored). */
export type RoundScoreRow = readonly [string, string, string, number | null];

function toEntry(r: ScoreRow): ScoreEntry {
  return {
    sessionId: r.session_id,
    round: r.round_number,
    sampleId: r.sample_id,
    raterId: r.rater_id,
    criterionId: r.criterion_id,
    score: r.score,
    note: r.note,
    recordedAt: r.recorded_at,
  };
}

export function scoresRepo(db: Db) {
  const sql = statements(db);
  const append = sql(
    `INSERT INTO score_events (session_id, round_number, sample_id, rater_id, criterion_id, score, note,
       recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const moveHead = sql(
    `INSERT INTO score_heads (session_id, round_number, sample_id, rater_id, criterion_id, event_id)
     VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (session_id, round_number, sample_id, rater_id, criterion_id)
     DO UPDATE SET event_id = excluded.event_id`,
  );
  const current = `SELECT session_id, round_number, sample_id, rater_id, criterion_id, score, note, recorded_at
    FROM current_scores`;

  // Separators that base64url ids never hold: unit / record separator control characters.
  const FIELD = '\x1f';
  const ITEM = '\x1e';
  const byUnit = sql(
    `SELECT sample_id, criterion_id, COUNT(*),
            group_concat(rater_id || char(31) || ifnull(score, ''), char(30))
       FROM score_heads WHERE session_id = ? AND round_number = ?
      GROUP BY sample_id, criterion_id`,
  ).raw(true);
  const byRow = sql(
    `SELECT sample_id, rater_id, criterion_id, score FROM score_heads
      WHERE session_id = ? AND round_number = ?`,
  ).raw(true);

  /**
   * The current scores of one round as [sampleId, raterId, criterionId, score] tuples, grouped by
   * sample then criterion. The drift view reads hundreds of thousands at once; the index
   * score_heads_by_round holds all four (the head keeps a copy of its score), and SQLite hands
   * over one row per sample and criterion listing its raters' scores, which halves the read
   * against one row per score. Should an id ever hold a separator (the counts then disagree),
   * the scores are read one row each instead.
   */
  const roundScoreRows = (sessionId: string, round: number): RoundScoreRow[] => {
    const units = byUnit.all(sessionId, round) as [string, string, number, string][];
    const rows: RoundScoreRow[] = [];
    for (const [sample, criterion, count, list] of units) {
      const items = list.split(ITEM);
      if (items.length !== count) {
        return byRow.all(sessionId, round) as RoundScoreRow[];
      }
      for (const item of items) {
        const cut = item.lastIndexOf(FIELD);
        const score = item.slice(cut + 1);
        rows.push([sample, item.slice(0, cut), criterion, score === '' ? null : Number(score)]);
      }
    }
    return rows;
  };

  return {
    /** Appends a score event; the current view then shows it as this rater's score. */
    record(entry: Omit<ScoreEntry, 'recordedAt'>, recordedBy: string): ScoreEntry {
      const recordedAt = nowIso();
      db.transaction(() => {
        const { lastInsertRowid } = append.run(
          entry.sessionId,
          entry.round,
          entry.sampleId,
          entry.raterId,
          entry.criterionId,
          entry.score,
          entry.note,
          recordedAt,
          recordedBy,
        );
        moveHead.run(
          entry.sessionId,
          entry.round,
          entry.sampleId,
          entry.raterId,
          entry.criterionId,
          lastInsertRowid,
        );
      })();
      return { ...entry, recordedAt };
    },

    /** Current scores of a session, optionally of one round and one rater. */
    current(sessionId: string, filter: { round?: number; raterId?: string } = {}): ScoreEntry[] {
      const clauses = ['session_id = ?'];
      const params: (string | number)[] = [sessionId];
      if (filter.round !== undefined) {
        clauses.push('round_number = ?');
        params.push(filter.round);
      }
      if (filter.raterId !== undefined) {
        clauses.push('rater_id = ?');
        params.push(filter.raterId);
      }
      const rows = sql(
        `${current} WHERE ${clauses.join(' AND ')} ORDER BY round_number, sample_id, rater_id, criterion_id`,
      ).all(...params) as ScoreRow[];
      return rows.map(toEntry);
    },

    /** The current scores of one round, only what statistics need (no notes or times). */
    roundScores(
      sessionId: string,
      round: number,
    ): { sampleId: string; raterId: string; criterionId: string; score: number | null }[] {
      return roundScoreRows(sessionId, round).map(([sampleId, raterId, criterionId, score]) => ({
        sampleId,
        raterId,
        criterionId,
        score,
      }));
    },

    roundScoreRows,

    /**
     * Grows with every score written to the session (each write moves a head to a newer event):
     * figures computed from the scores stay valid while it stays the same.
     */
    version(sessionId: string): number {
      const row = sql('SELECT MAX(event_id) AS latest FROM score_heads WHERE session_id = ?').get(
        sessionId,
      ) as { latest: number | null };
      return row.latest ?? 0;
    },

    /**
     * The newest score event (the log is append-only, so any new score moves it): lets a reader
     * know cheaply whether scores changed since it last looked.
     */
    lastEvent(): { id: number; recordedAt: string } | null {
      const row = sql('SELECT id, recorded_at FROM score_events ORDER BY id DESC LIMIT 1').get() as
        { id: number; recorded_at: string } | undefined;
      return row ? { id: row.id, recordedAt: row.recorded_at } : null;
    },

    /** How many criteria each rater has scored per sample in a round: progress without scores. */
    scoredCounts(
      sessionId: string,
      round: number,
    ): { raterId: string; sampleId: string; scored: number }[] {
      return (
        sql(
          `SELECT rater_id, sample_id, COUNT(*) AS scored FROM score_heads
           WHERE session_id = ? AND round_number = ? GROUP BY rater_id, sample_id`,
        ).all(sessionId, round) as { rater_id: string; sample_id: string; scored: number }[]
      ).map((r) => ({ raterId: r.rater_id, sampleId: r.sample_id, scored: r.scored }));
    },

    putConsensus(entry: Omit<ConsensusScore, 'recordedAt'>, recordedBy: string): ConsensusScore {
      const recordedAt = nowIso();
      sql(
        `INSERT INTO consensus_scores (session_id, sample_id, criterion_id, score, rationale, recorded_at, recorded_by)
         VALUES (?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (session_id, sample_id, criterion_id)
         DO UPDATE SET score = excluded.score, rationale = excluded.rationale,
           recorded_at = excluded.recorded_at, recorded_by = excluded.recorded_by`,
      ).run(
        entry.sessionId,
        entry.sampleId,
        entry.criterionId,
        entry.score,
        entry.rationale,
        recordedAt,
        recordedBy,
      );
      return { ...entry, recordedAt };
    },

    consensus(sessionId: string): ConsensusScore[] {
      return (
        sql(
          `SELECT session_id, sample_id, criterion_id, score, rationale, recorded_at FROM consensus_scores
             WHERE session_id = ? ORDER BY sample_id, criterion_id`,
        ).all(sessionId) as {
          session_id: string;
          sample_id: string;
          criterion_id: string;
          score: number;
          rationale: string;
          recorded_at: string;
        }[]
      ).map((r) => ({
        sessionId: r.session_id,
        sampleId: r.sample_id,
        criterionId: r.criterion_id,
        score: r.score,
        rationale: r.rationale,
        recordedAt: r.recorded_at,
      }));
    },

    clarifications(sessionId: string): Clarification[] {
      return (
        sql(
          'SELECT id, criterion_id, text, created_at FROM clarifications WHERE session_id = ? ORDER BY created_at, id',
        ).all(sessionId) as {
          id: string;
          criterion_id: string | null;
          text: string;
          created_at: string;
        }[]
      ).map((r) => ({
        id: r.id,
        criterionId: r.criterion_id,
        text: r.text,
        createdAt: r.created_at,
      }));
    },

    addClarification(
      sessionId: string,
      criterionId: string | null,
      text: string,
      id: string,
    ): void {
      sql(
        'INSERT INTO clarifications (id, session_id, criterion_id, text, created_at) VALUES (?, ?, ?, ?, ?)',
      ).run(id, sessionId, criterionId, text, nowIso());
    },
  };
}
export type ScoresRepo = ReturnType<typeof scoresRepo>;
