// Size-limited rotation: when the log grows past its limit, concord-app.log becomes
// concord-app.1.log, the older ones move up one, and the oldest beyond `keep` is dropped. So a
// log never takes more than (keep + 1) times its limit.
import { renameSync, rmSync } from 'node:fs';
import path from 'node:path';

/** concord-app.log, 2 → concord-app.2.log */
export function archivedName(file: string, n: number): string {
  const { dir, name, ext } = path.parse(file);
  return path.join(dir, `${name}.${n}${ext}`);
}

export function rotate(file: string, keep: number): void {
  rmSync(archivedName(file, keep), { force: true });
  for (let n = keep - 1; n >= 1; n--) {
    try {
      renameSync(archivedName(file, n), archivedName(file, n + 1));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  if (keep >= 1) renameSync(file, archivedName(file, 1));
  else rmSync(file, { force: true });
}
