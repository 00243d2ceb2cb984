// Restoring a backup into the open workspace through the api, and the shared auto-backup schedule.
import { existsSync, readdirSync } from 'node:fs';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openApp } from '../../src-main/app.js';
import { dispatch } from '../../src-main/api/dispatcher.js';
import type { Actor } from '../../src-main/domain/actor.js';
import { scheduleAutoBackups } from '../../src-main/services/backup-schedule.js';
import type { BackupsService } from '../../src-main/services/backups.js';
import type { RoomListener } from '../../src-main/services/room.js';
import { openTempApp, scoringFixture } from '../helpers/workspace.js';
import type { TempApp } from '../helpers/workspace.js';

const OWNER: Actor = { role: 'owner' };
const apps: TempApp[] = [];
afterEach(() => {
  for (const app of apps.splice(0)) app.dispose();
  vi.useRealTimers();
});
function temp(): TempApp {
  const app = openTempApp();
  apps.push(app);
  return app;
}

function fakeListener(): RoomListener & { closed: number } {
  return {
    closed: 0,
    addresses: () => [{ name: 'lo', address: '127.0.0.1', internal: true }],
    listen: () => Promise.resolve('http://127.0.0.1:4871'),
    close() {
      this.closed += 1;
      return Promise.resolve();
    },
  };
}

function ok<T>(answer: { ok: true; result: unknown } | { ok: false; error: unknown }): T {
  if (!answer.ok) throw new Error(`call failed: ${JSON.stringify(answer.error)}`);
  return answer.result as T;
}

describe('backups.restore', () => {
  it('puts the backup back into the open workspace and keeps the replaced state', async () => {
    const app = temp();
    const fx = scoringFixture(app.services);
    const tokenBefore = app.services.sessions.issueRaterToken(fx.sessionId, fx.raterIds[0]);
    const backup = ok<{ name: string }>(await dispatch(app.services, OWNER, 'backups.now', {}));

    // After the backup: a person and a score the restore takes away.
    app.services.library.addPerson('Late Arrival', ['rater']);
    app.services.scoring.record(
      {
        sessionId: fx.sessionId,
        sampleId: fx.sampleIds[0]!,
        criterionId: fx.criterionIds[0]!,
        score: 3,
        note: '',
        raterId: fx.raterIds[1],
      },
      OWNER,
    );
    expect(app.store.counts().people).toBe(4);
    const events: string[] = [];
    app.services.bus.subscribe((change) => events.push(change.topic));

    const answer = ok<{
      restored: { name: string; counts: { people: number; scores: number } };
      safetyCopy: { name: string; kind: string };
      roomClosed: boolean;
    }>(await dispatch(app.services, OWNER, 'backups.restore', { name: backup.name }));

    expect(answer.restored).toMatchObject({ name: backup.name, counts: { people: 3, scores: 0 } });
    expect(answer.roomClosed).toBe(false);
    expect(events).toContain('workspace');
    // The same services, on the same connection, now read the restored data.
    expect(app.store.counts().people).toBe(3);
    expect(app.store.scores.current(fx.sessionId)).toEqual([]);
    // The state just before the restore is a backup of its own, with the later person and score.
    expect(answer.safetyCopy.kind).toBe('before-restore');
    const safety = app.services.backups.preview(answer.safetyCopy.name);
    expect(safety.counts).toMatchObject({ people: 4, scores: 1 });
    // Rater access from the backup's time does not come back to life.
    expect(app.store.access.resolveRaterToken(tokenBefore)).toBeUndefined();
    // No temporary file is left beside the workspace.
    expect(readdirSync(app.dir).filter((f) => f.includes('restoring'))).toEqual([]);

    // The workspace keeps working, and what is written after the restore is on disk.
    app.services.library.addPerson('After Restore', ['rater']);
    app.close();
    const reopened = openApp(app.path);
    try {
      const names = reopened.store.library.listPeople().map((p) => p.name);
      expect(names).toContain('After Restore');
      expect(names).not.toContain('Late Arrival');
    } finally {
      reopened.close();
    }
  });

  it('restores a backup whose page size differs from the workspace', async () => {
    const app = temp();
    scoringFixture(app.services);
    const backup = await app.services.backups.backupNow();
    // A file from elsewhere (another SQLite build, a VACUUM with other settings).
    const other = new Database(backup.path);
    other.pragma('page_size = 8192');
    other.exec('VACUUM');
    expect(other.pragma('page_size', { simple: true })).toBe(8192);
    other.close();
    app.services.library.addPerson('Late Arrival', ['rater']);
    await app.services.backups.restore(backup.name);
    expect(app.store.counts()).toMatchObject({ people: 3, sessions: 1, samples: 2 });
    expect(app.store.workspace.db.pragma('page_size', { simple: true })).toBe(4096);
    expect(app.store.workspace.db.pragma('quick_check', { simple: true })).toBe('ok');
  });

  it('closes a live room before restoring', async () => {
    const app = temp();
    const fx = scoringFixture(app.services);
    const listener = fakeListener();
    app.services.room.attachListener(listener);
    await app.services.room.host(fx.sessionId, '127.0.0.1');
    const backup = await app.services.backups.backupNow();
    const answer = ok<{ roomClosed: boolean }>(
      await dispatch(app.services, OWNER, 'backups.restore', { name: backup.name }),
    );
    expect(answer.roomClosed).toBe(true);
    expect(listener.closed).toBe(1);
    expect(app.services.room.info(fx.sessionId).joinUrl).toBeNull();
  });

  it('is for the owner only and takes backup names only', async () => {
    const app = temp();
    const fx = scoringFixture(app.services);
    const backup = await app.services.backups.backupNow();
    const rater: Actor = { role: 'rater', sessionId: fx.sessionId, personId: fx.raterIds[0] };
    const denied = await dispatch(app.services, rater, 'backups.restore', { name: backup.name });
    expect(denied).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const outside = await dispatch(app.services, OWNER, 'backups.restore', {
      name: '../workspace.sqlite',
    });
    expect(outside).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('is not the name of a backup') },
    });
    const missing = await dispatch(app.services, OWNER, 'backups.restore', {
      name: 'workspace-2020-01-01-000000-manual.sqlite',
    });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const extra = await dispatch(app.services, OWNER, 'backups.restore', {
      name: backup.name,
      force: true,
    });
    expect(extra).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    // Nothing was restored, so no safety copy was taken.
    expect(app.services.backups.list().map((b) => b.kind)).toEqual(['manual']);
    expect(existsSync(`${app.path}.restoring`)).toBe(false);
  });
});

describe('scheduleAutoBackups', () => {
  function fakeBackups(result: () => Promise<unknown>) {
    const calls = { count: 0 };
    const service = {
      autoBackupIfDue: () => {
        calls.count += 1;
        return result();
      },
    } as unknown as BackupsService;
    return { service, calls };
  }

  it('checks at start and every interval, one check at a time', async () => {
    vi.useFakeTimers();
    let finish: () => void = () => undefined;
    const { service, calls } = fakeBackups(
      () => new Promise<void>((done) => (finish = () => done())),
    );
    const schedule = scheduleAutoBackups(
      () => service,
      () => undefined,
      1000,
    );
    await vi.advanceTimersByTimeAsync(0);
    expect(calls.count).toBe(1);
    // Still running: the next tick and an explicit check join it rather than start another.
    void schedule.checkNow();
    await vi.advanceTimersByTimeAsync(1000);
    expect(calls.count).toBe(1);
    finish();
    await vi.advanceTimersByTimeAsync(1000);
    expect(calls.count).toBe(2);
    finish();
    schedule.stop();
    await vi.advanceTimersByTimeAsync(5000);
    expect(calls.count).toBe(2);
  });

  it('reports a failed backup and keeps going', async () => {
    const errors: string[] = [];
    const { service, calls } = fakeBackups(() => Promise.reject(new Error('disk full')));
    const schedule = scheduleAutoBackups(
      () => service,
      (message) => errors.push(message),
    );
    await schedule.checkNow();
    await schedule.checkNow();
    schedule.stop();
    expect(calls.count).toBe(2);
    expect(errors).toEqual([
      'Automatic backup failed: disk full',
      'Automatic backup failed: disk full',
    ]);
  });

  it('takes one real automatic backup a day', async () => {
    const app = temp();
    const schedule = scheduleAutoBackups(
      () => app.services.backups,
      () => undefined,
    );
    await schedule.checkNow();
    await schedule.checkNow();
    schedule.stop();
    expect(app.services.backups.list().map((b) => b.kind)).toEqual(['auto']);
  });
});
