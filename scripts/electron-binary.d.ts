export declare function electronBinaryPath(pkgDir: string): string | null;
