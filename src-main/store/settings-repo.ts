// Workspace settings (the team's thresholds, ...): small JSON values in workspace_meta.
import { statements } from './statements.js';
import type { Db } from './workspace.js';

export function settingsRepo(db: Db) {
  const sql = statements(db);
  return {
    get(key: string): unknown {
      const row = sql('SELECT value FROM workspace_meta WHERE key = ?').get(`setting:${key}`) as
        { value: string } | undefined;
      return row ? (JSON.parse(row.value) as unknown) : undefined;
    },
    set(key: string, value: unknown): void {
      sql(
        `INSERT INTO workspace_meta (key, value) VALUES (?, ?)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
      ).run(`setting:${key}`, JSON.stringify(value));
    },
  };
}
