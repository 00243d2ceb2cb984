// The default workspace used to live in the roaming %APPDATA% on Windows; it now lives in the
// local %LOCALAPPDATA% (location.ts). A workspace found at the old place, with none at the new,
// is copied over once: through SQLite's backup API, so what is still in its write-ahead log comes
// along, and the copy is consistent even if an older Concord has it open. The original is left as
// it was, for IT to remove when they choose.
import Database from 'better-sqlite3';
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { defaultWorkspacePath, legacyWorkspacePaths } from './location.js';
import { messageOf } from '../domain/errors.js';

/** Left beside the new workspace: it says where the copy came from, and that it was made. */
export const COPY_NOTE_FILE = 'copied-from-earlier-location.txt';

export type LegacyCopy =
  | { kind: 'none' }
  | { kind: 'copied'; from: string; to: string }
  | { kind: 'failed'; from: string; to: string; reason: string };

const SIDE_FILES = ['-wal', '-shm', '-journal'];

export function copyNoteFor(target: string): string {
  return path.join(path.dirname(target), COPY_NOTE_FILE);
}

/**
 * Which earlier workspace to copy to `target`, or null: only when there is no workspace at
 * `target` and no copy was ever made there (so a workspace deleted on purpose stays deleted).
 */
export function legacyWorkspaceToCopy(
  target: string,
  candidates: readonly string[],
  exists: (file: string) => boolean,
): string | null {
  if (exists(target) || exists(copyNoteFor(target))) return null;
  const found = candidates.find(
    (candidate) => path.resolve(candidate) !== path.resolve(target) && exists(candidate),
  );
  return found ?? null;
}

export async function copyLegacyWorkspace(
  target: string,
  candidates: readonly string[],
  now: Date = new Date(),
): Promise<LegacyCopy> {
  const from = legacyWorkspaceToCopy(target, candidates, existsSync);
  if (from === null) return { kind: 'none' };
  const temp = `${target}.copying`;
  const removeTemp = () => {
    for (const suffix of ['', ...SIDE_FILES]) rmSync(`${temp}${suffix}`, { force: true });
  };
  try {
    mkdirSync(path.dirname(target), { recursive: true });
    removeTemp();
    // Read-only: the original is never written, and closing it never checkpoints its log.
    const source = new Database(from, { readonly: true, fileMustExist: true });
    try {
      await source.backup(temp);
    } finally {
      source.close();
    }
    const copy = new Database(temp, { readonly: true, fileMustExist: true });
    try {
      const check = copy.pragma('quick_check', { simple: true });
      if (check !== 'ok') throw new Error(`the copy failed its check (${String(check)})`);
    } finally {
      copy.close();
    }
    // A stale log at the new place must never be replayed into the copy.
    for (const suffix of SIDE_FILES) rmSync(`${target}${suffix}`, { force: true });
    renameSync(temp, target);
    writeFileSync(
      copyNoteFor(target),
      `Concord copied its workspace here from ${from} on ${now.toISOString()}.\n` +
        'The original was left where it was, unchanged; its backups folder stayed beside it.\n',
    );
    return { kind: 'copied', from, to: target };
  } catch (error) {
    removeTemp();
    return {
      kind: 'failed',
      from,
      to: target,
      reason: messageOf(error),
    };
  }
}

/**
 * The default workspace to open, once any earlier one has been copied over. When the copy fails
 * the earlier file is opened where it is, so nobody's work seems lost.
 */
export async function settleDefaultWorkspace(
  report: (outcome: LegacyCopy) => void,
  target: string = defaultWorkspacePath(),
  candidates: readonly string[] = legacyWorkspacePaths(),
): Promise<string> {
  const outcome = await copyLegacyWorkspace(target, candidates);
  if (outcome.kind !== 'none') report(outcome);
  return outcome.kind === 'failed' ? outcome.from : target;
}
