// `concord`: the command-line shell. Commands load lazily so `concord stats` starts fast.
import type { CliIO, Command, ExitCode as Code } from './command.js';
import { ExitCode, InputError, UsageError } from './command.js';
import { excerpt, messageOf } from '../domain/errors.js';
import { storageFailureOf } from './storage-failure.js';

interface CommandEntry {
  /** The one line `concord --help` shows: kept here so that the overview loads no command. */
  summary: string;
  load(): Promise<Command>;
}

const COMMANDS: Record<string, CommandEntry> = {
  serve: {
    summary: 'Serve Concord to a browser (browser mode, or the live room on the local network).',
    load: async () => (await import('./commands/serve.js')).serveCommand,
  },
  demo: {
    summary:
      'Fill a workspace with the demo data set (a middle-school team and its finished sessions).',
    load: async () => (await import('./commands/demo.js')).demoCommand,
  },
  rubric: {
    summary: 'Import, export and list rubrics (CSV, Concord JSON, 1EdTech CASE).',
    load: async () => (await import('./commands/rubric.js')).rubricCommand,
  },
  samples: {
    summary: 'Import work samples (anonymized) or export them as raters receive them.',
    load: async () => (await import('./commands/samples.js')).samplesCommand,
  },
  stats: {
    summary: 'Compute inter-rater agreement statistics from a ratings CSV.',
    load: async () => (await import('./commands/stats.js')).statsCommand,
  },
  cj: {
    summary: 'Put samples on one scale from comparative judgements (which of two is better).',
    load: async () => (await import('./commands/cj.js')).cjCommand,
  },
  export: {
    summary: 'Export ratings: long or wide CSV, FACETS files, or session JSON.',
    load: async () => (await import('./commands/export.js')).exportCommand,
  },
  sessions: {
    summary: 'List the sessions of a workspace.',
    load: async () => (await import('./commands/sessions.js')).sessionsCommand,
  },
  package: {
    summary: 'Export or import a session package (.concord) for cross-school moderation.',
    load: async () => (await import('./commands/package.js')).packageCommand,
  },
  backup: {
    summary: 'Back up a workspace now, list, preview or restore its backups.',
    load: async () => (await import('./commands/backup.js')).backupCommand,
  },
  report: {
    summary: 'Write a session report or a rater report as PDF or HTML.',
    load: async () => (await import('./commands/report.js')).reportCommand,
  },
  turns: {
    summary: 'Unlock a device taking turns when its PIN is forgotten.',
    load: async () => (await import('./commands/turns.js')).turnsCommand,
  },
};

function overview(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((name) => name.length));
  const lines = Object.entries(COMMANDS).map(
    ([name, entry]) => `  ${name.padEnd(width)}  ${entry.summary}`,
  );
  return [
    'Usage: concord <command> [options]',
    '',
    'Commands:',
    ...lines,
    '',
    'Run `concord <command> --help` for the options of one command.',
    'Exit codes: 0 done, 1 failed, 2 wrong command line, 3 bad data in an input file.',
    '',
  ].join('\n');
}

// The last stop before the terminal. Messages quote files and command lines, and a parser that
// forgot to excerpt what it quotes must still not print a 100 MB field or an escape sequence
// that clears the screen or retitles the window: an error message is one line of at most
// MESSAGE_MAX characters with every control character shown as an escape.
const MESSAGE_MAX = 2000;

function shownMessage(error: unknown): string {
  return excerpt(messageOf(error), MESSAGE_MAX);
}

/**
 * What a command writes to stderr (progress, "Wrote ..." lines naming a rubric) is for the
 * terminal too: its line breaks stay, every other control character is shown as an escape.
 */
function terminalSafe(io: CliIO): CliIO {
  return {
    ...io,
    stderr: (text) =>
      io.stderr(
        text
          .split('\n')
          .map((line) => excerpt(line, Infinity))
          .join('\n'),
      ),
  };
}

export async function runCli(argv: string[], io: CliIO): Promise<Code> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(overview());
    return name === undefined ? ExitCode.usage : ExitCode.ok;
  }
  if (name === '--version') {
    io.stdout(`${process.env.npm_package_version ?? '0.1.0'}\n`);
    return ExitCode.ok;
  }
  const entry = COMMANDS[name];
  if (!entry) {
    io.stderr(`concord: unknown command "${excerpt(name)}".\n\n${overview()}`);
    return ExitCode.usage;
  }
  const command = await entry.load();
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(command.usage.endsWith('\n') ? command.usage : `${command.usage}\n`);
    return ExitCode.ok;
  }
  try {
    return await command.run(rest, terminalSafe(io));
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`concord ${name}: ${shownMessage(error)}\n\n${command.usage}\n`);
      return ExitCode.usage;
    }
    if (error instanceof InputError) {
      io.stderr(`concord ${name}: ${shownMessage(error)}\n`);
      return ExitCode.badInput;
    }
    const failure = storageFailureOf(error, rest, io) ?? error;
    io.stderr(`concord ${name}: ${shownMessage(failure)}\n`);
    return ExitCode.failure;
  }
}

export const processIO: CliIO = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
};
