// The log file of one process (the desktop app or `concord serve`), written by electron-log's
// Node logger: one line at a time, synchronously, so the last line before a crash is on disk.
// The app uses the Node logger too rather than electron-log/main: it needs no IPC channel of its
// own and writes the same file the same way as `concord serve`.
import electronLog from 'electron-log/node.js';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { errorText } from './lines.js';
import { rotate } from './rotation.js';

export interface Log {
  /** The file being written, or null when its folder cannot be written (see `problem`). */
  readonly file: string | null;
  readonly folder: string;
  /** Why there is no log file, for the shell to say once. */
  readonly problem: string | null;
  info(message: string): void;
  warn(message: string): void;
  /** The message, then the error's stack and causes on the lines after it. */
  error(message: string, error?: unknown): void;
}

export interface LogOptions {
  folder: string;
  fileName: string;
  /** Also to the terminal (development); the packaged app and `concord serve` keep quiet. */
  console: boolean;
  /** Rotated past this size (1 MiB). */
  maxBytes?: number;
  /** How many rotated files are kept (3). */
  keep?: number;
}

export const LOG_MAX_BYTES = 1024 * 1024;
export const LOG_KEEP = 3;

let opened = 0;

export function openLog(options: LogOptions): Log {
  const file = path.join(options.folder, options.fileName);
  const problem = cannotWrite(options.folder, file);
  const keep = options.keep ?? LOG_KEEP;

  const logger = electronLog.create({ logId: `concord-${++opened}` });
  const { file: toFile, console: toConsole } = logger.transports;
  toFile.setAppName('Concord');
  toFile.resolvePathFn = () => file;
  toFile.maxSize = options.maxBytes ?? LOG_MAX_BYTES;
  toFile.format = '[{y}-{m}-{d} {h}:{i}:{s}.{ms} {z}] [{level}] {text}';
  toFile.archiveLogFn = (current) => {
    try {
      rotate(current.path, keep);
    } catch {
      // A file held open elsewhere (Windows) cannot be renamed: start it afresh instead, so it
      // still never grows past its limit.
      current.clear();
    }
  };
  toFile.level = problem === null ? 'info' : false;
  toConsole.level = options.console ? 'info' : false;
  // electron-log reports its own trouble straight to the console; quiet means quiet.
  if (!options.console) toConsole.writeFn = () => undefined;
  for (const name of ['ipc', 'remote']) {
    const transport = logger.transports[name];
    if (transport) transport.level = false;
  }

  return {
    file: problem === null ? file : null,
    folder: options.folder,
    problem,
    info: (message) => logger.info(message),
    warn: (message) => logger.warn(message),
    error: (message, error) =>
      logger.error(error === undefined ? message : `${message}\n${errorText(error)}`),
  };
}

function cannotWrite(folder: string, file: string): string | null {
  try {
    mkdirSync(folder, { recursive: true });
    writeFileSync(file, '', { flag: 'a' });
    return null;
  } catch (error) {
    return `Concord cannot write its log file in ${folder} (${error instanceof Error ? error.message : String(error)}); it carries on without one.`;
  }
}

/** A log that writes nothing: for tests and for shells that keep none. */
export const NO_LOG: Log = {
  file: null,
  folder: '',
  problem: null,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
};
