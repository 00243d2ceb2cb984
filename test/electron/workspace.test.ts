import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openApp } from '../../src-main/app.js';
import type { OpenedApp } from '../../src-main/app.js';
import { forwardChanges } from '../../src-main/electron/change-forwarding.js';
import { invokeApi } from '../../src-main/electron/invoke.js';
import { createWorkspaceController } from '../../src-main/electron/workspace-controller.js';
import {
  backupFileName,
  backupProblem,
  windowTitle,
  workspaceFromCommandLine,
} from '../../src-main/electron/workspace-files.js';
import type { Change } from '../../src-main/services/events.js';
import { tempDir } from '../helpers/workspace.js';

const dirs: string[] = [];
const newDir = () => {
  const dir = tempDir('concord-electron-');
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('workspaceFromCommandLine', () => {
  const fallback = () => '/home/t/.local/share/concord/workspace.sqlite';

  it('prefers --workspace, then $CONCORD_WORKSPACE, then the default', () => {
    const env = { CONCORD_WORKSPACE: '/env/ws.sqlite' };
    expect(
      workspaceFromCommandLine(['electron', '.', '--workspace', 'a.sqlite'], env, '/w', fallback),
    ).toBe(path.resolve('/w', 'a.sqlite'));
    expect(
      workspaceFromCommandLine(['concord', '--workspace=/abs/b.sqlite'], env, '/w', fallback),
    ).toBe(path.resolve('/abs/b.sqlite'));
    expect(workspaceFromCommandLine(['concord', '--no-sandbox'], env, '/w', fallback)).toBe(
      path.resolve('/env/ws.sqlite'),
    );
    expect(workspaceFromCommandLine(['concord'], {}, '/w', fallback)).toBe(fallback());
    expect(
      workspaceFromCommandLine(
        ['concord', '--workspace'],
        { CONCORD_WORKSPACE: ' ' },
        '/w',
        fallback,
      ),
    ).toBe(fallback());
  });
});

describe('backups and titles', () => {
  it('proposes a dated backup name next to the workspace', () => {
    const name = backupFileName('/data/workspace.sqlite', new Date(2026, 10, 23, 9, 5));
    expect(name).toBe('workspace-backup-2026-11-23-0905.sqlite');
    expect(backupFileName('/data/team', new Date(2026, 0, 2, 13, 45))).toBe(
      'team-backup-2026-01-02-1345.sqlite',
    );
  });

  it('refuses to back a workspace up onto itself', () => {
    expect(backupProblem('/data/ws.sqlite', '/data/../data/ws.sqlite')).not.toBeNull();
    expect(backupProblem('/data/ws.sqlite', '/data/ws-backup.sqlite')).toBeNull();
  });

  it('names the workspace in the title unless it is the default one', () => {
    expect(windowTitle('/d/workspace.sqlite', '/d/workspace.sqlite')).toBe('Concord');
    expect(windowTitle('/e/moderation-2026.sqlite', '/d/workspace.sqlite')).toBe(
      'Concord — moderation-2026.sqlite',
    );
  });
});

describe('the workspace controller and change forwarding', () => {
  it('switches to another workspace, closing the old one only once the new one is open', () => {
    const dir = newDir();
    const opened: string[] = [];
    const closed: string[] = [];
    const open = (file: string): OpenedApp => {
      const app = openApp(file);
      opened.push(path.basename(file));
      return {
        services: app.services,
        store: app.store,
        close: () => (closed.push(path.basename(file)), app.close()),
      };
    };
    const controller = createWorkspaceController(open, path.join(dir, 'one.sqlite'));
    const sent: Change[] = [];
    const stop = forwardChanges(controller, (change) => sent.push(change));

    controller.services().bus.emit({ topic: 'rubrics' });
    const first = controller.services();
    controller.switchTo(path.join(dir, 'two.sqlite'));
    expect(controller.path()).toBe(path.join(dir, 'two.sqlite'));
    expect(closed).toEqual(['one.sqlite']);

    first.bus.emit({ topic: 'samples' }); // the closed workspace's bus is no longer followed
    controller.services().bus.emit({ topic: 'scores', sessionId: 's1' });
    expect(sent).toEqual([
      { topic: 'rubrics' },
      { topic: 'workspace' },
      { topic: 'scores', sessionId: 's1' },
    ]);

    expect(() => controller.switchTo(path.join(dir, 'missing-folder', 'x', '\0bad'))).toThrow();
    expect(controller.path()).toBe(path.join(dir, 'two.sqlite'));
    expect(closed).toEqual(['one.sqlite']);

    stop();
    controller.services().bus.emit({ topic: 'people' });
    expect(sent).toHaveLength(3);
    controller.close();
    expect(closed).toEqual(['one.sqlite', 'two.sqlite']);
    expect(opened).toEqual(['one.sqlite', 'two.sqlite']);
  });

  it('passes on only topic and sessionId', () => {
    const dir = newDir();
    const controller = createWorkspaceController(openApp, path.join(dir, 'ws.sqlite'));
    const sent: Change[] = [];
    forwardChanges(controller, (change) => sent.push(change));
    controller.services().bus.emit({ topic: 'people', extra: 'private' } as Change);
    expect(sent).toEqual([{ topic: 'people' }]);
    controller.close();
  });
});

describe('invokeApi', () => {
  it('dispatches trusted calls as the owner and refuses the rest', async () => {
    const dir = newDir();
    const app = openApp(path.join(dir, 'ws.sqlite'));
    try {
      const whoami = await invokeApi(app.services, true, 'app.whoami', {});
      expect(whoami.ok).toBe(true);
      expect(JSON.stringify(whoami)).toContain('owner');

      expect(await invokeApi(app.services, false, 'app.whoami', {})).toMatchObject({
        ok: false,
        error: { code: 'forbidden' },
      });
      expect(await invokeApi(app.services, true, 42, {})).toMatchObject({
        ok: false,
        error: { code: 'invalid_input' },
      });
      expect(await invokeApi(app.services, true, 'no.such.method', {})).toMatchObject({
        ok: false,
        error: { code: 'not_found' },
      });
    } finally {
      app.close();
    }
    expect(existsSync(path.join(dir, 'ws.sqlite'))).toBe(true);
  });
});
