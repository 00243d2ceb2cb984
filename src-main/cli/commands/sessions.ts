// `concord sessions list`: the sessions of a workspace with their id, date and status.
import { parseCommandLine } from '../args.js';
import type { Command } from '../command.js';
import { ExitCode, UsageError } from '../command.js';
import { withWorkspace, workspacePathOf } from '../workspace-option.js';

const usage = `Usage: concord sessions list [--workspace FILE] [--format table|json]

Lists the sessions of a workspace, newest first: id, title, date and status (draft, scoring,
revealed, closed). The id is what \`concord export\` and \`concord package export\` take.

Options:
  --workspace FILE  the workspace (default: the app's workspace)
  --format F        table (default) or json
`;

export const sessionsCommand: Command = {
  name: 'sessions',
  usage,
  async run(argv, io) {
    const { values, positionals } = parseCommandLine(
      argv,
      { workspace: { type: 'string' }, format: { type: 'string', default: 'table' } },
      true,
    );
    if (positionals.length !== 1 || positionals[0] !== 'list') {
      throw new UsageError(
        positionals.length === 0
          ? 'say what to do: list'
          : `unknown subcommand "${positionals.join(' ')}"`,
      );
    }
    if (values.format !== 'table' && values.format !== 'json') {
      throw new UsageError(`--format must be table or json, not "${values.format}"`);
    }
    const sessions = await withWorkspace(workspacePathOf(values.workspace, io), (app) =>
      app.services.sessions.list().map((s) => ({
        id: s.id,
        title: s.title,
        date: s.heldOn,
        status: s.phase,
        round: s.currentRound,
        samples: s.sampleCount,
        raters: s.raterCount,
      })),
    );
    if (values.format === 'json') {
      io.stdout(`${JSON.stringify(sessions, null, 2)}\n`);
      return ExitCode.ok;
    }
    if (sessions.length === 0) {
      io.stdout('No sessions.\n');
      return ExitCode.ok;
    }
    const header = ['id', 'date', 'status', 'title'];
    const rows = sessions.map((s) => [s.id, s.date, s.status, s.title]);
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
    const line = (cells: string[]) =>
      cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!))).join('  ');
    io.stdout(`${[line(header), ...rows.map(line)].join('\n')}\n`);
    return ExitCode.ok;
  },
};
