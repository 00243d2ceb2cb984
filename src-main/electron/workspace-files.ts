// Which workspace file the app opens, and the names it proposes for backups. Pure.
import path from 'node:path';

export const WORKSPACE_ENV = 'CONCORD_WORKSPACE';

export const WORKSPACE_FILE_FILTERS = [
  { name: 'Concord workspace', extensions: ['sqlite', 'concordws', 'db'] },
  { name: 'All files', extensions: ['*'] },
];

/**
 * `--workspace FILE` or `--workspace=FILE` on the command line wins over $CONCORD_WORKSPACE, which
 * wins over the default shared with the CLI. Unknown arguments are ignored: Electron and Chromium
 * add their own (the app folder in development, `--no-sandbox`, ...).
 */
export function workspaceFromCommandLine(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  cwd: string,
  defaultPath: () => string,
): string {
  const chosen = workspaceArgument(argv) ?? nonEmpty(env[WORKSPACE_ENV]);
  return chosen === undefined ? defaultPath() : path.resolve(cwd, chosen);
}

function workspaceArgument(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--workspace') return nonEmpty(argv[i + 1]);
    if (arg?.startsWith('--workspace=')) return nonEmpty(arg.slice('--workspace='.length));
  }
  return undefined;
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value;
}

/** e.g. "workspace-backup-2026-11-23-1045.sqlite": sorts by date, never overwrites the original. */
export function backupFileName(workspacePath: string, now: Date): string {
  const extension = path.extname(workspacePath) || '.sqlite';
  const base = path.basename(workspacePath, path.extname(workspacePath)) || 'workspace';
  const pad = (n: number) => String(n).padStart(2, '0');
  const stamp =
    `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}-` +
    `${pad(now.getHours())}${pad(now.getMinutes())}`;
  return `${base}-backup-${stamp}${extension}`;
}

/** "Concord" for the usual workspace; otherwise the file name too, so two workspaces are told apart. */
export function windowTitle(workspacePath: string, defaultPath: string): string {
  return path.resolve(workspacePath) === path.resolve(defaultPath)
    ? 'Concord'
    : `Concord — ${path.basename(workspacePath)}`;
}

/** Why a backup to destination must not go ahead, or null when it may. */
export function backupProblem(workspacePath: string, destination: string): string | null {
  return path.resolve(workspacePath) === path.resolve(destination)
    ? 'A backup must go to another file than the workspace itself.'
    : null;
}
