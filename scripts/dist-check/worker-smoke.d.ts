export interface SmokeJob {
  name: string;
  input: unknown;
  /** A problem with the job's output, or null. */
  check(output: unknown): string | null;
}

export declare function tinyPdf(text: string): Uint8Array;
export declare function runJobs(
  workerFile: string | URL,
  jobs: readonly SmokeJob[],
  timeoutMs?: number,
): Promise<string[]>;
export declare function smokeJobs(): SmokeJob[];
