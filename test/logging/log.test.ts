// The log file both shells write: its lines, its rotation, and what happens when it cannot be
// written. Real files in a temporary folder.
import { EventEmitter } from 'node:events';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  errorText,
  roomHostedLine,
  startLine,
  workspaceOpenedLine,
} from '../../src-main/logging/lines.js';
import { openLog } from '../../src-main/logging/log.js';
import { logFatalErrors } from '../../src-main/logging/process-failures.js';
import { loggedRoom } from '../../src-main/logging/room.js';
import { archivedName, rotate } from '../../src-main/logging/rotation.js';
import { tempDir } from '../helpers/workspace.js';

const dirs: string[] = [];
const newDir = () => {
  const dir = tempDir('concord-log-');
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const LINE = /^\[\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{3} [+-]\d{2}:\d{2}\] \[(\w+)\]\s+(.*)$/;

describe('openLog', () => {
  it('writes timestamped lines with their level, an error with its stack', () => {
    const folder = path.join(newDir(), 'logs');
    const log = openLog({ folder, fileName: 'concord-serve.log', console: false });
    expect(log.file).toBe(path.join(folder, 'concord-serve.log'));
    log.info(workspaceOpenedLine('/data/ws.sqlite'));
    const cause = new Error('disk unplugged');
    log.error('Could not back the workspace up', new Error('SQLITE_IOERR', { cause }));

    const text = readFileSync(log.file!, 'utf8');
    const [first, second] = text.split(/\r?\n/);
    expect(LINE.exec(first!)?.slice(1)).toEqual(['info', 'Workspace opened: /data/ws.sqlite']);
    expect(LINE.exec(second!)?.slice(1)).toEqual(['error', 'Could not back the workspace up']);
    expect(text).toContain('Error: SQLITE_IOERR\n    at ');
    expect(text).toContain('Caused by: Error: disk unplugged');
  });

  it('rotates past its size, keeping a bounded number of older files', () => {
    const folder = newDir();
    const log = openLog({
      folder,
      fileName: 'concord-app.log',
      console: false,
      maxBytes: 2000,
      keep: 2,
    });
    for (let i = 0; i < 200; i++) log.info(`line ${i} ${'x'.repeat(60)}`);
    const files = readdirSync(folder).sort();
    expect(files).toEqual(['concord-app.1.log', 'concord-app.2.log', 'concord-app.log']);
    for (const file of files) {
      expect(readFileSync(path.join(folder, file)).length).toBeLessThan(2000 + 200);
    }
    // The newest line is in the live file, older ones in .1 before .2.
    expect(readFileSync(path.join(folder, 'concord-app.log'), 'utf8')).toContain('line 199 ');
    const lastOf = (file: string) =>
      Number(/line (\d+) x+\s*$/.exec(readFileSync(path.join(folder, file), 'utf8'))?.[1]);
    expect(lastOf('concord-app.2.log')).toBeLessThan(lastOf('concord-app.1.log'));
  });

  it('carries on without a file when its folder cannot be written, and says why', () => {
    const blocker = path.join(newDir(), 'not-a-folder');
    writeFileSync(blocker, '');
    const log = openLog({ folder: path.join(blocker, 'logs'), fileName: 'a.log', console: false });
    expect(log.file).toBeNull();
    expect(log.problem).toMatch(/cannot write its log file in .*not-a-folder.*carries on/);
    expect(() => log.error('still fine', new Error('x'))).not.toThrow();
  });
});

describe('rotate', () => {
  it('moves each file up one and drops the oldest beyond what is kept', () => {
    const file = path.join(newDir(), 'c.log');
    expect(archivedName(file, 3)).toBe(path.join(path.dirname(file), 'c.3.log'));
    for (const [name, text] of [
      ['c.log', 'now'],
      ['c.1.log', 'one'],
      ['c.2.log', 'two'],
    ]) {
      writeFileSync(path.join(path.dirname(file), name!), text!);
    }
    rotate(file, 2);
    expect(existsSync(file)).toBe(false);
    expect(readFileSync(archivedName(file, 1), 'utf8')).toBe('now');
    expect(readFileSync(archivedName(file, 2), 'utf8')).toBe('one');
    expect(existsSync(archivedName(file, 3))).toBe(false);
  });
});

describe('the lines', () => {
  it('say which Concord started, where, on what', () => {
    expect(
      startLine({
        shell: 'desktop app',
        version: '0.1.0',
        versions: { node: '24.21.0', electron: '45.4.1', chrome: '156.0.1' },
        platform: 'win32',
        arch: 'x64',
        osRelease: '10.0.22631',
      }),
    ).toBe(
      'Concord 0.1.0 started (desktop app) on win32 x64 10.0.22631; Node 24.21.0, Electron 45.4.1, Chromium 156.0.1',
    );
    expect(
      startLine({
        shell: 'concord serve',
        version: '0.1.0',
        versions: { node: '20.19.0' },
        platform: 'linux',
        arch: 'arm64',
        osRelease: '6.1.0',
      }),
    ).toBe('Concord 0.1.0 started (concord serve) on linux arm64 6.1.0; Node 20.19.0');
  });

  it('write what is not an Error as text', () => {
    expect(errorText('plain reason')).toBe('plain reason');
    expect(errorText(42)).toBe('42');
  });
});

describe('loggedRoom', () => {
  it('logs when the room starts and stops hosting, once each', async () => {
    const lines: string[] = [];
    const log = { ...openLog({ folder: newDir(), fileName: 'a.log', console: false }) };
    log.info = (message) => lines.push(message);
    let closes = 0;
    const room = loggedRoom(
      {
        addresses: () => [],
        listen: async (address: string) => `http://${address}:4871`,
        close: async () => void closes++,
      },
      log,
    );
    expect(await room.listen('192.168.1.20')).toBe('http://192.168.1.20:4871');
    await room.listen('192.168.1.20');
    await room.close();
    await room.close();
    expect(closes).toBe(2);
    expect(room.addresses()).toEqual([]);
    expect(lines).toEqual([
      roomHostedLine('http://192.168.1.20:4871'),
      'Room closed at http://192.168.1.20:4871',
    ]);
  });
});

describe('logFatalErrors', () => {
  it('logs an error nothing caught, with its stack, and stops listening when told', () => {
    const emitter = new EventEmitter();
    const proc = emitter as unknown as NodeJS.Process;
    const folder = newDir();
    const log = openLog({ folder, fileName: 'serve.log', console: false });
    const stop = logFatalErrors(proc, log);
    emitter.emit('uncaughtExceptionMonitor', new TypeError('boom'), 'uncaughtException');
    emitter.emit('uncaughtExceptionMonitor', new Error('nobody waited'), 'unhandledRejection');
    stop();
    emitter.emit('uncaughtExceptionMonitor', new Error('after'), 'uncaughtException');
    const text = readFileSync(log.file!, 'utf8');
    expect(text).toContain('Concord stopped: an error nothing caught\nTypeError: boom\n    at ');
    expect(text).toContain('(unhandled promise rejection)\nError: nobody waited');
    expect(text).not.toContain('after');
    expect(emitter.listenerCount('uncaughtExceptionMonitor')).toBe(0);
  });
});
