import { describe, expect, it } from 'vitest';
import { crashDumpFolder, logFolder } from '../../src-main/logging/log-folder.js';

describe('logFolder', () => {
  it('is the local, non-roaming application data on Windows', () => {
    const env = {
      LOCALAPPDATA: 'C:\\Users\\t\\AppData\\Local',
      APPDATA: '\\\\server\\profiles\\t\\AppData\\Roaming',
    };
    expect(logFolder('win32', env, 'C:\\Users\\t')).toBe(
      'C:\\Users\\t\\AppData\\Local\\Concord\\logs',
    );
    expect(logFolder('win32', {}, 'C:\\Users\\t')).toBe(
      'C:\\Users\\t\\AppData\\Local\\Concord\\logs',
    );
    expect(logFolder('win32', { LOCALAPPDATA: ' ' }, 'C:\\Users\\t')).toBe(
      'C:\\Users\\t\\AppData\\Local\\Concord\\logs',
    );
  });

  it('is ~/Library/Logs/Concord on macOS', () => {
    expect(logFolder('darwin', {}, '/Users/t')).toBe('/Users/t/Library/Logs/Concord');
  });

  it('follows $XDG_STATE_HOME on Linux, else where Electron keeps an app’s logs', () => {
    expect(logFolder('linux', { XDG_STATE_HOME: '/home/t/.state' }, '/home/t')).toBe(
      '/home/t/.state/concord/logs',
    );
    expect(logFolder('linux', {}, '/home/t')).toBe('/home/t/.config/Concord/logs');
    expect(logFolder('linux', { XDG_CONFIG_HOME: '/cfg' }, '/home/t')).toBe('/cfg/Concord/logs');
  });

  it('goes under $CONCORD_HOME when that names Concord’s folder, on every platform', () => {
    expect(logFolder('linux', { CONCORD_HOME: '/srv/concord' }, '/home/t')).toBe(
      '/srv/concord/logs',
    );
    expect(logFolder('win32', { CONCORD_HOME: 'D:\\Concord' }, 'C:\\Users\\t')).toBe(
      'D:\\Concord\\logs',
    );
  });

  it('keeps crash dumps inside the log folder', () => {
    expect(crashDumpFolder('win32', {}, 'C:\\Users\\t')).toBe(
      'C:\\Users\\t\\AppData\\Local\\Concord\\logs\\crash-dumps',
    );
    expect(crashDumpFolder('darwin', {}, '/Users/t')).toBe(
      '/Users/t/Library/Logs/Concord/crash-dumps',
    );
  });
});
