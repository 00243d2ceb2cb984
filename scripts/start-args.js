// The options `npm start -- ...` understands: --workspace FILE, passed on to the app or to
// browser mode alike, and --no-open, which keeps browser mode from opening the browser.
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
    // `--workspace --no-open` names no file.
    if (value !== null)
      return value === '' || value.startsWith('--') ? [] : ['--workspace', resolve(cwd, value)];
  }
  return [];
}

/** Everything `npm start` takes from its command line. */
export function startOptions(argv, cwd) {
  return { forwarded: workspaceArgs(argv, cwd), open: !argv.includes('--no-open') };
}
