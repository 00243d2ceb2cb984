export declare function forbiddenFiles(files: Iterable<string>): { path: string; why: string }[];
export declare function needlesslyUnpacked(unpackedFiles: readonly string[]): string[];
export declare function contentGroup(file: string): string;
export declare function largestGroups(
  sizes: Iterable<readonly [string, number]>,
  count: number,
): { group: string; bytes: number }[];
