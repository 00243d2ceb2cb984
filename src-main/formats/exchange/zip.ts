// Session packages are zips read through the shared safe reader (formats/zip.ts), with the
// package's own limits; writing them is here too.
import { zipSync } from 'fflate';
import { openZip } from '../zip.js';
import type { ZipLimits } from '../zip.js';

export { openZip, unsafeEntryName } from '../zip.js';
export type { SafeZip, ZipEntryInfo, ZipLimits, ZipSubject } from '../zip.js';

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxTotalBytes: 500 * 1024 * 1024,
  maxEntryBytes: 200 * 1024 * 1024,
  maxEntries: 5_000,
  // Text and PDFs deflate by 3-10x; 100x only comes from padding or a bomb.
  maxRatio: 100,
  ratioFloorBytes: 1024 * 1024,
};

/**
 * Checks every entry of a package against the limits and `allowed(name)`, then inflates them
 * all (each bounded by its declared size). Throws an InputError naming the first bad entry.
 */
export function readZipSafely(
  bytes: Uint8Array,
  file: string,
  allowed: (name: string) => boolean,
  limits: ZipLimits = DEFAULT_ZIP_LIMITS,
): Map<string, Uint8Array> {
  const zip = openZip(bytes, { file, noun: 'package' }, limits, allowed);
  const files = new Map<string, Uint8Array>();
  for (const { name } of zip.entries) if (!name.endsWith('/')) files.set(name, zip.read(name));
  return files;
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
