import type { FileTree } from './resolve.js';

export interface AsarEntry {
  kind: 'file' | 'dir';
  size: number;
  unpacked: boolean;
}

export declare function listAsar(archive: string): Map<string, AsarEntry>;
export declare function asarTree(
  archive: string,
  entries?: Map<string, AsarEntry>,
): FileTree & { entries: Map<string, AsarEntry> };
export declare function diskTree(root: string): FileTree;
