// A workspace of an older format holding the rows of a current one: made by the first migrations
// only, so migration tests start from a file exactly as an earlier Concord wrote it.
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { openWorkspace } from '../../src-main/store/index.js';
import { migrations } from '../../src-main/store/migrations.js';
import type { TempApp } from './workspace.js';

/** Writes `app`'s rows into a new file of format `version` beside it; answers its path. */
export function olderWorkspaceLike(app: TempApp, version: number): string {
  const path = join(app.dir, `format-${version}.sqlite`);
  openWorkspace(path, { migrations: migrations.slice(0, version) }).close();
  copyRowsInto(app.store.workspace.db, path);
  return path;
}

/** Copies every row of `from` into the older workspace at `path`, column by column it knows. */
function copyRowsInto(from: Database.Database, path: string): void {
  from.prepare('ATTACH DATABASE ? AS old').run(path);
  try {
    from.pragma('foreign_keys = OFF');
    const tables = from
      .prepare("SELECT name FROM old.sqlite_master WHERE type = 'table'")
      .all() as { name: string }[];
    from.transaction(() => {
      for (const { name } of tables) {
        const columns = (from.pragma(`old.table_info(${name})`) as { name: string }[])
          .map((c) => `"${c.name}"`)
          .join(', ');
        from.exec(`INSERT INTO old."${name}" (${columns}) SELECT ${columns} FROM main."${name}"`);
      }
    })();
  } finally {
    from.pragma('foreign_keys = ON');
    from.exec('DETACH DATABASE old');
  }
}
