// Where a workspace lives when none is named: the same file for the app and the `concord` CLI.
// Always a folder on this computer's own disk: on Windows the local, non-roaming application data
// (%LOCALAPPDATA%), because schools often redirect the roaming profile (%APPDATA%) to a network
// share, where SQLite's write-ahead log is not safe.
import { homedir } from 'node:os';
import path from 'node:path';

export const WORKSPACE_FILE_NAME = 'workspace.sqlite';

type Env = Readonly<Record<string, string | undefined>>;

/** Paths in the platform's own spelling, so the Windows rules are tested on any machine. */
export function pathsOf(platform: NodeJS.Platform): path.PlatformPath {
  return platform === 'win32' ? path.win32 : path.posix;
}

/** An environment variable that is set to something; an empty one counts as unset. */
export function envValue(env: Env, name: string): string | undefined {
  const value = env[name];
  return value === undefined || value.trim() === '' ? undefined : value;
}

export function defaultDataDir(
  platform: NodeJS.Platform = process.platform,
  env: Env = process.env,
  home: string = homedir(),
): string {
  const p = pathsOf(platform);
  const chosen = envValue(env, 'CONCORD_HOME');
  if (chosen) return chosen;
  if (platform === 'win32') {
    return p.join(envValue(env, 'LOCALAPPDATA') ?? p.join(home, 'AppData', 'Local'), 'Concord');
  }
  if (platform === 'darwin') return p.join(home, 'Library', 'Application Support', 'Concord');
  return p.join(envValue(env, 'XDG_DATA_HOME') ?? p.join(home, '.local', 'share'), 'concord');
}

/**
 * Where earlier versions kept the default workspace, when that differs from today's place: the
 * roaming %APPDATA% on Windows. Empty when $CONCORD_HOME names the folder outright.
 */
export function legacyDataDirs(
  platform: NodeJS.Platform = process.platform,
  env: Env = process.env,
  home: string = homedir(),
): string[] {
  if (envValue(env, 'CONCORD_HOME') || platform !== 'win32') return [];
  const p = pathsOf(platform);
  return [p.join(envValue(env, 'APPDATA') ?? p.join(home, 'AppData', 'Roaming'), 'Concord')];
}

export function defaultWorkspacePath(): string {
  return path.join(defaultDataDir(), WORKSPACE_FILE_NAME);
}

/** The default workspace files of earlier versions (see legacyDataDirs). */
export function legacyWorkspacePaths(): string[] {
  return legacyDataDirs().map((dir) => path.join(dir, WORKSPACE_FILE_NAME));
}
