// A workspace may open after the quick check (page structure only) and get the full check a
// moment later: the app and the room server do, so a large workspace opens fast. Damage only the
// full check sees (an index that no longer matches its table) must still come to light.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FULL_CHECK_DELAY_MS, openApp } from '../../src-main/app.js';
import { openWorkspace, WorkspaceError } from '../../src-main/store/workspace.js';
import { dispatch } from '../../src-main/api/dispatcher.js';
import { tempDir } from '../helpers/workspace.js';

let dir: string;
let path: string;

beforeEach(() => {
  dir = tempDir();
  path = join(dir, 'workspace.sqlite');
});
afterEach(() => {
  vi.useRealTimers();
  rmSync(dir, { recursive: true, force: true });
});

/** A sound workspace whose people index then disagrees with the table in one name. */
async function workspaceWithDamagedIndex(options: { backupFirst?: boolean } = {}) {
  let backupName: string | null = null;
  if (options.backupFirst) {
    const app = openApp(path);
    backupName = (await app.services.backups.backupNow()).name;
    app.close();
  }
  const workspace = openWorkspace(path);
  workspace.db.exec('CREATE INDEX people_by_name_for_test ON people (name)');
  workspace.db
    .prepare("INSERT INTO people (id, name, created_at) VALUES ('p1', ?, '')")
    .run('MARKERNAMEAAAA');
  const { rootpage } = workspace.db
    .prepare("SELECT rootpage FROM sqlite_master WHERE name = 'people_by_name_for_test'")
    .get() as { rootpage: number };
  const pageSize = workspace.db.pragma('page_size', { simple: true }) as number;
  workspace.db.pragma('wal_checkpoint(TRUNCATE)');
  workspace.close();
  const bytes = readFileSync(path);
  const page = bytes.subarray((rootpage - 1) * pageSize, rootpage * pageSize);
  const at = page.indexOf('MARKERNAMEAAAA');
  expect(at).toBeGreaterThan(0);
  page.write('MARKERNAMEAAAB', at, 'latin1'); // the index entry only; the row keeps its name
  writeFileSync(path, bytes);
  return backupName;
}

describe('the full integrity check after a quick open', () => {
  it('the quick check opens what only the full check refuses', async () => {
    await workspaceWithDamagedIndex();
    expect(() => openWorkspace(path)).toThrow(WorkspaceError);
    expect(() => openWorkspace(path)).toThrow(
      /failed its integrity check.*the file was not changed/,
    );
    const workspace = openWorkspace(path, { check: 'quick' });
    expect(workspace.checkFully()).toMatch(/failed its integrity check: .*people_by_name_for_test/);
    workspace.close();
  });

  it('the app reports the damage to its log and to the owner soon after opening', async () => {
    const backup = await workspaceWithDamagedIndex({ backupFirst: true });
    vi.useFakeTimers();
    const logged: string[] = [];
    const app = openApp(path, { fullCheck: 'soon', report: (m) => logged.push(m) });
    const changes: string[] = [];
    app.services.bus.subscribe((change) => changes.push(change.topic));
    const info = async () => {
      const answer = await dispatch(app.services, { role: 'owner' }, 'workspace.info', {});
      return answer.ok ? (answer.result as { damage: string | null }).damage : 'call failed';
    };
    expect(await info()).toBeNull();
    vi.advanceTimersByTime(FULL_CHECK_DELAY_MS);
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatch(/failed its integrity check.*Restore the workspace from a backup/);
    expect(await info()).toBe(logged[0]);
    // Every open screen is told, so the notice appears without a reload.
    expect(changes).toEqual(['workspace']);
    // Restoring the backup taken before the damage clears the notice.
    vi.useRealTimers();
    await app.services.backups.restore(backup!);
    expect(await info()).toBeNull();
    expect(app.store.workspace.checkFully()).toBeNull();
    app.close();
  });

  it('a sound workspace opened quickly stays quiet after its full check', () => {
    openWorkspace(path).close();
    vi.useFakeTimers();
    const logged: string[] = [];
    const app = openApp(path, { fullCheck: 'soon', report: (m) => logged.push(m) });
    vi.advanceTimersByTime(FULL_CHECK_DELAY_MS);
    expect(logged).toEqual([]);
    expect(app.services.integrity.damage()).toBeNull();
    app.close();
  });
});
