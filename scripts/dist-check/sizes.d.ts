export declare const BUDGETS: { asar: number; unpacked: number; rendererMainChunk: number };
export declare function megabytes(bytes: number): string;
export declare function filesWithSizes(dir: string): [string, number][];
export declare function rendererChunks(
  rendererDir: string,
): { file: string; bytes: number; gzip: number; main: boolean }[];
export declare function judgeSizes(measured: {
  asar: number;
  unpacked: number;
  rendererMainChunk: number;
}): { name: string; bytes: number; budget: number; ok: boolean }[];
