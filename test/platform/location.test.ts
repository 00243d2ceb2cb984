import { describe, expect, it } from 'vitest';
import { defaultDataDir, legacyDataDirs } from '../../src-main/store/location.js';

describe('where the default workspace lives', () => {
  const home = 'C:\\Users\\t';
  const env = {
    LOCALAPPDATA: 'C:\\Users\\t\\AppData\\Local',
    APPDATA: '\\\\fileserver\\profiles$\\t\\AppData\\Roaming',
  };

  it('is the local, non-roaming folder on Windows, never %APPDATA%', () => {
    expect(defaultDataDir('win32', env, home)).toBe('C:\\Users\\t\\AppData\\Local\\Concord');
    expect(defaultDataDir('win32', {}, home)).toBe('C:\\Users\\t\\AppData\\Local\\Concord');
  });

  it('is Application Support on macOS and the XDG data folder on Linux', () => {
    expect(defaultDataDir('darwin', {}, '/Users/t')).toBe(
      '/Users/t/Library/Application Support/Concord',
    );
    expect(defaultDataDir('linux', {}, '/home/t')).toBe('/home/t/.local/share/concord');
    expect(defaultDataDir('linux', { XDG_DATA_HOME: '/data' }, '/home/t')).toBe('/data/concord');
  });

  it('is $CONCORD_HOME when set, with no earlier place to copy from', () => {
    expect(defaultDataDir('win32', { ...env, CONCORD_HOME: 'D:\\C' }, home)).toBe('D:\\C');
    expect(legacyDataDirs('win32', { ...env, CONCORD_HOME: 'D:\\C' }, home)).toEqual([]);
  });

  it('was the roaming %APPDATA% on Windows before, and nowhere else', () => {
    expect(legacyDataDirs('win32', env, home)).toEqual([
      '\\\\fileserver\\profiles$\\t\\AppData\\Roaming\\Concord',
    ]);
    expect(legacyDataDirs('win32', {}, home)).toEqual(['C:\\Users\\t\\AppData\\Roaming\\Concord']);
    expect(legacyDataDirs('darwin', {}, '/Users/t')).toEqual([]);
    expect(legacyDataDirs('linux', {}, '/home/t')).toEqual([]);
  });
});
