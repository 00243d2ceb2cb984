// The `--workspace FILE` option of commands that work on an existing workspace.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { OpenedApp } from '../app.js';
import { openApp } from '../app.js';
import { defaultWorkspacePath } from '../store/location.js';
import type { CliIO } from './command.js';

export class MissingWorkspaceError extends Error {}

/** The workspace path: `--workspace` resolved against the cwd, or the app's default file. */
export function workspacePathOf(value: string | undefined, io: CliIO): string {
  return value ? resolve(io.cwd, value) : defaultWorkspacePath();
}

/** Opens an existing workspace (never creates one: a typo must not make an empty file). */
export function openExistingWorkspace(path: string): OpenedApp {
  if (!existsSync(path)) throw new MissingWorkspaceError(`No workspace at ${path}.`);
  return openApp(path);
}

/** Runs fn over an open existing workspace and closes it after. */
export async function withWorkspace<T>(
  path: string,
  fn: (app: OpenedApp) => T | Promise<T>,
): Promise<T> {
  const app = openExistingWorkspace(path);
  try {
    return await fn(app);
  } finally {
    app.close();
  }
}
