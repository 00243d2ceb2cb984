// Reading a package zip without trusting it: the central directory is checked before a single
// byte is inflated (names, count, declared sizes, compression ratio), and inflation is bounded
// by the declared sizes (fflate writes into a buffer of exactly that size). Refusals are
// InputErrors naming the entry. Nothing here touches the disk, so a hostile name can never be
// written anywhere; names are still refused so that a package is either clean or rejected.
import { unzipSync, zipSync } from 'fflate';
import { InputError } from '../../domain/errors.js';

export interface ZipLimits {
  /** Sum of declared uncompressed sizes. */
  maxTotalBytes: number;
  maxEntryBytes: number;
  maxEntries: number;
  /** Refuse entries above this uncompressed/compressed ratio (once larger than ratioFloorBytes). */
  maxRatio: number;
  ratioFloorBytes: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxTotalBytes: 500 * 1024 * 1024,
  maxEntryBytes: 200 * 1024 * 1024,
  maxEntries: 5_000,
  // Text and PDFs deflate by 3-10x; 100x only comes from padding or a bomb.
  maxRatio: 100,
  ratioFloorBytes: 1024 * 1024,
};

export interface ZipEntryInfo {
  name: string;
  compressedSize: number;
  size: number;
  compression: number;
}

/**
 * Why a name is unsafe, or null. Only plain relative paths of simple segments are accepted:
 * no absolute paths, drive letters, backslashes, `.`/`..` segments, empty segments or control
 * characters (zip-slip).
 */
export function unsafeEntryName(name: string): string | null {
  if (name.length === 0) return 'an empty name';
  if (name.length > 255) return 'a name longer than 255 characters';
  if (name.includes('\\')) return 'a backslash in the name';
  if ([...name].some((c) => c.charCodeAt(0) < 0x20)) return 'a control character in the name';
  if (name.startsWith('/')) return 'an absolute path';
  if (/^[A-Za-z]:/.test(name)) return 'a drive letter';
  const segments = name.split('/');
  if (segments.some((s) => s === '..' || s === '.')) return 'a ".." or "." path segment';
  if (segments.some((s, i) => s === '' && i < segments.length - 1)) return 'an empty path segment';
  return null;
}

/** The entries of a zip as its central directory declares them; inflates nothing. */
export function listZip(bytes: Uint8Array, file: string): ZipEntryInfo[] {
  const entries: ZipEntryInfo[] = [];
  try {
    unzipSync(bytes, {
      filter: (f) => {
        entries.push({
          name: f.name,
          compressedSize: f.size,
          size: f.originalSize,
          compression: f.compression,
        });
        return false;
      },
    });
  } catch (error) {
    throw new InputError(`not a readable zip file (${messageOf(error)})`, { file });
  }
  return entries;
}

/**
 * Checks every entry against the limits and `allowed(name)`; returns the entries' bytes.
 * Throws an InputError naming the first bad entry.
 */
export function readZipSafely(
  bytes: Uint8Array,
  file: string,
  allowed: (name: string) => boolean,
  limits: ZipLimits = DEFAULT_ZIP_LIMITS,
): Map<string, Uint8Array> {
  // A stored (uncompressed) package is barely larger than what it holds.
  if (bytes.byteLength > limits.maxTotalBytes + 16 * 1024 * 1024) {
    throw new InputError(`the package is ${bytes.byteLength} bytes, more than a package may hold`, {
      file,
    });
  }
  const entries = listZip(bytes, file);
  if (entries.length > limits.maxEntries) {
    throw new InputError(
      `the package has ${entries.length} entries (at most ${limits.maxEntries})`,
      {
        file,
      },
    );
  }
  const seen = new Set<string>();
  let total = 0;
  for (const e of entries) {
    const where = { file: `${file}: entry "${e.name}"` };
    const unsafe = unsafeEntryName(e.name);
    if (unsafe) throw new InputError(`refused: ${unsafe} (a path outside the package)`, where);
    if (e.name.endsWith('/')) continue;
    if (!allowed(e.name)) throw new InputError('refused: not a file a package holds', where);
    if (seen.has(e.name)) throw new InputError('refused: the entry appears twice', where);
    seen.add(e.name);
    if (e.compression !== 0 && e.compression !== 8) {
      throw new InputError(`refused: unknown compression method ${e.compression}`, where);
    }
    if (e.size > limits.maxEntryBytes) {
      throw new InputError(
        `refused: declares ${e.size} bytes uncompressed (at most ${limits.maxEntryBytes}): a zip bomb?`,
        where,
      );
    }
    if (e.size > limits.ratioFloorBytes && e.size > e.compressedSize * limits.maxRatio) {
      throw new InputError(
        `refused: compressed ${Math.round(e.size / Math.max(1, e.compressedSize))}:1 ` +
          `(at most ${limits.maxRatio}:1): a zip bomb?`,
        where,
      );
    }
    total += e.size;
    if (total > limits.maxTotalBytes) {
      throw new InputError(
        `refused: the package unpacks to more than ${limits.maxTotalBytes} bytes: a zip bomb?`,
        where,
      );
    }
  }
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (f) => !f.name.endsWith('/') });
  } catch (error) {
    throw new InputError(`the zip file is damaged (${messageOf(error)})`, { file });
  }
  return new Map(Object.entries(files));
}

/** Writes a zip; sample files are usually compressed already, so they are stored as they are. */
export function writeZip(files: Record<string, Uint8Array>): Uint8Array {
  return zipSync(
    Object.fromEntries(
      Object.entries(files).map(([name, data]) => [
        name,
        [data, { level: name.endsWith('.json') ? 6 : 0 }] as [Uint8Array, { level: 0 | 6 }],
      ]),
    ),
  );
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
