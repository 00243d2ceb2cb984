export declare function workspaceArgs(argv: readonly string[], cwd: string): string[];
export declare function startOptions(
  argv: readonly string[],
  cwd: string,
): { forwarded: string[]; open: boolean };
