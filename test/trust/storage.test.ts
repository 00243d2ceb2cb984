// The store's side of sharing a workspace and failing at the disk: transactions take the write
// lock first (so another process's commit cannot make them fail half-way), and SQLite's disk and
// file failures become messages that name the file and say what to do.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createStore, openWorkspace, storageErrorOf } from '../../src-main/store/index.js';
import type { Workspace } from '../../src-main/store/index.js';
import { tempDir } from '../helpers/workspace.js';

let path: string;
let workspace: Workspace;

beforeEach(() => {
  path = join(tempDir('concord-storage-'), 'workspace.sqlite');
  workspace = openWorkspace(path);
});
afterEach(() => workspace.close());

it('holds the write lock from the start of a transaction, so another writer waits its turn', () => {
  const store = createStore(workspace);
  const other = new Database(path);
  other.pragma('busy_timeout = 0');
  const settle = other.prepare("INSERT INTO workspace_meta (key, value) VALUES ('other', '1')");
  let otherRefused: unknown;
  store.transaction(() => {
    // Only a read so far; a plain (deferred) transaction would not hold the lock yet.
    store.settings.get('anything');
    try {
      settle.run();
    } catch (error) {
      otherRefused = error;
    }
    store.settings.set('mine', 2);
  });
  expect((otherRefused as { code?: string } | undefined)?.code).toBe('SQLITE_BUSY');
  // Once the transaction is over, the other writer goes through.
  settle.run();
  other.close();
  expect(store.settings.get('mine')).toBe(2);
});

function sqliteFailure(code: string): Error {
  return Object.assign(new Error('raw sqlite text'), { code });
}

it.each([
  ['SQLITE_FULL', 'is full', 'Free some space'],
  ['SQLITE_READONLY', 'is read-only', 'write permission'],
  ['SQLITE_READONLY_DIRECTORY', 'folder of the workspace', 'write permission on the folder'],
  ['SQLITE_BUSY', 'was busy for too long', 'Try again in a moment'],
  ['SQLITE_BUSY_SNAPSHOT', 'was busy for too long', 'Try again in a moment'],
  ['SQLITE_IOERR_WRITE', 'failed at the disk', 'Check the disk'],
  ['SQLITE_CORRUPT', 'is damaged', 'restore it from a backup'],
])('%s names the file and says what to do', (code, what, todo) => {
  const message = storageErrorOf(sqliteFailure(code), '/school/concord.sqlite')?.message ?? '';
  expect(message).toContain('/school/concord.sqlite');
  expect(message).toContain(what);
  expect(message).toContain(todo);
  expect(message).not.toContain('raw sqlite text');
});

it('leaves failures that are not about the disk to their own handling', () => {
  expect(storageErrorOf(sqliteFailure('SQLITE_CONSTRAINT_UNIQUE'), path)).toBeUndefined();
  expect(storageErrorOf(new Error('a bug'), path)).toBeUndefined();
  expect(storageErrorOf('not an error', path)).toBeUndefined();
});
