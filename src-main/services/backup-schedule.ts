// The daily automatic backup, shared by every shell that keeps a workspace open (`concord serve`,
// the desktop app): one check now, then one every hour; `autoBackupIfDue` takes a backup only
// when none was taken that UTC day, so the hourly check costs a directory listing.
import type { BackupsService } from './backups.js';
import { messageOf } from '../domain/errors.js';

export const AUTO_BACKUP_CHECK_MS = 60 * 60 * 1000;

export interface AutoBackupSchedule {
  /** Checks now (after a workspace was switched, say); resolves when the check is done. */
  checkNow(): Promise<void>;
  stop(): void;
}

/**
 * `backups` is read at each check, so a shell that swaps its workspace backs up the one open at
 * the time. A failed backup is reported and retried at the next check; it never stops the shell.
 */
export function scheduleAutoBackups(
  backups: () => BackupsService,
  onError: (message: string) => void,
  intervalMs: number = AUTO_BACKUP_CHECK_MS,
): AutoBackupSchedule {
  let running: Promise<void> | null = null;
  const checkNow = (): Promise<void> => {
    // One check at a time: a slow backup and the next tick must not write two copies.
    running ??= Promise.resolve()
      .then(() => backups().autoBackupIfDue())
      .then(
        () => undefined,
        (error: unknown) => {
          onError(`Automatic backup failed: ${messageOf(error)}`);
        },
      )
      .finally(() => {
        running = null;
      });
    return running;
  };
  void checkNow();
  const timer = setInterval(() => void checkNow(), intervalMs);
  timer.unref();
  return { checkNow, stop: () => clearInterval(timer) };
}
