// Where a workspace lives when none is named: the same file for the app and the `concord` CLI.
import { homedir } from 'node:os';
import { join } from 'node:path';

export const WORKSPACE_FILE_NAME = 'workspace.sqlite';

export function defaultDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = homedir(),
): string {
  if (env.CONCORD_HOME) return env.CONCORD_HOME;
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'Concord');
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'Concord');
  return join(env.XDG_DATA_HOME ?? join(home, '.local', 'share'), 'concord');
}

export function defaultWorkspacePath(): string {
  return join(defaultDataDir(), WORKSPACE_FILE_NAME);
}
