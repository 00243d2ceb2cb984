import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openApp } from '../../src-main/app.js';
import { backupsToKeep } from '../../src-main/services/backups.js';
import {
  backupDirFor,
  listBackupFiles,
  previewBackupFile,
} from '../../src-main/store/backup-files.js';
import type { BackupInfo } from '../../src-main/store/backup-files.js';
import { runConcord } from '../helpers/cli.js';
import { scoringFixture, tempApps } from '../helpers/workspace.js';

const temp = tempApps();

const day = (iso: string) => new Date(iso);

describe('backups', () => {
  it('backs up now into the folder beside the workspace, lists and previews it', async () => {
    const app = temp();
    app.services.demo.load();
    const info = await app.services.backups.backupNow(day('2026-11-23T09:05:07Z'));
    expect(info.name).toBe('workspace-2026-11-23-090507-manual.sqlite');
    expect(info.path).toBe(join(app.dir, 'backups', info.name));
    // One self-contained file: no WAL beside it.
    expect(readdirSync(backupDirFor(app.path))).toEqual([info.name]);
    const second = await app.services.backups.backupNow(day('2026-11-23T09:05:07Z'));
    expect(second.name).toBe('workspace-2026-11-23-090507-2-manual.sqlite');
    expect(app.services.backups.list().map((b) => b.name)).toEqual([second.name, info.name]);

    const preview = app.services.backups.preview(info.name);
    expect(preview.counts).toMatchObject({ rubrics: 1, samples: 10, people: 7, sessions: 4 });
    expect(preview.counts.scores).toBe(
      preview.sessions.reduce((n, s) => n + app.store.scores.current(s.id).length, 0),
    );
    expect(preview.sessions[0]).toMatchObject({ phase: 'closed' });
    expect(preview.lastActivity).not.toBeNull();
    expect(() => app.services.backups.preview('../workspace.sqlite')).toThrow(
      /not the name of a backup/,
    );
  });

  it('refuses to preview a backup written by a newer Concord', async () => {
    const app = temp();
    const info = await app.services.backups.backupNow();
    const db = new Database(info.path);
    db.pragma('user_version = 99');
    db.close();
    expect(() => previewBackupFile(info.path)).toThrow(/newer version of Concord/);
  });

  it('takes the automatic backup once a day and prunes to 7 daily + 4 weekly', async () => {
    const app = temp();
    const { backups } = app.services;
    const first = await backups.autoBackupIfDue(day('2026-09-01T08:00:00Z'));
    expect(first.backup?.kind).toBe('auto');
    expect((await backups.autoBackupIfDue(day('2026-09-01T17:00:00Z'))).backup).toBeNull();
    const manual = await backups.backupNow(day('2026-09-01T18:00:00Z'));
    // Sixty days of daily backups, one each morning.
    for (let d = 2; d <= 60; d++) {
      const now = new Date(Date.UTC(2026, 8, d, 8));
      const { backup } = await backups.autoBackupIfDue(now);
      expect(backup, now.toISOString()).not.toBeNull();
    }
    const auto = backups.list().filter((b) => b.kind === 'auto');
    const days = auto.map((b) => b.takenAt.slice(0, 10));
    // The last 7 days, plus the newest backup of each of the 4 most recent weeks (some overlap).
    expect(days.slice(0, 7)).toEqual([
      '2026-10-30',
      '2026-10-29',
      '2026-10-28',
      '2026-10-27',
      '2026-10-26',
      '2026-10-25',
      '2026-10-24',
    ]);
    expect(days.slice(7)).toEqual(['2026-10-18', '2026-10-11']);
    // Manual backups are never pruned.
    expect(backups.list().some((b) => b.name === manual.name)).toBe(true);
  });

  it('keeps the newest backup of each day and week', () => {
    const b = (takenAt: string): BackupInfo => ({
      name: takenAt,
      path: takenAt,
      kind: 'auto',
      takenAt,
      size: 1,
    });
    const list = [
      '2026-11-23T10:00:00Z',
      '2026-11-23T08:00:00Z',
      '2026-11-16T08:00:00Z',
      '2026-11-01T08:00:00Z',
    ].map(b);
    expect([...backupsToKeep(list, { daily: 1, weekly: 2 })].sort()).toEqual([
      '2026-11-16T08:00:00Z',
      '2026-11-23T10:00:00Z',
    ]);
  });

  it('restores from the CLI, keeping a backup of the replaced state', async () => {
    const app = temp();
    const fx = scoringFixture(app.services);
    const backup = await app.services.backups.backupNow(day('2026-11-20T10:00:00Z'));
    // After the backup: a new person and a score that the restore will take away.
    app.services.library.addPerson('Late Arrival', ['rater']);
    app.services.scoring.record(
      {
        sessionId: fx.sessionId,
        sampleId: fx.sampleIds[0]!,
        criterionId: fx.criterionIds[0]!,
        score: 3,
        note: '',
        raterId: fx.raterIds[0],
      },
      { role: 'owner' },
    );
    app.close();

    const preview = await runConcord(['backup', 'preview', backup.name, '--workspace', app.path]);
    expect(preview.code, preview.stderr).toBe(0);
    expect(preview.stdout).toContain('0 scores');
    expect(preview.stdout).toContain('October moderation');

    const run = await runConcord(['backup', 'restore', backup.path, '--workspace', app.path]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('The state before the restore is kept in');
    const restored = openApp(app.path);
    try {
      const names = restored.store.library.listPeople().map((p) => p.name);
      expect(names).not.toContain('Late Arrival');
      expect(restored.store.scores.current(fx.sessionId)).toHaveLength(0);
    } finally {
      restored.close();
    }
    const safety = listBackupFiles(app.path).find((b) => b.kind === 'before-restore')!;
    const kept = previewBackupFile(safety.path);
    expect(kept.counts.people).toBe(4);
    expect(kept.counts.scores).toBe(1);

    const list = await runConcord(['backup', 'list', '--workspace', app.path]);
    expect(list.stdout).toContain(backup.name);
    expect(list.stdout).toContain('before-restore');
  });

  it('refuses to restore something that is not a workspace, changing nothing', async () => {
    const app = temp();
    scoringFixture(app.services);
    app.close();
    const junk = join(app.dir, 'junk.sqlite');
    writeFileSync(junk, 'not a database at all, just text that is long enough to look like a file');
    const run = await runConcord(['backup', 'restore', junk, '--workspace', app.path]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/not a Concord workspace|not a database|Cannot open/);
    expect(existsSync(backupDirFor(app.path))).toBe(false);
    const reopened = openApp(app.path);
    expect(reopened.store.counts().sessions).toBe(1);
    reopened.close();
  });

  it('backs up now from the CLI', async () => {
    const app = temp();
    app.close();
    const run = await runConcord(['backup', 'now', '--workspace', app.path]);
    expect(run.code, run.stderr).toBe(0);
    expect(listBackupFiles(app.path)).toHaveLength(1);
  });
});
