// Row counts of every table of a workspace, to prove a refused import wrote nothing at all.
import type { Store } from '../../src-main/store/index.js';

export function rowCounts(store: Store): Record<string, number> {
  const { db } = store.workspace;
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    .all() as { name: string }[];
  return Object.fromEntries(
    tables.map(({ name }) => [
      name,
      (db.prepare(`SELECT COUNT(*) AS n FROM "${name}"`).get() as { n: number }).n,
    ]),
  );
}
