// `npm start`'s own logic: when it builds, what it shows of browser mode, how it opens the
// browser, and what it reads from its command line.
import { mkdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  fingerprint,
  listInputs,
  needsBuild,
  outputsPresent,
  readStamp,
  TARGETS,
  writeStamp,
} from '../../scripts/build-stamp.js';
import { browserCommand, presentServeLine } from '../../scripts/browser-mode.js';
import { startOptions } from '../../scripts/start-args.js';
import { tempDir } from '../helpers/workspace.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function write(root: string, file: string, text: string): void {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
}

/** A package folder with a little source and settings, all dated 2026-01-01. */
function fakePackage(): string {
  const root = tempDir('concord-start-');
  dirs.push(root);
  write(root, 'src-main/app.ts', 'export {};');
  write(root, 'src-renderer/main.tsx', 'export {};');
  write(root, 'package.json', '{}');
  write(root, 'tsconfig.base.json', '{}');
  write(root, 'out/node/src-main/cli/main.js', '');
  write(root, 'out/renderer/index.html', '');
  for (const file of ['src-main/app.ts', 'src-renderer/main.tsx', 'package.json']) {
    touch(root, file, '2026-01-01T00:00:00Z');
  }
  return root;
}

function touch(root: string, file: string, when: string): void {
  const time = new Date(when);
  utimesSync(path.join(root, file), time, time);
}

const current = (root: string) => fingerprint(listInputs(root));

describe('whether npm start builds', () => {
  it('builds the first time, then not again until something changes', () => {
    const root = fakePackage();
    const state = () => ({
      current: current(root),
      stamped: readStamp(root, 'browser'),
      outputsPresent: outputsPresent(root, 'browser'),
    });
    expect(needsBuild(state())).toBe(true);
    writeStamp(root, 'browser', current(root));
    expect(needsBuild(state())).toBe(false);
    // The other way of running has its own build.
    expect(readStamp(root, 'desktop')).toBeNull();
  });

  it('builds after a source is edited, added or removed, or a setting changes', () => {
    const root = fakePackage();
    const built = current(root);

    touch(root, 'src-renderer/main.tsx', '2026-01-02T00:00:00Z');
    expect(current(root)).not.toBe(built);
    touch(root, 'src-renderer/main.tsx', '2026-01-01T00:00:00Z');
    expect(current(root)).toBe(built);

    // An older file put back (a checkout) counts too: not newer, but different.
    touch(root, 'src-main/app.ts', '2025-06-01T00:00:00Z');
    expect(current(root)).not.toBe(built);
    touch(root, 'src-main/app.ts', '2026-01-01T00:00:00Z');

    write(root, 'src-main/new-area.ts', 'export {};');
    const added = current(root);
    expect(added).not.toBe(built);
    rmSync(path.join(root, 'src-main/new-area.ts'));
    expect(current(root)).toBe(built);

    touch(root, 'package.json', '2026-01-03T00:00:00Z');
    expect(current(root)).not.toBe(built);
  });

  it('ignores what is not source: the build output itself, tests, documents', () => {
    const root = fakePackage();
    const built = current(root);
    write(root, 'out/renderer/assets/index.js', 'x');
    write(root, 'test/renderer/new.test.tsx', 'x');
    write(root, 'docs/NOTES.md', 'x');
    expect(current(root)).toBe(built);
  });

  it('builds when an output went missing, even with a matching stamp', () => {
    const root = fakePackage();
    writeStamp(root, 'browser', current(root));
    rmSync(path.join(root, 'out/renderer/index.html'));
    expect(outputsPresent(root, 'browser')).toBe(false);
    expect(
      needsBuild({
        current: current(root),
        stamped: readStamp(root, 'browser'),
        outputsPresent: outputsPresent(root, 'browser'),
      }),
    ).toBe(true);
  });

  it('keeps its stamps outside the folder concord serve serves', () => {
    for (const target of Object.values(TARGETS)) {
      expect(target.stamp.startsWith('out/renderer/')).toBe(false);
      expect(target.stamp.startsWith('out/electron/')).toBe(false);
    }
  });
});

describe('browser mode’s output', () => {
  const URL = 'http://127.0.0.1:4870/#/?token=abc_DEF-123';

  it('puts the address on a line of its own and says the browser opens', () => {
    const ready = presentServeLine(`Concord is ready: ${URL}`, { open: true });
    expect(ready.url).toBe(URL);
    expect(ready.lines).toContain(`  ${URL}`);
    const next = presentServeLine('Open that address in a browser. Press Ctrl+C to stop.', {
      open: true,
    });
    expect(next.url).toBeNull();
    expect(next.lines.join(' ')).toMatch(/opens in your web browser/);
    expect(next.lines.join(' ')).toMatch(/Ctrl\+C/);
  });

  it('asks the teacher to open it with --no-open', () => {
    const next = presentServeLine('Open that address in a browser. Press Ctrl+C to stop.', {
      open: false,
    });
    expect(next.lines[0]).toBe('Open that address in a web browser.');
  });

  it('passes every other line as it is', () => {
    expect(presentServeLine('Workspace: /home/t/school.concordws', { open: true })).toEqual({
      lines: ['Workspace: /home/t/school.concordws'],
      url: null,
    });
  });
});

describe('opening the browser', () => {
  const URL = 'http://127.0.0.1:4870/#/?token=abc';

  it('uses each system’s own opener, the address as one argument', () => {
    expect(browserCommand(URL, 'darwin', {})).toEqual({ command: 'open', args: [URL] });
    expect(browserCommand(URL, 'win32', {})).toEqual({
      command: 'rundll32',
      args: ['url.dll,FileProtocolHandler', URL],
    });
    expect(browserCommand(URL, 'linux', { DISPLAY: ':0' })).toEqual({
      command: 'xdg-open',
      args: [URL],
    });
    expect(browserCommand(URL, 'linux', { WAYLAND_DISPLAY: 'wayland-0' })?.command).toBe(
      'xdg-open',
    );
  });

  it('opens nothing on a machine without a screen', () => {
    expect(browserCommand(URL, 'linux', {})).toBeNull();
  });
});

describe('npm start’s options', () => {
  it('opens the browser unless told --no-open', () => {
    expect(startOptions([], '/x').open).toBe(true);
    expect(startOptions(['--no-open'], '/x').open).toBe(false);
  });

  it('passes --workspace on, and never the next option as a file', () => {
    expect(startOptions(['--no-open', '--workspace', 'ws.sqlite'], '/home/t')).toEqual({
      forwarded: ['--workspace', path.resolve('/home/t', 'ws.sqlite')],
      open: false,
    });
    expect(startOptions(['--workspace', '--no-open'], '/home/t')).toEqual({
      forwarded: [],
      open: false,
    });
  });
});
