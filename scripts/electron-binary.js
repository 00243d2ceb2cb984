// Where the Electron binary of node_modules/electron is, without require('electron'): since
// Electron 42 that require starts a download when the binary is missing.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The binary's path when it is installed under pkgDir, otherwise null. */
export function electronBinaryPath(pkgDir) {
  const electronDir = join(pkgDir, 'node_modules', 'electron');
  let relative;
  try {
    relative = readFileSync(join(electronDir, 'path.txt'), 'utf8').trim();
  } catch {
    return null;
  }
  if (relative === '') return null;
  const binary = join(electronDir, 'dist', relative);
  return existsSync(binary) ? binary : null;
}
