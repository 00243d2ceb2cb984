import type { FileTree } from './resolve.js';

export interface RuntimeFile {
  /** A file, or a folder when it ends in '/'. */
  path: string;
  why: string;
}

export interface MissingModule {
  specifier: string;
  from: string;
  why: string;
}

export interface Trace {
  reached: Set<string>;
  packages: Set<string>;
  natives: Set<string>;
  missing: MissingModule[];
  optional: { specifier: string; from: string }[];
}

export declare function traceRuntimeModules(options: {
  packaged: FileTree;
  project: FileTree;
  roots: readonly string[];
  runtimeFiles?: readonly RuntimeFile[];
  provided?: readonly string[];
}): Trace;

export declare function unusedPackages(
  files: Iterable<string>,
  reachedPackages: ReadonlySet<string>,
): string[];
