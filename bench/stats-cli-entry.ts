// `node out/node/bench/stats-cli-entry.js FILE [options]`: runs `concord stats` in this process
// exactly as the CLI does (for end-to-end timing). With CONCORD_BENCH_RSS=1 it prints the peak
// resident set size (bytes) to stderr on exit.
import { ExitCode, InputError, UsageError } from '../src-main/cli/command.js';
import { statsCommand } from '../src-main/cli/commands/stats.js';

const io = {
  stdout: (text: string) => void process.stdout.write(text),
  stderr: (text: string) => void process.stderr.write(text),
  cwd: process.cwd(),
};
try {
  process.exitCode = await statsCommand.run(process.argv.slice(2), io);
} catch (error) {
  io.stderr(`concord stats: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode =
    error instanceof UsageError
      ? ExitCode.usage
      : error instanceof InputError
        ? ExitCode.badInput
        : ExitCode.failure;
}
if (process.env.CONCORD_BENCH_RSS === '1') {
  process.stderr.write(`maxRSS ${process.resourceUsage().maxRSS * 1024}\n`);
}
