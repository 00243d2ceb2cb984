// Where Concord's log files go: one decision for the desktop app and `concord serve`, so whoever
// looks after the computer finds both in one folder. Pure: platform, environment and home folder
// are given. On Windows it is the local, non-roaming %LOCALAPPDATA%, like the workspace, so a
// redirected roaming profile never carries the log to a network share.
import path from 'node:path';

/** The desktop app's log and `concord serve`'s, side by side; each process rotates only its own. */
export const APP_LOG_FILE = 'concord-app.log';
export const SERVE_LOG_FILE = 'concord-serve.log';

type Env = Readonly<Record<string, string | undefined>>;

function set(env: Env, name: string): string | undefined {
  const value = env[name];
  return value === undefined || value.trim() === '' ? undefined : value;
}

export function logFolder(platform: NodeJS.Platform, env: Env, home: string): string {
  const p = platform === 'win32' ? path.win32 : path.posix;
  const concordHome = set(env, 'CONCORD_HOME');
  if (concordHome) return p.join(concordHome, 'logs');
  if (platform === 'win32') {
    return p.join(set(env, 'LOCALAPPDATA') ?? p.join(home, 'AppData', 'Local'), 'Concord', 'logs');
  }
  if (platform === 'darwin') return p.join(home, 'Library', 'Logs', 'Concord');
  const state = set(env, 'XDG_STATE_HOME');
  if (state) return p.join(state, 'concord', 'logs');
  // Where Electron puts an app's logs on Linux (app.getPath('logs')) when no state folder is set.
  return p.join(set(env, 'XDG_CONFIG_HOME') ?? p.join(home, '.config'), 'Concord', 'logs');
}

/**
 * Where the desktop app's crash dumps stay (crashReporter, uploads off): inside the log folder,
 * so one folder holds everything to send, rather than under the roaming profile on Windows.
 */
export function crashDumpFolder(platform: NodeJS.Platform, env: Env, home: string): string {
  const p = platform === 'win32' ? path.win32 : path.posix;
  return p.join(logFolder(platform, env, home), 'crash-dumps');
}
