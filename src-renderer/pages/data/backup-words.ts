// Words and formats for backups, shared by the list and the preview.
import type { MethodOutput } from '../../../src-main/api/contract.js';

export type BackupInfo = MethodOutput<'backups.list'>[number];

export const BACKUP_KIND_WORDS: Record<BackupInfo['kind'], string> = {
  auto: 'Daily (automatic)',
  manual: 'Backed up by hand',
  'before-restore': 'Taken before a restore',
};

/** "23 Nov 2026, 10:05" in the reader's language and time zone. */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}
