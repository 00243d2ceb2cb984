// A session package (.concord) opened with Concord from the system: double-clicked in Explorer or
// Finder, or named on the command line of a second launch. The main process keeps the one path it
// was given and reads that file itself; the window only ever names the package by the id it was
// handed, so it can never ask for any other file. Pure of Electron: file access is passed in.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { messageOf } from '../domain/errors.js';

export const PACKAGE_EXTENSION = '.concord';
/** What an import can carry (the window and the api refuse larger packages too). */
export const MAX_PACKAGE_BYTES = 190 * 1024 * 1024;

/** Options whose value is the next argument; that value is never a package to open. */
const OPTIONS_WITH_VALUE = new Set(['--workspace']);

function isPackageName(file: string): boolean {
  return file.toLowerCase().endsWith(PACKAGE_EXTENSION) && path.basename(file).length > 8;
}

/** A command-line argument as a path: a file:// URL (Linux desktops pass those) or a path. */
function asPath(arg: string, cwd: string): string | null {
  if (/^file:\/\//i.test(arg)) {
    try {
      return fileURLToPath(arg);
    } catch {
      return null;
    }
  }
  if (/^[a-z][a-z0-9+.-]+:\/\//i.test(arg)) return null;
  return path.resolve(cwd, arg);
}

/**
 * The packages a command line names: existing files ending in .concord. The executable (first
 * argument), Chromium's and Electron's switches, and the value of --workspace are not; nor is the
 * app folder that development runs pass.
 */
export function packagesFromCommandLine(
  argv: readonly string[],
  cwd: string,
  isFile: (file: string) => boolean,
): string[] {
  const found: string[] = [];
  for (let i = 1; i < argv.length; i++) {
    const arg = argv[i]!;
    if (OPTIONS_WITH_VALUE.has(arg)) {
      i++;
      continue;
    }
    if (arg.startsWith('-')) continue;
    const file = asPath(arg, cwd);
    if (file !== null && isPackageName(file) && isFile(file)) found.push(file);
  }
  return found;
}

/** What the window is told about a package waiting to be imported: never its path. */
export interface OpenedPackage {
  id: string;
  name: string;
  size: number;
}

export type PackageRead =
  { ok: true; name: string; bytes: Uint8Array } | { ok: false; message: string };

export interface InboxFiles {
  /** Size of a regular file, or null when there is none at that path. */
  fileSize(file: string): number | null;
  readFile(file: string): Promise<Uint8Array>;
  newId(): string;
}

export interface PackageInbox {
  /** A package the system handed over; it replaces any still waiting. Null when not a package. */
  receive(file: string): OpenedPackage | null;
  /** The package waiting to be imported, if any, until it is read or dismissed. */
  waiting(): OpenedPackage | null;
  /** The waiting package's bytes, by its id; it is no longer waiting after this. */
  read(id: unknown): Promise<PackageRead>;
  dismiss(id: unknown): void;
}

export function createPackageInbox(files: InboxFiles): PackageInbox {
  let current: (OpenedPackage & { file: string }) | null = null;
  const notice = (entry: OpenedPackage) => ({ id: entry.id, name: entry.name, size: entry.size });

  return {
    receive(file) {
      const size = isPackageName(file) ? files.fileSize(file) : null;
      if (size === null) return null;
      current = { id: files.newId(), name: path.basename(file), size, file };
      return notice(current);
    },
    waiting: () => (current === null ? null : notice(current)),
    async read(id) {
      if (current === null || typeof id !== 'string' || id !== current.id) {
        return { ok: false, message: 'That package is no longer waiting to be imported.' };
      }
      const { file, name } = current;
      current = null;
      const size = files.fileSize(file);
      if (size === null) return { ok: false, message: `${name} is no longer where it was.` };
      if (size > MAX_PACKAGE_BYTES) return { ok: false, message: tooLarge(name) };
      try {
        const bytes = await files.readFile(file);
        return bytes.length > MAX_PACKAGE_BYTES
          ? { ok: false, message: tooLarge(name) }
          : { ok: true, name, bytes };
      } catch (error) {
        const reason = messageOf(error);
        return { ok: false, message: `${name} could not be read (${reason}).` };
      }
    },
    dismiss(id) {
      if (current !== null && id === current.id) current = null;
    },
  };
}

function tooLarge(name: string): string {
  return `${name} is larger than the ${MAX_PACKAGE_BYTES / 1024 / 1024} MB a package may be.`;
}
