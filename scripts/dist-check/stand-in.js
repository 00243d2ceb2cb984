// A stand-in for an Electron distribution, so that electron-builder can lay out and pack the
// Linux app offline (it cannot download Electron here). It is a shell script, not a program:
// run by mistake, it says what it is and exits with an error. It is generated under out/ at
// each run and never committed.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const STAND_IN_MESSAGE =
  'This is not Electron: it is the stand-in that `npm run dist:check` packs in its place to ' +
  'check the app offline. It cannot run Concord. Build real installers with `npm run dist`.';

/** Writes the stand-in distribution into `dir` (emptied first) and returns its executable. */
export function writeElectronStandIn(dir) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  // electron-builder renames the distribution's `electron` to the app's executable name.
  const executable = path.join(dir, 'electron');
  writeFileSync(
    executable,
    `#!/bin/sh\n# ${STAND_IN_MESSAGE}\necho '${STAND_IN_MESSAGE.replaceAll("'", '')}' >&2\nexit 1\n`,
    { mode: 0o755 },
  );
  writeFileSync(path.join(dir, 'STAND-IN-NOT-ELECTRON.txt'), `${STAND_IN_MESSAGE}\n`);
  return executable;
}
