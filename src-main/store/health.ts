// A workspace file's health for diagnostics: SQLite's version, the format, the size and SQLite's
// quick check, read through a connection of its own that only reads. It reads no row of data, so
// nothing it says can carry a name, a score or a piece of work.
import Database from 'better-sqlite3';
import { statSync } from 'node:fs';
import { messageOf } from '../domain/errors.js';

export interface WorkspaceHealth {
  sqliteVersion: string | null;
  schemaVersion: number | null;
  /** The file and its write-ahead log, in bytes. */
  sizeBytes: number | null;
  /** "ok", what SQLite's quick check found (at most three lines), or why it could not run. */
  quickCheck: string;
}

const MAX_FINDINGS = 3;

export function workspaceHealth(file: string): WorkspaceHealth {
  const health: WorkspaceHealth = {
    sqliteVersion: null,
    schemaVersion: null,
    sizeBytes: sizeOf(file),
    quickCheck: 'not run',
  };
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    health.quickCheck = `could not run: ${messageOf(error)}`;
    return health;
  }
  try {
    db.pragma('busy_timeout = 5000');
    health.sqliteVersion = (db.prepare('SELECT sqlite_version() AS v').get() as { v: string }).v;
    health.schemaVersion = db.pragma('user_version', { simple: true }) as number;
    const findings = (db.pragma('quick_check') as Record<string, string>[])
      .map((row) => row.quick_check ?? '')
      .filter((line) => line !== 'ok');
    health.quickCheck =
      findings.length === 0
        ? 'ok'
        : `${findings.length} problem(s): ${findings.slice(0, MAX_FINDINGS).join('; ')}`;
  } catch (error) {
    health.quickCheck = `could not run: ${messageOf(error)}`;
  } finally {
    db.close();
  }
  return health;
}

function sizeOf(file: string): number | null {
  try {
    const main = statSync(file).size;
    let wal = 0;
    try {
      wal = statSync(`${file}-wal`).size;
    } catch {
      // No log beside it: everything is in the file.
    }
    return main + wal;
  } catch {
    return null;
  }
}
