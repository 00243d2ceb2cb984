export interface PlatformProblems {
  all: string[];
  linux: string[];
  mac: string[];
  windows: string[];
}

export declare function targetsOf(platformConfig: unknown): Map<string, string[]>;
export declare function pngSize(file: string): { width: number; height: number } | null;
export declare function platformProblems(
  config: Record<string, unknown>,
  metadata: Record<string, unknown>,
  projectDir: string,
): PlatformProblems;
