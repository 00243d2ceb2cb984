export interface InputFile {
  path: string;
  size: number;
  mtimeMs: number;
}
export type StartTarget = 'browser' | 'desktop';
export declare const SOURCE_DIRS: string[];
export declare const SETTINGS_FILES: string[];
export declare const TARGETS: Record<StartTarget, { stamp: string; outputs: string[] }>;
export declare function listInputs(root: string): InputFile[];
export declare function fingerprint(files: readonly InputFile[]): string;
export declare function needsBuild(state: {
  current: string;
  stamped: string | null;
  outputsPresent: boolean;
}): boolean;
export declare function readStamp(root: string, target: StartTarget): string | null;
export declare function writeStamp(root: string, target: StartTarget, value: string): void;
export declare function outputsPresent(root: string, target: StartTarget): boolean;
