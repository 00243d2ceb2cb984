// `concord package export|import`: session packages (.concord) for asynchronous, cross-school
// moderation.
import { readFile, stat, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { DEFAULT_ZIP_LIMITS } from '../../formats/exchange/zip.js';
import type { ImportReport } from '../../services/exchange.js';
import { parseCommandLine } from '../args.js';
import type { Command } from '../command.js';
import { ExitCode, InputError, UsageError } from '../command.js';
import { withWorkspace, workspacePathOf } from '../workspace-option.js';

const usage = `Usage: concord package export --session ID --out FILE.concord [--scores] [--names]
                                [--workspace FILE]
       concord package import FILE.concord [--workspace FILE] [--format text|json]

export  writes a session package: the session, its frozen rubric version and the anonymized
        sample files (never student identities), without scores, so another school scores
        blind. With --scores it writes a scores package instead: every current score of the
        session, to send back. --names shares rater names (default: aliases R1..Rn only).
import  merges a package by ids. A score is added only where none is recorded; a different
        score already here is listed as a conflict and kept. Importing twice changes nothing.
        Exit 0 when imported (conflicts listed), 3 when the package is refused (unsafe names,
        sizes, hashes, schema), 1 when it does not fit this workspace.

Options:
  --workspace FILE  the workspace (default: the app's workspace)
`;

function describe(report: ImportReport): string {
  const c = report.created;
  const m = report.matched;
  const lines = [
    `Imported the ${report.kind} package of "${report.title}" (session ${report.sessionId}).`,
    `  new: ${c.sessions} session, ${c.rubricVersions} rubric version, ${c.samples} samples, ${c.people} people`,
    `  already here: ${m.sessions} session, ${m.rubricVersions} rubric version, ${m.samples} samples, ${m.people} people`,
  ];
  if (report.addedToSession.raters + report.addedToSession.samples > 0) {
    lines.push(
      `  added to the session: ${report.addedToSession.raters} raters, ${report.addedToSession.samples} samples`,
    );
  }
  lines.push(`  scores: ${report.scoresAdded} added, ${report.scoresUnchanged} already here`);
  if (report.judgements) {
    const j = report.judgements;
    lines.push(`  judgements: ${j.added} added, ${j.unchanged} already here`);
  }
  for (const r of report.recoded)
    lines.push(`  sample ${r.from} is ${r.to} here (its code was taken, or is not a Concord code)`);
  if (report.conflicts.length > 0) {
    lines.push(`  ${report.conflicts.length} conflicts (kept this workspace's own):`);
    const show = (v: number | null) => (v === null ? 'cannot score' : String(v));
    for (const k of report.conflicts) {
      lines.push(
        k.what === 'judgement'
          ? `    judgement ${k.sample}, ${k.rater}: here ${k.chosenHere ?? 'not yet chosen'}, package ${k.chosenInPackage} (${k.reason})`
          : `    round ${k.round}, ${k.sample}, ${k.rater}, ${k.criterion}: here ${show(k.existing)}, package ${show(k.incoming)} (${k.reason})`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

export const packageCommand: Command = {
  name: 'package',
  usage,
  async run(argv, io) {
    const { values, positionals } = parseCommandLine(
      argv,
      {
        workspace: { type: 'string' },
        session: { type: 'string' },
        out: { type: 'string' },
        scores: { type: 'boolean', default: false },
        names: { type: 'boolean', default: false },
        format: { type: 'string', default: 'text' },
      },
      true,
    );
    const [action, ...rest] = positionals;
    const workspace = workspacePathOf(values.workspace, io);
    if (action === 'export') {
      if (rest.length > 0) throw new UsageError(`unexpected "${rest.join(' ')}"`);
      if (!values.session) throw new UsageError('--session ID is required');
      if (!values.out) throw new UsageError('--out FILE.concord is required');
      const out = resolve(io.cwd, values.out);
      const pkg = await withWorkspace(workspace, (app) =>
        app.services.exchange.exportPackage(values.session!, {
          kind: values.scores ? 'scores' : 'session',
          names: values.names,
        }),
      );
      await writeFile(out, pkg.bytes);
      io.stdout(`Wrote ${out} (${pkg.bytes.byteLength} bytes).\n`);
      return ExitCode.ok;
    }
    if (action === 'import') {
      if (rest.length !== 1) throw new UsageError('give exactly one FILE.concord to import');
      if (values.format !== 'text' && values.format !== 'json') {
        throw new UsageError(`--format must be text or json, not "${values.format}"`);
      }
      const file = rest[0]!;
      let bytes: Buffer;
      try {
        const path = resolve(io.cwd, file);
        // Refuse a file far too large to be a package before reading it into memory.
        if ((await stat(path)).size > DEFAULT_ZIP_LIMITS.maxTotalBytes + 16 * 1024 * 1024) {
          throw new InputError('the file is larger than a package may be', { file });
        }
        bytes = await readFile(path);
      } catch (error) {
        if (error instanceof InputError) throw error;
        throw new Error(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? error}`, {
          cause: error,
        });
      }
      const report = await withWorkspace(workspace, (app) =>
        app.services.exchange.importPackage(bytes, file),
      );
      io.stdout(
        values.format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : describe(report),
      );
      return ExitCode.ok;
    }
    throw new UsageError(
      action === undefined ? 'say export or import' : `unknown subcommand "${action}"`,
    );
  },
};
