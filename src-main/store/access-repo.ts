// Access tokens (rater and qualification-attempt tokens, stored only as hashes) and the audit log
// of who did what.
import { createHash, randomBytes } from 'node:crypto';
import { ATTEMPT_FEEDBACK_MINUTES } from '../domain/qualification.js';
import { statements } from './statements.js';
import type { Db } from './workspace.js';
import { nowIso } from './ids.js';

export interface TokenGrant {
  sessionId: string;
  personId: string;
}

/** A grant to take one qualification attempt (the candidate is the attempt's person). */
export interface AttemptGrant {
  attemptId: string;
  personId: string;
}

/** A fresh access token: 128 random bits, URL-safe. Only its hash is ever stored. */
export function newAccessToken(): string {
  return randomBytes(16).toString('base64url');
}

function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export function accessRepo(db: Db) {
  const sql = statements(db);
  return {
    grantRaterToken(token: string, grant: TokenGrant): void {
      sql(
        'INSERT INTO rater_tokens (token_sha256, session_id, person_id, created_at) VALUES (?, ?, ?, ?)',
      ).run(hashToken(token), grant.sessionId, grant.personId, nowIso());
    },

    /** The grant behind a live token, if any; tokens of closed sessions no longer resolve. */
    resolveRaterToken(token: string): TokenGrant | undefined {
      const row = sql(
        `SELECT t.session_id, t.person_id FROM rater_tokens t JOIN sessions s ON s.id = t.session_id
           WHERE t.token_sha256 = ? AND t.revoked_at IS NULL AND s.phase <> 'closed'`,
      ).get(hashToken(token)) as { session_id: string; person_id: string } | undefined;
      return row ? { sessionId: row.session_id, personId: row.person_id } : undefined;
    },

    /** Whether this person already joined the session (a live token exists). */
    hasLiveToken(sessionId: string, personId: string): boolean {
      return (
        sql(
          'SELECT 1 FROM rater_tokens WHERE session_id = ? AND person_id = ? AND revoked_at IS NULL',
        ).get(sessionId, personId) !== undefined
      );
    },

    revokePersonTokens(sessionId: string, personId: string): void {
      sql(
        'UPDATE rater_tokens SET revoked_at = ? WHERE session_id = ? AND person_id = ? AND revoked_at IS NULL',
      ).run(nowIso(), sessionId, personId);
    },

    grantAttemptToken(token: string, attemptId: string): void {
      sql('INSERT INTO attempt_tokens (token_sha256, attempt_id, created_at) VALUES (?, ?, ?)').run(
        hashToken(token),
        attemptId,
        nowIso(),
      );
    },

    /**
     * The attempt behind a live token, if any. A token dies when it is revoked (the coach started
     * another attempt for that person) or ATTEMPT_FEEDBACK_MINUTES after its attempt was submitted.
     */
    resolveAttemptToken(token: string, now = new Date()): AttemptGrant | undefined {
      const cutoff = new Date(now.getTime() - ATTEMPT_FEEDBACK_MINUTES * 60_000).toISOString();
      const row = sql(
        `SELECT a.id, a.person_id FROM attempt_tokens t
           JOIN qualification_attempts a ON a.id = t.attempt_id
           WHERE t.token_sha256 = ? AND t.revoked_at IS NULL
             AND (a.finished_at IS NULL OR a.finished_at > ?)`,
      ).get(hashToken(token), cutoff) as { id: string; person_id: string } | undefined;
      return row ? { attemptId: row.id, personId: row.person_id } : undefined;
    },

    /** Kills the tokens of this person's unfinished attempts (they are abandoned). */
    revokeOpenAttemptTokens(personId: string): void {
      sql(
        `UPDATE attempt_tokens SET revoked_at = ?
           WHERE revoked_at IS NULL AND attempt_id IN (
             SELECT id FROM qualification_attempts WHERE person_id = ? AND finished_at IS NULL)`,
      ).run(nowIso(), personId);
    },

    openJoinCode(sessionId: string): string | undefined {
      const row = sql('SELECT code FROM join_codes WHERE session_id = ? AND closed_at IS NULL').get(
        sessionId,
      ) as { code: string } | undefined;
      return row?.code;
    },

    addJoinCode(code: string, sessionId: string): void {
      sql('INSERT INTO join_codes (code, session_id, created_at) VALUES (?, ?, ?)').run(
        code,
        sessionId,
        nowIso(),
      );
    },

    /** The session an open join code leads to; codes close with their session. */
    sessionForJoinCode(code: string): string | undefined {
      const row = sql(
        `SELECT j.session_id FROM join_codes j JOIN sessions s ON s.id = j.session_id
           WHERE j.code = ? AND j.closed_at IS NULL AND s.phase IN ('scoring', 'revealed')`,
      ).get(code) as { session_id: string } | undefined;
      return row?.session_id;
    },

    /** Closes every open join code at once (a run of wrong guesses); raters who joined stay in. */
    retireOpenJoinCodes(reason: string): string[] {
      const open = (
        sql('SELECT session_id FROM join_codes WHERE closed_at IS NULL').all() as {
          session_id: string;
        }[]
      ).map((r) => r.session_id);
      sql('UPDATE join_codes SET closed_at = ?, closed_reason = ? WHERE closed_at IS NULL').run(
        nowIso(),
        reason,
      );
      return open;
    },

    /** Why the session's latest join code closed, while no other is open. */
    joinCodeClosedReason(sessionId: string): string | null {
      const row = sql(
        `SELECT closed_reason FROM join_codes WHERE session_id = ?
           ORDER BY created_at DESC, closed_at DESC LIMIT 1`,
      ).get(sessionId) as { closed_reason: string | null } | undefined;
      return row?.closed_reason ?? null;
    },

    revokeSessionTokens(sessionId: string): void {
      sql('UPDATE join_codes SET closed_at = ? WHERE session_id = ? AND closed_at IS NULL').run(
        nowIso(),
        sessionId,
      );
      sql('UPDATE rater_tokens SET revoked_at = ? WHERE session_id = ? AND revoked_at IS NULL').run(
        nowIso(),
        sessionId,
      );
    },

    audit(entry: {
      actor: string;
      action: string;
      subjectType: string;
      subjectId: string;
      details?: object;
    }): void {
      sql(
        'INSERT INTO audit_log (at, actor, action, subject_type, subject_id, details_json) VALUES (?, ?, ?, ?, ?, ?)',
      ).run(
        nowIso(),
        entry.actor,
        entry.action,
        entry.subjectType,
        entry.subjectId,
        JSON.stringify(entry.details ?? {}),
      );
    },

    auditEntries(
      subjectId?: string,
    ): { at: string; actor: string; action: string; subjectId: string }[] {
      const rows = (
        subjectId === undefined
          ? sql('SELECT at, actor, action, subject_id FROM audit_log ORDER BY id').all()
          : sql(
              'SELECT at, actor, action, subject_id FROM audit_log WHERE subject_id = ? ORDER BY id',
            ).all(subjectId)
      ) as { at: string; actor: string; action: string; subject_id: string }[];
      return rows.map((r) => ({
        at: r.at,
        actor: r.actor,
        action: r.action,
        subjectId: r.subject_id,
      }));
    },
  };
}
export type AccessRepo = ReturnType<typeof accessRepo>;
