// The judgements of comparative judgement sessions: pairs shown to judges and their choices.
import { statements } from './statements.js';
import type { Db } from './workspace.js';
import { newId, nowIso } from './ids.js';

/** A pair as it was shown: the winner is null while it waits on the judge's screen. */
export interface JudgementRow {
  id: string;
  judgeId: string;
  leftId: string;
  rightId: string;
  winnerId: string | null;
  note: string;
  ms: number | null;
  shownAt: string;
  judgedAt: string | null;
}

interface Row {
  id: string;
  judge_id: string;
  left_sample_id: string;
  right_sample_id: string;
  winner_sample_id: string | null;
  note: string;
  ms: number | null;
  shown_at: string;
  judged_at: string | null;
}

const toJudgement = (r: Row): JudgementRow => ({
  id: r.id,
  judgeId: r.judge_id,
  leftId: r.left_sample_id,
  rightId: r.right_sample_id,
  winnerId: r.winner_sample_id,
  note: r.note,
  ms: r.ms,
  shownAt: r.shown_at,
  judgedAt: r.judged_at,
});

const COLUMNS = `id, judge_id, left_sample_id, right_sample_id, winner_sample_id, note, ms, shown_at,
  judged_at`;

/** The two ids in byte order: one key for a pair whichever side each sample is on. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

export function judgingRepo(db: Db) {
  const sql = statements(db);
  return {
    /** Every pair of the session, shown and judged, in the order they were judged (open last). */
    all(sessionId: string): JudgementRow[] {
      return (
        sql(
          `SELECT ${COLUMNS} FROM judgements WHERE session_id = ?
            ORDER BY judged_at IS NULL, judged_at, shown_at, id`,
        ).all(sessionId) as Row[]
      ).map(toJudgement);
    },

    /** The pair waiting on a judge's screen, if any. */
    open(sessionId: string, judgeId: string): JudgementRow | undefined {
      const row = sql(
        `SELECT ${COLUMNS} FROM judgements
          WHERE session_id = ? AND judge_id = ? AND winner_sample_id IS NULL`,
      ).get(sessionId, judgeId) as Row | undefined;
      return row && toJudgement(row);
    },

    get(sessionId: string, pairId: string): JudgementRow | undefined {
      const row = sql(`SELECT ${COLUMNS} FROM judgements WHERE session_id = ? AND id = ?`).get(
        sessionId,
        pairId,
      ) as Row | undefined;
      return row && toJudgement(row);
    },

    /** Judgements made (a chosen winner), per judge. */
    madeBy(sessionId: string): Map<string, number> {
      const rows = sql(
        `SELECT judge_id, COUNT(*) AS n FROM judgements
          WHERE session_id = ? AND winner_sample_id IS NOT NULL GROUP BY judge_id`,
      ).all(sessionId) as { judge_id: string; n: number }[];
      return new Map(rows.map((r) => [r.judge_id, r.n]));
    },

    /**
     * The session's anchors with the level agreed for them: the anchor's overall level where one
     * was set, else the lower median of its reference scores on the session's rubric.
     */
    anchorLevels(sessionId: string): { sampleId: string; level: number }[] {
      const rows = sql(
        `SELECT s.id, s.anchor_level, a.score FROM session_samples x
           JOIN samples s ON s.id = x.sample_id
           JOIN sessions n ON n.id = x.session_id
           JOIN rubric_versions v ON v.id = n.rubric_version_id
           LEFT JOIN anchor_scores a ON a.sample_id = s.id AND a.rubric_id = v.rubric_id
          WHERE x.session_id = ? AND s.is_anchor = 1
          ORDER BY x.position, a.score`,
      ).all(sessionId) as { id: string; anchor_level: number | null; score: number | null }[];
      const scores = new Map<string, { level: number | null; scores: number[] }>();
      for (const r of rows) {
        const entry = scores.get(r.id) ?? { level: r.anchor_level, scores: [] };
        if (r.score !== null) entry.scores.push(r.score);
        scores.set(r.id, entry);
      }
      return [...scores].flatMap(([sampleId, entry]) => {
        const level = entry.level ?? entry.scores[Math.floor((entry.scores.length - 1) / 2)];
        return level === undefined ? [] : [{ sampleId, level }];
      });
    },

    /**
     * Rubric consensus for the session's samples: per sample, the mean of the consensus levels
     * recorded for it in rubric meetings on the same rubric (any version), over every criterion.
     */
    rubricConsensus(sessionId: string): { sampleId: string; score: number }[] {
      return sql(
        `SELECT c.sample_id AS sampleId, AVG(c.score) AS score FROM consensus_scores c
             JOIN sessions m ON m.id = c.session_id AND m.kind = 'rubric'
             JOIN rubric_versions mv ON mv.id = m.rubric_version_id
            WHERE mv.rubric_id = (SELECT v.rubric_id FROM sessions n
                                    JOIN rubric_versions v ON v.id = n.rubric_version_id
                                   WHERE n.id = ?)
              AND c.sample_id IN (SELECT sample_id FROM session_samples WHERE session_id = ?)
            GROUP BY c.sample_id`,
      ).all(sessionId, sessionId) as { sampleId: string; score: number }[];
    },

    show(sessionId: string, judgeId: string, leftId: string, rightId: string): string {
      const id = newId();
      sql(
        `INSERT INTO judgements (id, session_id, judge_id, left_sample_id, right_sample_id, pair_key,
           shown_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
      ).run(id, sessionId, judgeId, leftId, rightId, pairKey(leftId, rightId), nowIso());
      return id;
    },

    choose(pairId: string, winnerId: string, note: string, ms: number | null): void {
      sql(
        `UPDATE judgements SET winner_sample_id = ?, note = ?, ms = ?, judged_at = ?
          WHERE id = ? AND winner_sample_id IS NULL`,
      ).run(winnerId, note, ms, nowIso(), pairId);
    },
  };
}
export type JudgingRepo = ReturnType<typeof judgingRepo>;
