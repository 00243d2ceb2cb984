// Row counts of every table of a workspace, to prove a refused import wrote nothing at all.
import type { Services } from '../../src-main/services/index.js';

export function rowCounts(services: Services): Record<string, number> {
  const { db } = services.store.workspace;
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
