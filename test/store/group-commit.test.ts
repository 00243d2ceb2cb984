import { rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { groupCommit } from '../../src-main/store/group-commit.js';
import type { Workspace } from '../../src-main/store/workspace.js';
import { openWorkspace } from '../../src-main/store/workspace.js';
import { tempDir } from '../helpers/workspace.js';

let dir: string;
let workspace: Workspace;
let reader: Database.Database;

beforeEach(() => {
  dir = tempDir();
  workspace = openWorkspace(join(dir, 'w.sqlite'));
  workspace.db.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL UNIQUE)');
  // A second connection sees only what was committed.
  reader = new Database(workspace.path, { readonly: true });
});

afterEach(() => {
  reader.close();
  workspace.close();
  rmSync(dir, { recursive: true, force: true });
});

const committed = () =>
  (reader.prepare('SELECT text FROM notes ORDER BY id').all() as { text: string }[]).map(
    (r) => r.text,
  );

describe('groupCommit', () => {
  it('runs writes queued together in one transaction and settles them after its commit', async () => {
    const grouped = groupCommit(workspace.db);
    const insert = workspace.db.prepare('INSERT INTO notes (text) VALUES (?)');
    const seenDuringSecond: string[][] = [];
    const settledWith: string[][] = [];
    const first = grouped(() => insert.run('one').changes);
    const second = grouped(() => {
      // The first write is done but not committed: both are inside one open transaction.
      seenDuringSecond.push(committed());
      expect(workspace.db.inTransaction).toBe(true);
      return insert.run('two').changes;
    });
    void first.then(() => settledWith.push(committed()));
    expect(committed()).toEqual([]);
    expect(await Promise.all([first, second])).toEqual([1, 1]);
    expect(seenDuringSecond).toEqual([[]]);
    // Settled means stored: the other connection already saw both.
    expect(settledWith).toEqual([['one', 'two']]);
  });

  it('undoes and rejects a refused write alone', async () => {
    const grouped = groupCommit(workspace.db);
    const insert = workspace.db.prepare('INSERT INTO notes (text) VALUES (?)');
    const results = await Promise.allSettled([
      grouped(() => insert.run('kept')),
      grouped(() => {
        insert.run('half of a refused write');
        throw new Error('refused');
      }),
      grouped(() => insert.run('kept')), // the UNIQUE constraint refuses this one
      grouped(() => insert.run('also kept')),
    ]);
    expect(results.map((r) => r.status)).toEqual([
      'fulfilled',
      'rejected',
      'rejected',
      'fulfilled',
    ]);
    expect((results[1] as PromiseRejectedResult).reason).toEqual(new Error('refused'));
    expect(committed()).toEqual(['kept', 'also kept']);
  });

  it('settles every write truthfully when the disk fills in the middle of a group', async () => {
    const grouped = groupCommit(workspace.db);
    const insert = workspace.db.prepare('INSERT INTO notes (text) VALUES (?)');
    insert.run('there before');
    workspace.db.exec('VACUUM');
    // No page to spare: the file may not grow, as on a full disk.
    workspace.db.pragma(`max_page_count = ${workspace.db.pragma('page_count', { simple: true })}`);
    const results = await Promise.allSettled([
      grouped(() => insert.run('a')),
      grouped(() => insert.run(`too big ${'x'.repeat(200_000)}`)),
      grouped(() => insert.run('b')),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(String((results[1] as PromiseRejectedResult).reason)).toMatch(/full/i);
    // Acknowledged means stored, refused means absent.
    expect(committed()).toEqual(['there before', 'a', 'b']);
  });

  it('starts a new group for writes queued after the last one settled', async () => {
    const grouped = groupCommit(workspace.db);
    const insert = workspace.db.prepare('INSERT INTO notes (text) VALUES (?)');
    await grouped(() => insert.run('first group'));
    await grouped(() => insert.run('second group'));
    expect(committed()).toEqual(['first group', 'second group']);
  });
});
