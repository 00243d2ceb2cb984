export declare function workspaceArgs(argv: readonly string[], cwd: string): string[];
