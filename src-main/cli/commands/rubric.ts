// `concord rubric import|export|list`: rubric files in and out of a workspace.
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { openApp } from '../../app.js';
import type { OpenedApp } from '../../app.js';
import { ValidationError } from '../../domain/errors.js';
import type { RubricFormat } from '../../formats/rubrics/index.js';
import { parseCommandLine } from '../args.js';
import type { CliIO, Command } from '../command.js';
import { ExitCode, InputError, UsageError } from '../command.js';

const FORMATS: readonly RubricFormat[] = ['csv', 'json', 'case'];

const USAGE = `Usage: concord rubric import|export|list [options]

  concord rubric import FILE --workspace W [--format csv|json|case]
  concord rubric export ID --workspace W [--format csv|json|case] [--out FILE]
  concord rubric list --workspace W [--archived]

import  Reads a rubric file (CSV: one row per criterion, one column per level; a Canvas
        rubric CSV; Concord JSON; 1EdTech CASE CFRubric JSON) into a new rubric. Competencies and the grade band are
        matched by name and created when missing. The format is detected unless given.
        Prints the new version id, the title and its size.
export  Writes one rubric version: ID is a rubric id (its latest version) or a version id.
        --format defaults to csv; the file goes to --out, or to standard output.
list    Every rubric: id, title, latest version, frozen or editable (--archived: archived too).

Exit codes: 0 done, 1 failed (unknown workspace or rubric), 2 wrong command line,
3 bad data in the file (file, line and field named; nothing is imported).
`;

function parseFormat(value: string | undefined): RubricFormat | undefined {
  if (value === undefined) return undefined;
  if (!(FORMATS as readonly string[]).includes(value)) {
    throw new UsageError(`--format must be csv, json or case, not "${value}"`);
  }
  return value as RubricFormat;
}

/** Opens an existing workspace; export and list never create an empty one by mistake. */
function openExisting(io: CliIO, workspace: string | undefined, create: boolean): OpenedApp {
  if (!workspace) throw new UsageError('--workspace FILE is required');
  const path = resolve(io.cwd, workspace);
  if (!create && !existsSync(path)) throw new Error(`no workspace at ${path}`);
  return openApp(path);
}

const options = {
  workspace: { type: 'string' },
  format: { type: 'string' },
  out: { type: 'string' },
  archived: { type: 'boolean' },
} as const;

export const rubricCommand: Command = {
  name: 'rubric',
  usage: USAGE,
  async run(argv, io) {
    const [action, ...rest] = argv;
    if (action !== 'import' && action !== 'export' && action !== 'list') {
      throw new UsageError(
        action === undefined ? 'say import, export or list' : `unknown action "${action}"`,
      );
    }
    const { values, positionals } = parseCommandLine(rest, options, true);
    const format = parseFormat(values.format);

    if (action === 'list') {
      if (positionals.length > 0) throw new UsageError('list takes no file or id');
      const app = openExisting(io, values.workspace, false);
      try {
        const rubrics = app.services.rubrics.list({ includeArchived: values.archived ?? false });
        if (rubrics.length === 0) {
          io.stdout('No rubrics.\n');
          return ExitCode.ok;
        }
        const rows = rubrics.map((r) => [
          r.id,
          r.title,
          `v${r.latestVersion}`,
          r.frozen ? 'frozen' : 'editable',
          r.archived ? 'archived' : '',
        ]);
        const widths = [0, 1, 2, 3].map((c) =>
          Math.max(
            ...[['id', 'title', 'version', 'status'][c]!, ...rows.map((r) => r[c]!)].map(
              (t) => t.length,
            ),
          ),
        );
        const line = (cells: string[]) =>
          cells
            .map((cell, c) => (c < 4 ? cell.padEnd(widths[c]!) : cell))
            .join('  ')
            .trimEnd();
        io.stdout(
          [line(['id', 'title', 'version', 'status']), ...rows.map(line)].join('\n') + '\n',
        );
        return ExitCode.ok;
      } finally {
        app.close();
      }
    }

    const [target, ...extra] = positionals;
    if (target === undefined) {
      throw new UsageError(
        action === 'import' ? 'which FILE to import?' : 'which rubric ID to export?',
      );
    }
    if (extra.length > 0) throw new UsageError(`unexpected "${extra[0]}"`);

    if (action === 'import') {
      if (values.out !== undefined) throw new UsageError('--out is for export');
      const path = resolve(io.cwd, target);
      let text: string;
      try {
        text = await readFile(path, 'utf8');
      } catch {
        throw new Error(`cannot read ${path}`);
      }
      const app = openExisting(io, values.workspace, true);
      try {
        let result;
        try {
          result = app.services.rubrics.import(basename(path), text, format);
        } catch (error) {
          // A rubric that breaks a domain rule is bad data in the file, like a parse error.
          if (error instanceof ValidationError) {
            throw new InputError(error.message, { file: basename(path) });
          }
          throw error;
        }
        const { version, createdCompetencies, createdGradeBands } = result;
        const lines = [
          `Imported “${version.title}”: ${version.criteria.length} criteria x ${version.levels.length} levels.`,
          `Version id: ${version.id}`,
          `Rubric id: ${version.rubricId}`,
        ];
        if (createdCompetencies.length > 0) {
          lines.push(`Competencies created: ${createdCompetencies.join(', ')}`);
        }
        if (createdGradeBands.length > 0) {
          lines.push(`Grade bands created: ${createdGradeBands.join(', ')}`);
        }
        io.stdout(`${lines.join('\n')}\n`);
        return ExitCode.ok;
      } finally {
        app.close();
      }
    }

    if (values.archived) throw new UsageError('--archived is for list');
    const app = openExisting(io, values.workspace, false);
    try {
      const version = app.services.rubrics.resolveVersion(target);
      const file = app.services.rubrics.export(version.id, format ?? 'csv');
      if (values.out === undefined) {
        io.stdout(file.text);
      } else {
        const out = resolve(io.cwd, values.out);
        await writeFile(out, file.text, 'utf8');
        io.stderr(`Wrote “${version.title}” version ${version.version} to ${out}\n`);
      }
      return ExitCode.ok;
    } finally {
      app.close();
    }
  },
};
