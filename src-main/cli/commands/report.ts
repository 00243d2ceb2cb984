// `concord report`: a session report (or a rater report) as self-contained HTML or as a PDF
// printed by an installed headless Chrome, Edge or Chromium.
import { writeFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { findPdfPrinter } from '../../reports/printer.js';
import type { ReportRequest } from '../../reports/service.js';
import { parseCommandLine } from '../args.js';
import type { Command } from '../command.js';
import { ExitCode, UsageError } from '../command.js';
import { withWorkspace, workspacePathOf } from '../workspace-option.js';

const usage = `Usage: concord report --session ID --out FILE.pdf|FILE.html [--copy team|owner]
                      [--workspace FILE]
       concord report --rater PERSON_ID --out FILE.pdf|FILE.html [--workspace FILE]

Writes the calibration report of a revealed or closed session (see \`concord sessions list\`):
rubric and who took part, agreement per criterion with 95% intervals and what they mean, round
1 against round 2, each rater against the team, every sample's scores and consensus, and the
rubric clarifications agreed. Its figures are those \`concord stats\` computes from the
session's exported ratings. For a comparative judgement session: the scale with its level
bands, reliability in words, each judge's fit and the comparison with rubric consensus, the
figures \`concord cj\` computes from the session's judgements. With --rater, the coach's report
on one rater across sessions.

A .pdf is printed by an installed Google Chrome, Microsoft Edge or Chromium, run headless
(Windows, macOS and Linux; set CONCORD_CHROMIUM to the program to use another); the line
written names the browser that printed. Without one, write .html and print it from a browser.

Options:
  --workspace FILE  the workspace (default: the app's workspace)
  --session ID      the session to report on
  --rater ID        a rater report for this person instead
  --copy team|owner team (default): rater names as the session shows them; owner: also names
                    every rater and lists the raters flagged for follow-up (not for the team)
  --out FILE        where to write: .pdf or .html

Exit codes: 0 written, 1 failed (no such session, no revealed scores, no browser for a PDF),
2 wrong command line.
`;

export const reportCommand: Command = {
  name: 'report',
  usage,
  async run(argv, io) {
    const { values } = parseCommandLine(argv, {
      workspace: { type: 'string' },
      session: { type: 'string' },
      rater: { type: 'string' },
      copy: { type: 'string', default: 'team' },
      out: { type: 'string' },
    });
    if ((values.session === undefined) === (values.rater === undefined)) {
      throw new UsageError(
        values.session === undefined
          ? 'give --session ID (a session report) or --rater PERSON_ID (a rater report)'
          : 'give --session or --rater, not both',
      );
    }
    if (values.copy !== 'team' && values.copy !== 'owner') {
      throw new UsageError(`--copy must be team or owner, not "${values.copy}"`);
    }
    if (!values.out) throw new UsageError('--out FILE.pdf or --out FILE.html is required');
    const ext = extname(values.out).toLowerCase();
    if (ext !== '.pdf' && ext !== '.html' && ext !== '.htm') {
      throw new UsageError(`--out must end in .pdf or .html, not "${values.out}"`);
    }
    const found = ext === '.pdf' ? await findPdfPrinter() : null;
    if (found !== null && !found.ok) {
      io.stderr(`concord report: ${found.message}\n`);
      return ExitCode.failure;
    }
    const printer = found?.printer ?? null;
    const request: ReportRequest =
      values.rater !== undefined
        ? { kind: 'rater', personId: values.rater }
        : { kind: 'session', sessionId: values.session!, copy: values.copy };
    const doc = await withWorkspace(workspacePathOf(values.workspace, io), (app) =>
      app.services.reports.document(request),
    );
    const out = resolve(io.cwd, values.out);
    if (printer !== null) {
      const onNote = (message: string) => io.stderr(`concord report: ${message}\n`);
      await writeFile(out, await printer.print(doc.html, { onNote }));
    } else await writeFile(out, doc.html);
    io.stdout(`Wrote ${out}${printer !== null ? ` (${printer.how})` : ''}.\n`);
    return ExitCode.ok;
  },
};
