// A full disk, a read-only or busy workspace met by any command: named with the workspace the
// command line chose, whichever way the command opened it.
import { resolve } from 'node:path';
import { defaultWorkspacePath } from '../store/location.js';
import type { StorageError } from '../store/storage-errors.js';
import { storageErrorOf } from '../store/storage-errors.js';
import type { CliIO } from './command.js';

export function storageFailureOf(
  error: unknown,
  argv: readonly string[],
  io: CliIO,
): StorageError | undefined {
  const at = argv.findIndex((arg) => arg === '--workspace' || arg.startsWith('--workspace='));
  const arg = argv[at];
  const value = arg?.startsWith('--workspace=') ? arg.slice('--workspace='.length) : argv[at + 1];
  return storageErrorOf(
    error,
    at !== -1 && value ? resolve(io.cwd, value) : defaultWorkspacePath(),
  );
}
