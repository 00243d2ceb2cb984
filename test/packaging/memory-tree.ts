// A file tree held in memory, for the packaging check's resolver and tracer: folders are implied
// by the files' paths.
import { posix } from 'node:path';
import type { FileTree } from '../../scripts/dist-check/resolve.js';

export function memoryTree(files: Record<string, string>): FileTree {
  const folders = new Set<string>(['']);
  for (const file of Object.keys(files)) {
    for (let dir = posix.dirname(file); dir !== '.'; dir = posix.dirname(dir)) folders.add(dir);
  }
  return {
    kind: (path) => (path in files ? 'file' : folders.has(path) ? 'dir' : null),
    read: (path) => {
      const text = files[path];
      if (text === undefined) throw new Error(`no file ${path}`);
      return text;
    },
  };
}

/** A package.json's text. */
export const manifest = (fields: Record<string, unknown>) => JSON.stringify(fields);
