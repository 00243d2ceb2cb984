// Backups of the workspace: SQLite's online backup API into `<workspace dir>/backups/`, one
// self-contained file each (`<name>-YYYY-MM-DD-HHMMSS-<kind>.sqlite`, UTC), automatic once a day
// with retention (the newest of each of the last 7 days + the newest of each of the last 4 weeks),
// "back up now", a read-only preview, and restore.
//
// Two ways to restore:
// - `restoreBackup(workspacePath, backupPath)` works on a closed workspace (`concord backup
//   restore`): the backup is copied to a temporary file which is renamed over the workspace.
// - `backups.restore(name)` works on the open workspace (the app, in Electron and browser mode
//   alike, through the api): the backup is copied and migrated into a temporary file, then written
//   into the open database through the SQLite backup API, which replaces every page in one write
//   transaction: other readers see the old or the new workspace, never a mix, and the connection
//   every service holds stays valid. A live room is closed first (raters are disconnected) and
//   every rater token and join code of the restored data is revoked, so nobody keeps scoring
//   against a workspace that changed under them; raters join again with a new code.
// Both take a `before-restore` backup of the current state first.
//
// Scheduling: `scheduleAutoBackups` (backup-schedule.ts) runs `autoBackupIfDue()` at start and
// hourly, for `concord serve` and the desktop app alike.
import Database from 'better-sqlite3';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { ConflictError, NotFoundError, ValidationError } from '../domain/errors.js';
import type { Store } from '../store/index.js';
import { openWorkspace } from '../store/index.js';
import { nowIso } from '../store/ids.js';
import type { ChangeBus } from './events.js';

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

export interface RetentionPolicy {
  /** Automatic backups kept: the newest of each of this many most recent days... */
  daily: number;
  /** ...and the newest of each of this many most recent weeks (Monday-based, UTC). */
  weekly: number;
}

export const DEFAULT_RETENTION: RetentionPolicy = { daily: 7, weekly: 4 };

export interface BackupPreview {
  name: string;
  schemaVersion: number;
  counts: { rubrics: number; samples: number; people: number; sessions: number; scores: number };
  sessions: { id: string; title: string; heldOn: string; phase: string }[];
  /** The latest time anything was recorded in it, or null for an empty workspace. */
  lastActivity: string | null;
}

const NAME =
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
    const m = NAME.exec(name);
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

async function writeBackup(
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

/** Which automatic backups the policy keeps (the rest are deleted). */
export function backupsToKeep(autoBackups: BackupInfo[], policy: RetentionPolicy): Set<string> {
  const newestFirst = [...autoBackups].sort((a, b) => b.takenAt.localeCompare(a.takenAt));
  const keep = new Set<string>();
  const pick = (bucketOf: (b: BackupInfo) => string, count: number) => {
    const seen = new Set<string>();
    for (const b of newestFirst) {
      const bucket = bucketOf(b);
      if (seen.has(bucket)) continue;
      if (seen.size >= count) break;
      seen.add(bucket);
      keep.add(b.name);
    }
  };
  pick((b) => b.takenAt.slice(0, 10), policy.daily);
  pick((b) => weekOf(b.takenAt), policy.weekly);
  return keep;
}

/** The Monday (UTC) starting the week of an ISO time. */
function weekOf(iso: string): string {
  const day = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  const offset = (day.getUTCDay() + 6) % 7;
  return new Date(day.getTime() - offset * 86_400_000).toISOString().slice(0, 10);
}

/** Opens a backup read-only and says what it holds; a file from a newer Concord is refused. */
export function previewBackupFile(path: string): BackupPreview {
  if (!existsSync(path)) throw new NotFoundError(`No backup at ${path}.`);
  const workspace = openWorkspace(path, { readonly: true });
  try {
    const { db } = workspace;
    const count = (table: string) =>
      (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
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
      counts: {
        rubrics: count('rubrics'),
        samples: count('samples'),
        people: count('people'),
        sessions: count('sessions'),
        scores: count('score_heads'),
      },
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

export interface RestoreResult {
  restored: BackupPreview;
  /** The state just before the restore, kept as a `before-restore` backup. */
  safetyCopy: BackupInfo;
  /** Whether a live room was open and had to close. */
  roomClosed: boolean;
}

/** What a restore needs from the rest of the services: to close the room and tell screens. */
export interface RestoreDeps {
  bus: ChangeBus;
  /** Closes the live room if one is open; answers whether one was. */
  closeRoom: () => Promise<boolean>;
  /** The workspace now holds the backup, checked in full: damage found before is gone. */
  replaced: () => void;
}

/**
 * Copies a backup into a temporary file ready to be written into the open workspace: migrated
 * to this version's schema, rater access revoked, same page size as the workspace (the backup API
 * cannot change the page size of a database in WAL mode), and one self-contained file.
 */
async function prepareRestoreCopy(
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

export function backupsService(
  store: Store,
  deps: RestoreDeps,
  policy: RetentionPolicy = DEFAULT_RETENTION,
) {
  const workspacePath = store.workspace.path;
  let restoring = false;
  const byName = (name: string): BackupInfo => {
    // Names only, never paths: the api must not reach files outside the backup folder.
    if (!NAME.test(name) || name.includes('/') || name.includes('\\')) {
      throw new ValidationError(`name: "${name}" is not the name of a backup`);
    }
    const found = listBackupFiles(workspacePath).find((b) => b.name === name);
    if (!found) throw new NotFoundError(`No backup named ${name}.`);
    return found;
  };

  const prune = (): string[] => {
    const auto = listBackupFiles(workspacePath).filter((b) => b.kind === 'auto');
    const keep = backupsToKeep(auto, policy);
    const removed: string[] = [];
    for (const b of auto) {
      if (keep.has(b.name)) continue;
      rmSync(b.path, { force: true });
      removed.push(b.name);
    }
    return removed;
  };

  return {
    folder: () => backupDirFor(workspacePath),
    list: (): BackupInfo[] => listBackupFiles(workspacePath),

    /** "Back up now": kept until someone deletes it (retention prunes automatic backups only). */
    backupNow: (now: Date = new Date()): Promise<BackupInfo> =>
      writeBackup(store.workspace.db, workspacePath, 'manual', now),

    /**
     * Takes the day's automatic backup unless one was taken on the same UTC day, then prunes.
     * Returns the new backup, or null when none was due.
     */
    async autoBackupIfDue(
      now: Date = new Date(),
    ): Promise<{ backup: BackupInfo | null; removed: string[] }> {
      const today = now.toISOString().slice(0, 10);
      const latest = listBackupFiles(workspacePath).find((b) => b.kind === 'auto');
      if (latest && latest.takenAt.slice(0, 10) >= today) return { backup: null, removed: [] };
      const backup = await writeBackup(store.workspace.db, workspacePath, 'auto', now);
      return { backup, removed: prune() };
    },

    prune,

    preview: (name: string): BackupPreview => previewBackupFile(byName(name).path),

    /**
     * Replaces the open workspace with a backup (see the top of this file): checks it, closes a
     * live room, keeps the current state as a `before-restore` backup, then writes the prepared
     * copy into the open database in one transaction. On any failure the workspace is unchanged.
     */
    async restore(name: string, now: Date = new Date()): Promise<RestoreResult> {
      if (restoring) throw new ConflictError('A restore is already running.');
      restoring = true;
      const temp = `${workspacePath}.restoring`;
      try {
        const chosen = byName(name);
        const restored = previewBackupFile(chosen.path);
        const { db } = store.workspace;
        const pageSize = db.pragma('page_size', { simple: true }) as number;
        await prepareRestoreCopy(chosen.path, temp, pageSize, nowIso());
        const roomClosed = await deps.closeRoom();
        const safetyCopy = await writeBackup(db, workspacePath, 'before-restore', now);
        const copy = new Database(temp, { readonly: true, fileMustExist: true });
        try {
          // All remaining pages in the second step: the write lock on the workspace is held for
          // one turn of the event loop only.
          await copy.backup(workspacePath, { progress: () => 0x7fffffff });
        } finally {
          copy.close();
        }
        store.access.audit({
          actor: 'owner',
          action: 'backup.restored',
          subjectType: 'workspace',
          subjectId: chosen.name,
          details: { safetyCopy: safetyCopy.name },
        });
        deps.replaced();
        deps.bus.emit({ topic: 'workspace' });
        return { restored, safetyCopy, roomClosed };
      } finally {
        rmSync(temp, { force: true });
        for (const suffix of ['-wal', '-shm', '-journal'])
          rmSync(`${temp}${suffix}`, { force: true });
        restoring = false;
      }
    },
  };
}
export type BackupsService = ReturnType<typeof backupsService>;
