// Backups of the workspace (the files themselves: store/backup-files.ts): automatic once a day
// with retention (the newest of each of the last 7 days + the newest of each of the last 4 weeks),
// "back up now", a read-only preview, and restore.
//
// Two ways to restore:
// - `restoreBackup(workspacePath, backupPath)` (store/backup-files.ts) works on a closed workspace
//   (`concord backup restore`): the backup is copied to a temporary file renamed over the workspace.
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
import { rmSync } from 'node:fs';
import { ConflictError, NotFoundError, ValidationError } from '../domain/errors.js';
import type { Store } from '../store/index.js';
import type { BackupInfo, BackupPreview } from '../store/backup-files.js';
import {
  BACKUP_NAME,
  backupDirFor,
  listBackupFiles,
  pageSizeOf,
  prepareRestoreCopy,
  previewBackupFile,
  writeBackup,
  writeCopyInto,
} from '../store/backup-files.js';
import { nowIso } from '../store/ids.js';
import type { ChangeBus } from './events.js';

export interface RetentionPolicy {
  /** Automatic backups kept: the newest of each of this many most recent days... */
  daily: number;
  /** ...and the newest of each of this many most recent weeks (Monday-based, UTC). */
  weekly: number;
}

export const DEFAULT_RETENTION: RetentionPolicy = { daily: 7, weekly: 4 };

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

export function backupsService(
  store: Store,
  deps: RestoreDeps,
  policy: RetentionPolicy = DEFAULT_RETENTION,
) {
  const workspacePath = store.workspace.path;
  let restoring = false;
  const byName = (name: string): BackupInfo => {
    // Names only, never paths: the api must not reach files outside the backup folder.
    if (!BACKUP_NAME.test(name) || name.includes('/') || name.includes('\\')) {
      throw ValidationError.at(['name'], `"${name}" is not the name of a backup`);
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
        await prepareRestoreCopy(chosen.path, temp, pageSizeOf(store.workspace), nowIso());
        const roomClosed = await deps.closeRoom();
        const safetyCopy = await writeBackup(
          store.workspace.db,
          workspacePath,
          'before-restore',
          now,
        );
        await writeCopyInto(store.workspace, temp);
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
