// Backup files of a workspace, at the level of SQLite: where they live and how they are named
// (`<name>-YYYY-MM-DD-HHMMSS-<kind>.sqlite`, UTC, in `<workspace dir>/backups/`), copied through
// SQLite's online backup API into one self-contained file each, previewed read-only, and written
// back. When to take them, which to keep and how a restore is announced is services/backups.ts.
import Database from 'better-sqlite3';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { NotFoundError } from '../domain/errors.js';
import { countRows, workspaceCounts } from './counts.js';
import type { Workspace } from './workspace.js';
import { openWorkspace } from './workspace.js';

export const BACKUP_KINDS = ['auto', 'manual', 'before-restore'] as const;
export type BackupKind = (typeof BACKUP_KINDS)[number];

export interface BackupInfo {
  name: string;
  path: string;
  kind: BackupKind;
  /** When it was taken (from its name, UTC, to the second). */
  takenAt: string;
  size: number;
}

export interface BackupPreview {
  name: string;
  schemaVersion: number;
  counts: { rubrics: number; samples: number; people: number; sessions: number; scores: number };
  sessions: { id: string; title: string; heldOn: string; phase: string }[];
  /** The latest time anything was recorded in it, or null for an empty workspace. */
  lastActivity: string | null;
}

export const BACKUP_NAME =
  /^(.+)-(\d{4})-(\d{2})-(\d{2})-(\d{2})(\d{2})(\d{2})(?:-(\d+))?-(auto|manual|before-restore)\.sqlite$/;

function stamp(at: Date): string {
  const iso = at.toISOString(); // 2026-11-23T11:20:02.123Z
  return `${iso.slice(0, 10)}-${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}`;
}

export function backupDirFor(workspacePath: string): string {
  return join(dirname(resolve(workspacePath)), 'backups');
}

function workspaceName(workspacePath: string): string {
  const file = basename(workspacePath);
  return file.slice(0, file.length - extname(file).length) || file;
}

/** The backups of one workspace, newest first. */
export function listBackupFiles(workspacePath: string): BackupInfo[] {
  const dir = backupDirFor(workspacePath);
  if (!existsSync(dir)) return [];
  const own = workspaceName(workspacePath);
  const out: (BackupInfo & { seq: number })[] = [];
  for (const name of readdirSync(dir)) {
    const m = BACKUP_NAME.exec(name);
    if (!m || m[1] !== own) continue;
    const [, , y, mo, d, h, mi, s, seq, kind] = m;
    out.push({
      name,
      path: join(dir, name),
      kind: kind as BackupKind,
      takenAt: `${y}-${mo}-${d}T${h}:${mi}:${s}Z`,
      size: statSync(join(dir, name)).size,
      seq: seq === undefined ? 1 : Number(seq),
    });
  }
  return out
    .sort((a, b) => b.takenAt.localeCompare(a.takenAt) || b.seq - a.seq)
    .map(({ seq: _, ...info }) => info);
}

/**
 * Copies a database through SQLite's backup API into `destination`, through a temporary file
 * renamed at the end so an interrupted backup never looks like a finished one. The copy is
 * switched out of WAL mode so that it is one self-contained file.
 */
async function copyDatabase(source: Database.Database, destination: string): Promise<void> {
  const temp = `${destination}.partial`;
  rmSync(temp, { force: true });
  try {
    await source.backup(temp);
    const copy = new Database(temp);
    try {
      copy.pragma('journal_mode = DELETE');
    } finally {
      copy.close();
    }
    renameSync(temp, destination);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

export async function writeBackup(
  db: Database.Database,
  workspacePath: string,
  kind: BackupKind,
  at: Date,
): Promise<BackupInfo> {
  const dir = backupDirFor(workspacePath);
  mkdirSync(dir, { recursive: true });
  const base = `${workspaceName(workspacePath)}-${stamp(at)}`;
  let name = `${base}-${kind}.sqlite`;
  for (let n = 2; existsSync(join(dir, name)); n++) name = `${base}-${n}-${kind}.sqlite`;
  await copyDatabase(db, join(dir, name));
  return listBackupFiles(workspacePath).find((b) => b.name === name)!;
}

/** Opens a backup read-only and says what it holds; a file from a newer Concord is refused. */
export function previewBackupFile(path: string): BackupPreview {
  if (!existsSync(path)) throw new NotFoundError(`No backup at ${path}.`);
  const workspace = openWorkspace(path, { readonly: true });
  try {
    const { db } = workspace;
    const sessions = db
      .prepare('SELECT id, title, held_on, phase FROM sessions ORDER BY held_on DESC, title')
      .all() as { id: string; title: string; held_on: string; phase: string }[];
    const last = db
      .prepare(
        `SELECT MAX(at) AS at FROM (
           SELECT MAX(recorded_at) AS at FROM score_events
           UNION ALL SELECT MAX(updated_at) FROM sessions
           UNION ALL SELECT MAX(created_at) FROM samples
           UNION ALL SELECT MAX(created_at) FROM rubric_versions
           UNION ALL SELECT MAX(at) FROM audit_log) x`,
      )
      .get() as { at: string | null };
    return {
      name: basename(path),
      schemaVersion: workspace.schemaVersion,
      counts: { ...workspaceCounts(db), scores: countRows(db, 'score_heads') },
      sessions: sessions.map((s) => ({
        id: s.id,
        title: s.title,
        heldOn: s.held_on,
        phase: s.phase,
      })),
      lastActivity: last.at,
    };
  } finally {
    workspace.close();
  }
}

/**
 * Replaces a closed workspace with a backup: checks the backup (preview), backs up the current
 * state (`before-restore`), copies the backup through the SQLite backup API into a temporary
 * file beside the workspace, and renames it over the workspace. Opening it afterwards migrates
 * an older backup forward. The workspace must not be open anywhere else.
 */
export async function restoreBackup(
  workspacePath: string,
  backupPath: string,
  now: Date = new Date(),
): Promise<{ restored: BackupPreview; safetyCopy: BackupInfo | null }> {
  const restored = previewBackupFile(backupPath);
  let safetyCopy: BackupInfo | null = null;
  if (existsSync(workspacePath)) {
    const current = openWorkspace(workspacePath);
    try {
      safetyCopy = await writeBackup(current.db, workspacePath, 'before-restore', now);
      current.db.pragma('wal_checkpoint(TRUNCATE)');
    } finally {
      current.close();
    }
  }
  const temp = `${workspacePath}.restoring`;
  const source = new Database(backupPath, { readonly: true, fileMustExist: true });
  try {
    await copyDatabase(source, temp);
  } finally {
    source.close();
  }
  for (const suffix of ['-wal', '-shm']) rmSync(`${workspacePath}${suffix}`, { force: true });
  renameSync(temp, workspacePath);
  openWorkspace(workspacePath).close();
  return { restored, safetyCopy };
}

/**
 * Copies a backup into a temporary file ready to be written into the open workspace: migrated
 * to this version's schema, rater access revoked, same page size as the workspace (the backup API
 * cannot change the page size of a database in WAL mode), and one self-contained file.
 */
export async function prepareRestoreCopy(
  backupPath: string,
  temp: string,
  pageSize: number,
  at: string,
): Promise<void> {
  const source = new Database(backupPath, { readonly: true, fileMustExist: true });
  try {
    await copyDatabase(source, temp);
  } finally {
    source.close();
  }
  const copy = openWorkspace(temp);
  try {
    copy.db.transaction(() => {
      copy.db.prepare('UPDATE rater_tokens SET revoked_at = ? WHERE revoked_at IS NULL').run(at);
      copy.db.prepare('UPDATE attempt_tokens SET revoked_at = ? WHERE revoked_at IS NULL').run(at);
      copy.db.prepare('UPDATE join_codes SET closed_at = ? WHERE closed_at IS NULL').run(at);
    })();
    copy.db.pragma('journal_mode = DELETE');
    if (copy.db.pragma('page_size', { simple: true }) !== pageSize) {
      copy.db.pragma(`page_size = ${pageSize}`);
      copy.db.exec('VACUUM');
    }
  } finally {
    copy.close();
  }
}

/**
 * Writes a prepared copy (prepareRestoreCopy) into the open workspace through the SQLite backup
 * API: every page in one write transaction, so readers see the old or the new workspace, never a
 * mix, and the connection every service holds stays valid.
 */
export async function writeCopyInto(workspace: Workspace, copyPath: string): Promise<void> {
  const copy = new Database(copyPath, { readonly: true, fileMustExist: true });
  try {
    // All remaining pages in the second step: the write lock on the workspace is held for one
    // turn of the event loop only.
    await copy.backup(workspace.path, { progress: () => 0x7fffffff });
  } finally {
    copy.close();
  }
}

/** The page size of an open workspace, which a copy written into it must share. */
export function pageSizeOf(workspace: Workspace): number {
  return workspace.db.pragma('page_size', { simple: true }) as number;
}
