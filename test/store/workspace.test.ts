import Database from 'better-sqlite3';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createStore, openWorkspace, WorkspaceError } from '../../src-main/store/index.js';
import type { Migration } from '../../src-main/store/migrations.js';
import { LATEST_SCHEMA_VERSION, migrations } from '../../src-main/store/migrations.js';
import { tempDir } from '../helpers/workspace.js';

const dirs: string[] = [];
function newPath(): string {
  const dir = tempDir();
  dirs.push(dir);
  return join(dir, 'workspace.sqlite');
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tableNames(path: string): string[] {
  const db = new Database(path, { readonly: true });
  try {
    return (
      db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as {
        name: string;
      }[]
    ).map((r) => r.name);
  } finally {
    db.close();
  }
}

describe('opening a workspace', () => {
  it('creates the whole schema in an empty file, with WAL and foreign keys on', () => {
    const path = newPath();
    const workspace = openWorkspace(path);
    expect(workspace.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    expect(workspace.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(workspace.db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(workspace.db.pragma('busy_timeout', { simple: true })).toBe(5000);
    workspace.close();
    expect(tableNames(path)).toEqual(
      expect.arrayContaining([
        'competencies',
        'grade_bands',
        'continuum_levels',
        'rubrics',
        'rubric_versions',
        'rubric_criteria',
        'rubric_levels',
        'rubric_descriptors',
        'files',
        'samples',
        'sample_identities',
        'anchor_scores',
        'people',
        'sessions',
        'rounds',
        'score_events',
        'consensus_scores',
        'clarifications',
        'audit_log',
      ]),
    );
  });

  it('opens an existing file again without migrating twice', () => {
    const path = newPath();
    openWorkspace(path).close();
    const again = openWorkspace(path);
    expect(again.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    again.close();
  });

  it('refuses a file from a newer Concord and leaves it byte for byte as it was', () => {
    const path = newPath();
    openWorkspace(path).close();
    const db = new Database(path);
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    db.close();
    const before = readFileSync(path);
    expect(() => openWorkspace(path)).toThrow(/newer version of Concord.*not changed/);
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('rolls a failed migration back whole and leaves the file as it was', () => {
    const path = newPath();
    openWorkspace(path).close();
    const before = readFileSync(path);
    const broken: Migration = {
      version: LATEST_SCHEMA_VERSION + 1,
      description: 'a migration that fails half way',
      sql: 'CREATE TABLE half_done (id TEXT); INSERT INTO no_such_table VALUES (1);',
    };
    expect(() => openWorkspace(path, { migrations: [...migrations, broken] })).toThrow(
      /format \d+ \(a migration that fails half way\) failed: .*no such table.*left as it was/,
    );
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(tableNames(path)).not.toContain('half_done');
    const reopened = openWorkspace(path);
    expect(reopened.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    reopened.close();
  });

  it('refuses a file that is not a workspace with a clear message', () => {
    const path = newPath();
    writeFileSync(path, 'this is a spreadsheet, not a database'.repeat(200));
    expect(() => openWorkspace(path)).toThrow(WorkspaceError);
    expect(() => openWorkspace(path)).toThrow(/is not a Concord workspace|Cannot open/);
  });

  it('refuses a damaged file after its integrity check', () => {
    const path = newPath();
    const workspace = openWorkspace(path);
    const store = createStore(workspace);
    for (let i = 0; i < 300; i++)
      store.library.addPerson(`Teacher ${i} ${'x'.repeat(200)}`, ['rater']);
    const { rootpage } = workspace.db
      .prepare("SELECT rootpage FROM sqlite_master WHERE name = 'people'")
      .get() as { rootpage: number };
    const pageSize = workspace.db.pragma('page_size', { simple: true }) as number;
    workspace.db.pragma('wal_checkpoint(TRUNCATE)');
    workspace.close();
    const bytes = readFileSync(path);
    // Scramble the cell pointers of the people table's root page; the file header stays valid.
    bytes.fill(0xff, (rootpage - 1) * pageSize + 8, (rootpage - 1) * pageSize + 64);
    writeFileSync(path, bytes);
    const before = readFileSync(path);
    expect(() => openWorkspace(path)).toThrow(
      /failed its integrity check.*Restore it from a backup/,
    );
    expect(readFileSync(path).equals(before)).toBe(true);
  });
});

describe('backups', () => {
  it('copies a consistent workspace through the SQLite backup API', async () => {
    const path = newPath();
    const workspace = openWorkspace(path);
    const store = createStore(workspace);
    store.library.addPerson('Ana Lima', ['rater', 'coach']);
    const copy = join(path, '..', 'backup.sqlite');
    await workspace.backupTo(copy);
    workspace.close();
    const restored = createStore(openWorkspace(copy));
    expect(restored.library.listPeople().map((p) => [p.name, p.roles.sort()])).toEqual([
      ['Ana Lima', ['coach', 'rater']],
    ]);
    restored.workspace.close();
  });
});
