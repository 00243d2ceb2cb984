// The shape every `concord` subcommand has, and the exit codes scripts can rely on.

export const ExitCode = {
  ok: 0,
  /** The command ran but failed: a store error, a refused file, an unreachable port. */
  failure: 1,
  /** The command line itself was wrong: unknown command or option, missing argument. */
  usage: 2,
  /** An input file was read but holds bad data; the message names file, line and field. */
  badInput: 3,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Directory relative paths on the command line are resolved against. */
  cwd: string;
}

export interface Command {
  name: string;
  /** The full `concord <name> --help` text. */
  usage: string;
  run(argv: string[], io: CliIO): Promise<ExitCode>;
}

/** Thrown for a malformed command line; the runner prints the message and the command's usage. */
export class UsageError extends Error {}

// Bad data in an input file is a domain error, so pure parsers below the CLI can raise it too.
export { InputError } from '../domain/errors.js';
