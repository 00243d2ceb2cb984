// Prepared statements, compiled once per connection: preparing costs more than running.
import type { Statement } from 'better-sqlite3';
import type { Db } from './workspace.js';

const caches = new WeakMap<Db, Map<string, Statement>>();

export function statements(db: Db): (sql: string) => Statement {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  const known = cache;
  return (sql) => {
    let statement = known.get(sql);
    if (!statement) {
      statement = db.prepare(sql);
      known.set(sql, statement);
    }
    return statement;
  };
}
