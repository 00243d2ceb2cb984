// `concord export ratings`: a session's ratings (or every session's) as long CSV, wide CSV,
// FACETS specification + data, or session JSON. Sample codes only, never student identities.
import { writeFile } from 'node:fs/promises';
import { basename, dirname, extname, resolve } from 'node:path';
import { EXPORT_FORMATS, exportSpansSessions } from '../../services/exchange.js';
import type { ExportFormat } from '../../services/exchange.js';
import { parseCommandLine } from '../args.js';
import type { Command } from '../command.js';
import { ExitCode, UsageError } from '../command.js';
import { safeJoin } from '../safe-path.js';
import { withWorkspace, workspacePathOf } from '../workspace-option.js';

const usage = `Usage: concord export ratings --format long|wide|facets|json --out FILE
                              [--workspace FILE] [--session ID]... [--round N] [--names]

Writes the current scores of one session (--session ID; see \`concord sessions list\`), of
several (--session ID more than once), or of every session:
  long    CSV session,round,sample,rater,criterion,score: what \`concord stats\` reads; an empty
          score is "cannot score". Across sessions a last column, session_alias, gives the alias
          each session showed
  wide    CSV with one row per session, round, sample and criterion and one column per rater
          (what R irr and spreadsheets expect)
  facets  a FACETS specification (FILE) and its data file (FILE's name + .data.txt): facets
          sample, rater, criterion, and session and round when there are several (to ask
          FACETS whether a rater drifted); the sessions must share one rubric and its levels
  json    the whole session(s): rubric, samples, raters, scores, consensus, clarifications

Samples appear by code, criteria by name, raters by alias unless --names is given. One session
keeps its own aliases (R1..Rn, what the room saw). Several sessions, or all of them, give each
person one alias throughout, the same in every session, so R1 is one teacher everywhere in the
file. json ignores --round. --out - prints a one-file export instead of writing it.

Options:
  --workspace FILE  the workspace (default: the app's workspace)
  --session ID      only this session; repeat for several
  --round N         only this round
  --names           rater names instead of aliases
`;

export const exportCommand: Command = {
  name: 'export',
  usage,
  async run(argv, io) {
    const { values, positionals } = parseCommandLine(
      argv,
      {
        workspace: { type: 'string' },
        session: { type: 'string', multiple: true },
        round: { type: 'string' },
        format: { type: 'string' },
        out: { type: 'string' },
        names: { type: 'boolean', default: false },
      },
      true,
    );
    if (positionals[0] !== 'ratings' || positionals.length !== 1) {
      throw new UsageError(
        positionals.length === 0
          ? 'say what to export: ratings'
          : `cannot export "${positionals.join(' ')}"`,
      );
    }
    const format = values.format;
    if (format === undefined || !(EXPORT_FORMATS as readonly string[]).includes(format)) {
      throw new UsageError(
        `--format must be long, wide, facets or json${format ? `, not "${format}"` : ''}`,
      );
    }
    if (!values.out) throw new UsageError('--out FILE is required (- prints to the screen)');
    let round: number | undefined;
    if (values.round !== undefined) {
      round = Number(values.round);
      if (!Number.isInteger(round) || round < 1) {
        throw new UsageError(`--round must be a whole number from 1, not "${values.round}"`);
      }
    }
    const toStdout = values.out === '-';
    const out = toStdout ? '' : resolve(io.cwd, values.out);
    const baseName = toStdout ? undefined : basename(out, extname(out));
    const sessions = values.session ?? [];
    const scope =
      sessions.length === 0
        ? {}
        : sessions.length === 1
          ? { sessionId: sessions[0]! }
          : { sessionIds: sessions };
    const files = await withWorkspace(workspacePathOf(values.workspace, io), (app) =>
      app.services.exchange.exportRatings({
        format: format as ExportFormat,
        names: values.names,
        ...scope,
        ...(round !== undefined ? { round } : {}),
        ...(baseName !== undefined ? { baseName } : {}),
      }),
    );
    if (toStdout) {
      if (files.length > 1) throw new UsageError('a FACETS export is two files: give --out FILE');
      io.stdout(files[0]!.text);
      return ExitCode.ok;
    }
    // The first file goes where --out says; a FACETS data file beside it, as its spec names it.
    const paths = files.map((f, i) => (i === 0 ? out : safeJoin(dirname(out), f.fileName)));
    for (const [i, f] of files.entries()) await writeFile(paths[i]!, f.text);
    const raters =
      exportSpansSessions(scope) && !values.names
        ? ' Raters have one alias each, the same in every session.'
        : '';
    io.stdout(`Wrote ${paths.join(' and ')}.${raters}\n`);
    return ExitCode.ok;
  },
};
