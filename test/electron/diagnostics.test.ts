// Help → Copy Diagnostics: versions, places and the workspace's check, and nothing from inside
// the workspace, checked against a real one holding names and a piece of work.
import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openApp } from '../../src-main/app.js';
import type { DiagnosticsFacts } from '../../src-main/electron/diagnostics.js';
import { diagnosticsText, withoutHome } from '../../src-main/electron/diagnostics.js';
import { workspaceHealth } from '../../src-main/store/health.js';
import { tempDir } from '../helpers/workspace.js';

const home = tempDir('concord-home-');
afterAll(() => rmSync(home, { recursive: true, force: true }));

const facts = (over: Partial<DiagnosticsFacts> = {}): DiagnosticsFacts => {
  const workspace = path.join(home, 'Concord', 'workspace.sqlite');
  return {
    appVersion: '0.1.0',
    packaged: true,
    versions: { electron: '45.4.1', chrome: '156.0.7700.1', node: '24.21.0', v8: '15.6' },
    os: { platform: 'win32', release: '10.0.22631', version: '10.0.22631', arch: 'x64' },
    home,
    workspace,
    health: workspaceHealth(workspace),
    damage: null,
    logFile: path.join(home, 'logs', 'concord-app.log'),
    logFolder: path.join(home, 'logs'),
    crashDumps: path.join(home, 'logs', 'crash-dumps'),
    now: new Date('2026-10-05T09:30:00Z'),
    ...over,
  };
};

describe('diagnosticsText', () => {
  const workspace = path.join(home, 'Concord', 'workspace.sqlite');
  const app = openApp(workspace);
  app.services.library.addPerson('Zelda Quistgaard', ['rater']);
  app.services.library.addPerson('Olufemi Adebayo-Hart', ['rater']);
  app.close();

  it('holds the versions, the places and the workspace’s check', () => {
    const text = diagnosticsText(facts());
    for (const line of [
      'Concord: 0.1.0',
      'Electron: 45.4.1',
      'Chromium: 156.0.7700.1',
      'Node: 24.21.0',
      'System: win32 10.0.22631 (x64; kernel 10.0.22631)',
      'Workspace: ~/Concord/workspace.sqlite',
      'Workspace quick check: ok',
      'Log file: ~/logs/concord-app.log',
      'Crash dumps (kept on this computer, never sent): ~/logs/crash-dumps',
    ]) {
      expect(text).toContain(line);
    }
    expect(text).toMatch(/^SQLite: 3\.\d+\.\d+$/m);
    expect(text).toMatch(/^Workspace format: [1-9]\d*$/m);
    expect(text).toMatch(/^Workspace size: \d+\.\d MB$/m);
  });

  it('holds no name from the workspace, and not the home folder (often a person’s name)', () => {
    const text = diagnosticsText(facts());
    expect(text).not.toContain('Zelda');
    expect(text).not.toContain('Adebayo');
    expect(text).not.toContain(home);
  });

  it('says what the full check found, and when there is no log file', () => {
    const text = diagnosticsText(
      facts({
        damage: `${workspace} failed its integrity check: row 3 missing from index x.`,
        logFile: null,
      }),
    );
    expect(text).toContain(
      'Workspace full check: ~/Concord/workspace.sqlite failed its integrity check: row 3',
    );
    expect(text).toContain('Log file: none (cannot write in ~/logs)');
  });

  it('reports a workspace it cannot read, rather than failing', () => {
    const text = diagnosticsText(
      facts({ health: workspaceHealth(path.join(home, 'nowhere', 'ws.sqlite')) }),
    );
    expect(text).toMatch(/Workspace quick check: could not run: /);
    expect(text).toContain('SQLite: unknown');
  });
});

describe('withoutHome', () => {
  it('replaces the whole home folder only, in any case on Windows', () => {
    expect(withoutHome('/home/t/x and /home/tom/y', '/home/t', false)).toBe('~/x and /home/tom/y');
    expect(withoutHome('C:\\USERS\\Jo\\AppData', 'C:\\Users\\jo', true)).toBe('~\\AppData');
    expect(withoutHome('/x', '/', false)).toBe('/x');
  });
});
