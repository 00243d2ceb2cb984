// The two file trees the packaging check compares: the packaged app as Electron sees it (the
// asar archive, with the files marked unpacked read from app.asar.unpacked beside it) and the
// project folder on disk.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import asar from '@electron/asar';

const toPosix = (p) => p.split(path.sep).join('/').replace(/^\/+/, '');

/**
 * The archive's entries by POSIX path: { kind: 'file' | 'dir', size, unpacked }. Symbolic
 * links count as what they point to.
 */
export function listAsar(archive) {
  const entries = new Map();
  for (const listed of asar.listPackage(archive, { isPack: false })) {
    const file = toPosix(listed);
    const stat = asar.statFile(archive, file, true);
    if ('files' in stat) entries.set(file, { kind: 'dir', size: 0, unpacked: false });
    else
      entries.set(file, {
        kind: 'file',
        size: Number(stat.size),
        unpacked: stat.unpacked === true,
      });
  }
  return entries;
}

/** The packaged app as a FileTree (scripts/dist-check/resolve.js). */
export function asarTree(archive, entries = listAsar(archive)) {
  return {
    kind: (file) => (file === '' || file === '.' ? 'dir' : (entries.get(file)?.kind ?? null)),
    read: (file) => asar.extractFile(archive, file).toString('utf8'),
    entries,
  };
}

/** A folder on disk as a FileTree. */
export function diskTree(root) {
  return {
    kind(file) {
      try {
        const stat = statSync(path.join(root, file));
        return stat.isDirectory() ? 'dir' : stat.isFile() ? 'file' : null;
      } catch {
        return null;
      }
    },
    read: (file) => readFileSync(path.join(root, file), 'utf8'),
  };
}
