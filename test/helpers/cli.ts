import type { CliIO } from '../../src-main/cli/command.js';
import { runCli } from '../../src-main/cli/main.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `concord <argv>` in-process and captures what it prints. */
export async function runConcord(argv: string[], cwd = process.cwd()): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    cwd,
  };
  const code = await runCli(argv, io);
  return { code, stdout, stderr };
}
