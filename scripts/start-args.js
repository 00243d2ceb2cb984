// The one option `npm start -- ...` passes on, to the app or to browser mode alike.
import { resolve } from 'node:path';

/**
 * `--workspace FILE` / `--workspace=FILE` as `['--workspace', absolutePath]`, or `[]`. Resolved
 * here because npm runs scripts from the package folder, not from where the command was typed.
 */
export function workspaceArgs(argv, cwd) {
  for (let i = 0; i < argv.length; i++) {
    let value = null;
    if (argv[i] === '--workspace') value = argv[i + 1] ?? '';
    else if (argv[i].startsWith('--workspace=')) value = argv[i].slice('--workspace='.length);
    if (value !== null) return value === '' ? [] : ['--workspace', resolve(cwd, value)];
  }
  return [];
}
