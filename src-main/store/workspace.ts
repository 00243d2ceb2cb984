// One workspace = one SQLite file: opened with the pragmas Concord relies on, checked, migrated.
import Database from 'better-sqlite3';
import { existsSync, rmSync } from 'node:fs';
import type { Migration } from './migrations.js';
import { migrations as allMigrations } from './migrations.js';
import { networkRefusal } from './network-storage.js';
import { storageErrorOf } from './storage-errors.js';
import { messageOf } from '../domain/errors.js';

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
  /**
   * SQLite's full integrity check (every page, and every index against its table) now: what is
   * wrong, in one sentence, or null when sound. After a quick open this is the rest of the check.
   */
  checkFully(): string | null;
  close(): void;
}

export interface OpenOptions {
  /** Tests substitute their own list to exercise failure paths. */
  migrations?: readonly Migration[];
  readonly?: boolean;
  /** How long a write waits for another process (the CLI, the app) to finish, in ms. */
  busyTimeoutMs?: number;
  /**
   * 'full' (the default) refuses any damage before opening. 'quick' checks the structure of every
   * page but not indexes against their tables, in about a third of the time, so a large workspace
   * opens fast; the app then runs `checkFully()` once it is up.
   */
  check?: 'full' | 'quick';
}

export function openWorkspace(path: string, options: OpenOptions = {}): Workspace {
  const migrations = options.migrations ?? allMigrations;
  const latest = migrations.length === 0 ? 0 : migrations[migrations.length - 1]!.version;
  // Before anything touches the file: writing over a network file system can damage it.
  const refusal = options.readonly ? null : networkRefusal(path);
  if (refusal) throw new WorkspaceError(refusal);
  const isNew = !existsSync(path);
  if (isNew && options.readonly) throw new WorkspaceError(`No workspace at ${path}.`);

  let db: Db;
  try {
    db = new Database(path, {
      readonly: options.readonly ?? false,
      fileMustExist: options.readonly ?? false,
    });
  } catch (error) {
    throw (
      storageErrorOf(error, path) ?? new WorkspaceError(`Cannot open ${path}: ${messageOf(error)}`)
    );
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
    const problems = integrityProblems(db, path, options.check ?? 'full');
    if (problems) {
      throw new WorkspaceError(`${problems} Restore it from a backup; the file was not changed.`);
    }
    db.pragma('foreign_keys = ON');
    if (!options.readonly) {
      migrate(db, path, migrations, found);
      db.pragma('journal_mode = WAL');
      // An acknowledgement means stored, even through a power cut: in WAL mode FULL syncs the
      // log at every commit (NORMAL may lose the last commits to a power cut, though never to a
      // crash). The room's scores share their commits (store/group-commit.ts), so the sync is
      // paid once per group, not once per score.
      db.pragma('synchronous = FULL');
      takeWriteLockFirst(db);
    }
    return {
      path,
      db,
      schemaVersion: readUserVersion(db, path),
      backupTo: async (destination) => {
        await db.backup(destination);
      },
      checkFully: () => integrityProblems(db, path, 'full'),
      close: () => db.close(),
    };
  } catch (error) {
    db.close();
    // A file this call created holds nothing worth keeping; leave no half-made workspace behind.
    if (isNew)
      for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
    throw storageErrorOf(error, path) ?? error;
  }
}

function readUserVersion(db: Db, path: string): number {
  try {
    return db.pragma('user_version', { simple: true }) as number;
  } catch (error) {
    throw (
      diskProblemOf(error, path) ??
      new WorkspaceError(`${path} is not a Concord workspace (${messageOf(error)}).`)
    );
  }
}

/** What SQLite's integrity check finds wrong, in one sentence, or null when sound. */
function integrityProblems(db: Db, path: string, check: 'full' | 'quick'): string | null {
  let problems: string[];
  try {
    const pragma = check === 'full' ? 'integrity_check' : 'quick_check';
    const rows = db.pragma(pragma) as Record<string, string>[];
    problems = rows.map((row) => row[pragma]!).filter((line) => line !== 'ok');
  } catch (error) {
    // A read-only folder or a busy file stops the check too: say that, not "damaged".
    const disk = diskProblemOf(error, path);
    if (disk) throw disk;
    // Damage bad enough that the check itself cannot run.
    problems = [messageOf(error)];
  }
  return problems.length === 0
    ? null
    : `${path} failed its integrity check: ${problems.slice(0, 3).join('; ')}.`;
}

/** Applies each pending migration in its own transaction; a failure rolls that one back whole. */
function migrate(db: Db, path: string, migrations: readonly Migration[], from: number): void {
  for (const migration of migrations) {
    if (migration.version <= from) continue;
    const apply = db.transaction(() => {
      db.exec(migration.sql);
      db.pragma(`user_version = ${migration.version}`);
    });
    try {
      apply.immediate();
    } catch (error) {
      const disk = diskProblemOf(error, path);
      if (disk) throw disk;
      throw new WorkspaceError(
        `Upgrading the workspace to format ${migration.version} (${migration.description}) ` +
          `failed: ${messageOf(error)}. The file was left as it was.`,
      );
    }
  }
}

/**
 * The app, `concord serve` and the CLI may write the same file at once. A plain (deferred)
 * transaction that reads and then writes fails at once with SQLITE_BUSY, without waiting, when
 * another process committed in between; an immediate one takes the write lock first and waits
 * for it (busy_timeout). So every transaction on a writable workspace starts immediate; nested
 * ones stay savepoints.
 */
function takeWriteLockFirst(db: Db): void {
  const plain = db.transaction.bind(db);
  db.transaction = ((fn: (...params: unknown[]) => unknown) => {
    const { deferred, immediate, exclusive } = plain(fn);
    const run = (...params: unknown[]) => immediate(...params);
    return Object.assign(run, { default: immediate, deferred, immediate, exclusive });
  }) as Db['transaction'];
}

/** A failure of the disk or the file (read-only, full, busy), as opposed to damaged data. */
function diskProblemOf(error: unknown, path: string): Error | undefined {
  const storage = storageErrorOf(error, path);
  if (!storage) return undefined;
  const damaged =
    storage.sqliteCode.startsWith('SQLITE_CORRUPT') || storage.sqliteCode === 'SQLITE_NOTADB';
  return damaged ? undefined : storage;
}
