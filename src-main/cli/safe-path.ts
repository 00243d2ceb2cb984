// Paths for files Concord writes under a name that came from data (a sample code, a session
// title, a file name a service chose). The name must be one plain file name, and the joined path
// must stay inside the folder: a code such as "../PWNED" or "a/b" never becomes a path.
import { isAbsolute, join, relative, resolve } from 'node:path';

/** Why `name` is not a plain file name Concord may write, or null when it is. */
export function unsafeFileName(
  name: string,
  platform: NodeJS.Platform = process.platform,
): string | null {
  if (name.length === 0) return 'the name is empty';
  if (name.length > 200) return 'the name is longer than 200 characters';
  if (name === '.' || name === '..') return 'the name is a folder reference';
  if (/[/\\]/.test(name)) return 'the name holds a slash';
  if ([...name].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f)) {
    return 'the name holds a control character';
  }
  if (platform === 'win32') {
    // A colon names a drive or an alternate stream; the rest Windows refuses or rewrites.
    if (/[<>:"|?*]/.test(name)) return 'the name holds a character Windows forbids';
    if (/[. ]$/.test(name)) return 'the name ends in a dot or a space';
    if (/^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i.test(name))
      return 'the name is reserved on Windows';
  }
  return null;
}

/**
 * `dir/name`, after checking that `name` is a plain file name and that the resolved path lies
 * directly inside `dir`. Throws (with the name quoted safely) rather than write anywhere else.
 */
export function safeJoin(dir: string, name: string): string {
  const problem = unsafeFileName(name);
  const base = resolve(dir);
  const path = resolve(join(base, name));
  // Relative to the folder, the path must be the name itself: nothing above, nothing below.
  const rel = relative(base, path);
  if (problem !== null || isAbsolute(rel) || rel !== name) {
    throw new Error(
      `Refused to write ${JSON.stringify(name)} in ${base}: ${problem ?? 'it would land outside that folder'}.`,
    );
  }
  return path;
}
