// How much a workspace holds: what the home page shows and a backup's preview says before a
// restore, counted the same way in both.
import type Database from 'better-sqlite3';

export interface WorkspaceCounts {
  rubrics: number;
  samples: number;
  people: number;
  sessions: number;
}

/** The rows of one of the workspace's own tables (never a name from outside). */
export function countRows(db: Database.Database, table: string): number {
  return (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
}

export function workspaceCounts(db: Database.Database): WorkspaceCounts {
  return {
    rubrics: countRows(db, 'rubrics'),
    samples: countRows(db, 'samples'),
    people: countRows(db, 'people'),
    sessions: countRows(db, 'sessions'),
  };
}
