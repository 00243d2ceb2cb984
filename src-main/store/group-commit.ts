// Group commit: writes that arrive together share one transaction. Forty raters' scores reaching
// the room in the same turn of the event loop then cost one commit (one write of the log to
// disk) instead of forty, which is most of what a score costs the server.
import type { Db } from './workspace.js';

interface Queued {
  write: () => unknown;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

export type GroupCommit = <T>(write: () => T) => Promise<T>;

/**
 * Returns `grouped(write)`: runs `write` in a transaction shared with the other writes queued
 * before the event loop's next check phase. Each write runs in its own savepoint, so a refused
 * one is undone alone and rejects alone; every promise settles only after its write committed,
 * so an acknowledgement always means stored. Should SQLite give up the shared transaction (a
 * full disk), each write of the group is run again in a transaction of its own, so a write may
 * run twice: it must keep nothing outside the database (announcing a change is fine).
 */
export function groupCommit(db: Db): GroupCommit {
  let queue: Queued[] = [];

  const alone = ({ write }: Queued): Outcome => {
    try {
      return { ok: true, value: db.transaction(write)() };
    } catch (error) {
      return { ok: false, error };
    }
  };

  /** The outcome of each write, all committed together; throws if the group was lost. */
  const together = (batch: Queued[]): Outcome[] =>
    db.transaction(() =>
      batch.map((queued) => {
        const outcome = alone(queued);
        // SQLite rolled the whole transaction back (SQLITE_FULL can): the group is lost.
        if (!outcome.ok && !db.inTransaction) throw outcome.error;
        return outcome;
      }),
    )();

  const flush = () => {
    const batch = queue;
    queue = [];
    let outcomes: Outcome[];
    try {
      outcomes = together(batch);
    } catch {
      outcomes = batch.map(alone);
    }
    batch.forEach(({ resolve, reject }, i) => {
      const outcome = outcomes[i]!;
      if (outcome.ok) resolve(outcome.value);
      else reject(outcome.error);
    });
  };

  return <T>(write: () => T): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      if (queue.length === 0) setImmediate(flush);
      queue.push({ write, resolve: resolve as (value: unknown) => void, reject });
    });
}
