// The app:// origin the renderer is served from, and how its URLs map to files. Pure: no
// Electron at runtime, so the confinement rules are tested under plain Node.
import path from 'node:path';

export const APP_SCHEME = 'app';
export const APP_HOST = 'concord';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** Whether a URL belongs to the app's own origin (exactly app://concord, nothing else). */
export function isAppUrl(url: string): boolean {
  const parsed = parse(url);
  return (
    parsed !== null &&
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.host === APP_HOST &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

/**
 * The file under rootDir that an app:// request names, or null when the request is for another
 * origin or could reach outside rootDir. Each path segment is decoded on its own, so an encoded
 * slash, backslash or dot-segment can never be reinterpreted as a separator after the check.
 */
export function resolveAppUrl(rootDir: string, requestUrl: string): string | null {
  if (!isAppUrl(requestUrl) || hasDotSegment(requestUrl)) return null;
  const parsed = parse(requestUrl);
  if (parsed === null) return null;

  const pathname =
    parsed.pathname === '' || parsed.pathname === '/' ? '/index.html' : parsed.pathname;
  const rawSegments = pathname.split('/').slice(1);

  const segments: string[] = [];
  for (const raw of rawSegments) {
    const segment = decodeSegment(raw);
    if (segment === null || !isPlainSegment(segment)) return null;
    segments.push(segment);
  }

  const root = path.resolve(rootDir);
  const file = path.resolve(root, ...segments);
  const relative = path.relative(root, file);
  const escapes = relative === '..' || relative.startsWith(`..${path.sep}`);
  if (relative === '' || escapes || path.isAbsolute(relative)) return null;
  return file;
}

/**
 * The URL parser silently folds `..` away, which would turn a traversal attempt into some other
 * file; such a request is refused instead, before parsing.
 */
function hasDotSegment(url: string): boolean {
  const beforeQuery = url.split(/[?#]/, 1)[0] ?? '';
  return beforeQuery.split(/[/\\]/).some((segment) => /^(\.|%2e){1,2}$/i.test(segment));
}

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

function decodeSegment(raw: string): string | null {
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
}

/** A file or folder name, never a separator, a dot-segment, a drive letter or an empty name. */
function isPlainSegment(segment: string): boolean {
  if (segment === '' || segment === '.' || segment === '..') return false;
  return !/[/\\:\0]/.test(segment);
}
