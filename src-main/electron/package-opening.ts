// .concord packages handed to Concord by the system: at the first launch on the command line
// (Windows, Linux), in a second launch's command line (`second-instance`), or by macOS's
// `open-file`, which may come before the app is ready. Each brings Concord to the front, on the
// Data page with that package chosen for importing.
import type { App } from 'electron';
import { statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import type { Log } from '../logging/log.js';
import type { PackageInbox } from './opened-packages.js';
import { createPackageInbox, packagesFromCommandLine } from './opened-packages.js';

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

export function diskInbox(): PackageInbox {
  return createPackageInbox({
    fileSize: (file) => {
      try {
        const stats = statSync(file);
        return stats.isFile() ? stats.size : null;
      } catch {
        return null;
      }
    },
    readFile: async (file) => {
      const data = await readFile(file);
      return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    },
    newId: () => randomUUID(),
  });
}

/**
 * Listens for packages from the system and hands each to the inbox. `show` brings the window to
 * the front and tells it (it may not exist yet: the page asks for the package when it loads).
 * Register before the app is ready: macOS sends `open-file` for the file that launched it early.
 */
export function receivePackages(
  app: App,
  inbox: PackageInbox,
  log: Log,
  show: (packageWaiting: boolean) => void,
  argv: readonly string[] = process.argv,
  cwd: string = process.cwd(),
): void {
  const deliver = (files: readonly string[]) => {
    const file = files.at(-1);
    if (file === undefined) return false;
    const opened = inbox.receive(file);
    if (opened === null) {
      log.warn(`Asked to open ${file}, which is not a package Concord can import`);
      return false;
    }
    log.info(`Package opened from the system: ${file}`);
    return true;
  };

  app.on('open-file', (event, file) => {
    event.preventDefault();
    show(deliver([file]));
  });
  app.on('second-instance', (_event, commandLine, workingDirectory) => {
    show(deliver(packagesFromCommandLine(commandLine, workingDirectory, isFile)));
  });
  deliver(packagesFromCommandLine(argv, cwd, isFile));
}
