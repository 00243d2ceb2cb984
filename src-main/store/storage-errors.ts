// SQLite's failures that are about the disk or the file, not about the data: turned into a
// message a teacher can act on (which file, what happened, what to do). SQLite has already
// rolled the change back when these reach us, so every message can say nothing was half-saved.

export class StorageError extends Error {
  override name = 'StorageError';

  constructor(
    message: string,
    /** SQLite's own code (SQLITE_FULL, SQLITE_READONLY_DIRECTORY, ...), for logs and tests. */
    readonly sqliteCode: string,
  ) {
    super(message);
  }
}

function sqliteCodeOf(error: unknown): string | undefined {
  if (!(error instanceof Error)) return undefined;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && code.startsWith('SQLITE_') ? code : undefined;
}

/**
 * The clear version of a disk or file failure on the workspace at `path`, or undefined when the
 * error is something else (a bug, a constraint): those keep their own handling.
 */
export function storageErrorOf(error: unknown, path: string): StorageError | undefined {
  if (error instanceof StorageError) return error;
  const code = sqliteCodeOf(error);
  if (code === undefined) return undefined;
  const notSaved = 'Nothing was written to it (no change is half-saved).';
  if (code === 'SQLITE_FULL') {
    return new StorageError(
      `The disk holding the workspace ${path} is full. ${notSaved} ` +
        'Free some space on that disk, then try again.',
      code,
    );
  }
  if (code === 'SQLITE_READONLY_DIRECTORY' || code === 'SQLITE_READONLY_CANTINIT') {
    return new StorageError(
      `The folder of the workspace ${path} is read-only, and Concord needs to write its working ` +
        `files beside it. ${notSaved} Give yourself write permission on the folder, or copy the ` +
        'workspace to a folder you can write to.',
      code,
    );
  }
  if (code.startsWith('SQLITE_READONLY')) {
    return new StorageError(
      `The workspace ${path} is read-only (the file, its folder or the disk does not allow ` +
        `writing). ${notSaved} Give yourself write permission on it, or copy it to a folder you ` +
        'can write to.',
      code,
    );
  }
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return new StorageError(
      `The workspace ${path} was busy for too long: another program (the Concord app, ` +
        `\`concord serve\` or a \`concord\` command) kept it. ${notSaved} Try again in a moment.`,
      code,
    );
  }
  if (code.startsWith('SQLITE_CANTOPEN')) {
    return new StorageError(
      `The workspace ${path} or a working file beside it cannot be opened: check that its ` +
        'folder exists and that you may read and write there.',
      code,
    );
  }
  if (code.startsWith('SQLITE_IOERR')) {
    return new StorageError(
      `Reading or writing the workspace ${path} failed at the disk (${code}). ${notSaved} ` +
        'Check the disk (is it still connected? full?), then try again.',
      code,
    );
  }
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') {
    return new StorageError(
      `The workspace ${path} is damaged (${code}). Stop using it and restore it from a backup ` +
        '(`concord backup list`, then `concord backup restore`).',
      code,
    );
  }
  return undefined;
}
