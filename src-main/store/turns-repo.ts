// One device taking turns (hot seat): the lock that keeps the owner's access to the turns of one
// session, whose turn it is, and who has ended theirs.
import { statements } from './statements.js';
import type { Db } from './workspace.js';
import { nowIso } from './ids.js';

export interface TurnLockRow {
  sessionId: string;
  pinSalt: string;
  pinHash: string;
  currentRaterId: string | null;
  startedAt: string;
}

export function turnsRepo(db: Db) {
  const sql = statements(db);
  return {
    /** The lock in force, if any (there is at most one). */
    lock(): TurnLockRow | undefined {
      const row = sql(
        'SELECT session_id, pin_salt, pin_hash, current_rater_id, started_at FROM turn_locks',
      ).get() as
        | {
            session_id: string;
            pin_salt: string;
            pin_hash: string;
            current_rater_id: string | null;
            started_at: string;
          }
        | undefined;
      return (
        row && {
          sessionId: row.session_id,
          pinSalt: row.pin_salt,
          pinHash: row.pin_hash,
          currentRaterId: row.current_rater_id,
          startedAt: row.started_at,
        }
      );
    },

    start(sessionId: string, pinSalt: string, pinHash: string): void {
      sql(
        'INSERT INTO turn_locks (session_id, pin_salt, pin_hash, current_rater_id, started_at) VALUES (?, ?, ?, NULL, ?)',
      ).run(sessionId, pinSalt, pinHash, nowIso());
    },

    setCurrent(sessionId: string, raterId: string | null): void {
      sql('UPDATE turn_locks SET current_rater_id = ? WHERE session_id = ?').run(
        raterId,
        sessionId,
      );
    },

    markEnded(sessionId: string, personId: string): void {
      sql(
        `INSERT INTO turn_ends (session_id, person_id) VALUES (?, ?)
         ON CONFLICT (session_id, person_id) DO NOTHING`,
      ).run(sessionId, personId);
    },

    ended(sessionId: string): string[] {
      return (
        sql('SELECT person_id FROM turn_ends WHERE session_id = ?').all(sessionId) as {
          person_id: string;
        }[]
      ).map((r) => r.person_id);
    },

    /** Lifts the lock and forgets its turns. */
    remove(sessionId: string): void {
      sql('DELETE FROM turn_ends WHERE session_id = ?').run(sessionId);
      sql('DELETE FROM turn_locks WHERE session_id = ?').run(sessionId);
    },
  };
}
export type TurnsRepo = ReturnType<typeof turnsRepo>;
