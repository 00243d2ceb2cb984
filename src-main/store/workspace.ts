// One workspace = one SQLite file: opened with the pragmas Concord relies on, checked, migrated.
import Database from 'better-sqlite3';
import { existsSync, rmSync } from 'node:fs';
import type { Migration } from './migrations.js';
import { migrations as allMigrations } from './migrations.js';

export type Db = Database.Database;

export class WorkspaceError extends Error {
  override name = 'WorkspaceError';
}

export interface Workspace {
  readonly path: string;
  readonly db: Db;
  readonly schemaVersion: number;
  /** Online backup through SQLite's backup API: consistent even while others write. */
  backupTo(destination: string): Promise<void>;
  close(): void;
}

export interface OpenOptions {
  /** Tests substitute their own list to exercise failure paths. */
  migrations?: readonly Migration[];
  readonly?: boolean;
  /** How long a write waits for another process (the CLI, the app) to finish, in ms. */
  busyTimeoutMs?: number;
}

export function openWorkspace(path: string, options: OpenOptions = {}): Workspace {
  const migrations = options.migrations ?? allMigrations;
  const latest = migrations.length === 0 ? 0 : migrations[migrations.length - 1]!.version;
  const isNew = !existsSync(path);
  if (isNew && options.readonly) throw new WorkspaceError(`No workspace at ${path}.`);

  let db: Db;
  try {
    db = new Database(path, {
      readonly: options.readonly ?? false,
      fileMustExist: options.readonly ?? false,
    });
  } catch (error) {
    throw new WorkspaceError(`Cannot open ${path}: ${messageOf(error)}`);
  }
  try {
    db.pragma(`busy_timeout = ${options.busyTimeoutMs ?? 5000}`);
    // Read the version before anything that could write, so a newer file is never touched.
    const found = readUserVersion(db, path);
    if (found > latest) {
      throw new WorkspaceError(
        `${path} was written by a newer version of Concord (workspace format ${found}; this ` +
          `version understands up to ${latest}). Update Concord to open it; the file was not changed.`,
      );
    }
    checkIntegrity(db, path);
    db.pragma('foreign_keys = ON');
    if (!options.readonly) {
      migrate(db, migrations, found);
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
    }
    return {
      path,
      db,
      schemaVersion: readUserVersion(db, path),
      backupTo: async (destination) => {
        await db.backup(destination);
      },
      close: () => db.close(),
    };
  } catch (error) {
    db.close();
    // A file this call created holds nothing worth keeping; leave no half-made workspace behind.
    if (isNew)
      for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
    throw error;
  }
}

function readUserVersion(db: Db, path: string): number {
  try {
    return db.pragma('user_version', { simple: true }) as number;
  } catch (error) {
    throw new WorkspaceError(`${path} is not a Concord workspace (${messageOf(error)}).`);
  }
}

function checkIntegrity(db: Db, path: string): void {
  let problems: string[];
  try {
    const rows = db.pragma('integrity_check') as { integrity_check: string }[];
    problems = rows.map((row) => row.integrity_check).filter((line) => line !== 'ok');
  } catch (error) {
    // Damage bad enough that the check itself cannot run.
    problems = [messageOf(error)];
  }
  if (problems.length > 0) {
    throw new WorkspaceError(
      `${path} failed its integrity check: ${problems.slice(0, 3).join('; ')}. ` +
        'Restore it from a backup; the file was not changed.',
    );
  }
}

/** Applies each pending migration in its own transaction; a failure rolls that one back whole. */
function migrate(db: Db, migrations: readonly Migration[], from: number): void {
  for (const migration of migrations) {
    if (migration.version <= from) continue;
    const apply = db.transaction(() => {
      db.exec(migration.sql);
      db.pragma(`user_version = ${migration.version}`);
    });
    try {
      apply.immediate();
    } catch (error) {
      throw new WorkspaceError(
        `Upgrading the workspace to format ${migration.version} (${migration.description}) ` +
          `failed: ${messageOf(error)}. The file was left as it was.`,
      );
    }
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
