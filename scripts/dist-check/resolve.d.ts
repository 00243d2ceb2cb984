export type EntryKind = 'file' | 'dir' | null;

/** A file tree seen through two functions; paths are POSIX, relative to its root. */
export interface FileTree {
  kind(path: string): EntryKind;
  read(path: string): string;
}

export type ResolveMode = 'import' | 'require';

export declare const CONDITIONS: Record<ResolveMode, readonly string[]>;
export declare function isBuiltin(specifier: string): boolean;
export declare function splitPackageSpecifier(specifier: string): { name: string; subpath: string };
export declare function exportsTarget(
  exportsField: unknown,
  subpath: string,
  conditions: readonly string[],
): string | null;
export declare function resolveSpecifier(
  tree: FileTree,
  fromFile: string,
  specifier: string,
  mode: ResolveMode,
): string | null;
export declare function packageDirOf(file: string): string | null;
