// `concord samples import|export`: work samples in and out of a workspace from the command line.
// Import anonymizes exactly as the app does (roster names redacted automatically; suggested
// names wait for review in the app); export writes the files exactly as raters receive them.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { openApp } from '../../app.js';
import { excerpt } from '../../domain/errors.js';
import type { ImportResult, Sample, SampleKind } from '../../domain/sample.js';
import { isSampleCode } from '../../domain/sample.js';
import { parseCommandLine } from '../args.js';
import type { CliIO, Command } from '../command.js';
import { ExitCode, UsageError } from '../command.js';
import { safeJoin } from '../safe-path.js';

const usage = `Usage:
  concord samples import FILES... --workspace W [--roster roster.csv] [--grade-band B]
                                  [--competency C]
  concord samples export --workspace W --out DIR

import  Adds work samples (PDF, JPEG, PNG, .docx, .txt, .md) under random codes such as S-7F3K.
        Metadata is stripped; every name on the roster (a CSV with first,last or name columns,
        or one name a line) is redacted from the text, the Word document and the PDF pages
        (re-rendered as images, so no text remains under a redaction). Other possible names are
        kept as suggestions to review in the app. A file already imported is reported as a
        duplicate and not stored again; a file that cannot be read is reported and skipped.
        --grade-band and --competency take a name or an id.
export  Writes every sample to DIR as <code>.<ext>, exactly the bytes raters receive (a sample
        whose code is not a Concord code, from an older import, as sample-<hash>.<ext>).

Exit codes: 0 done (something imported, or everything was already there), 2 wrong command line,
3 no file could be imported, 1 failed.
`;

const EXTENSIONS: Record<string, string> = {
  'application/pdf': 'pdf',
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'text/plain': 'txt',
  'text/markdown': 'md',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
};

/** For a media type not in EXTENSIONS (a row from an older version): still a fixed word. */
const KIND_EXTENSIONS: Record<SampleKind, string> = {
  pdf: 'pdf',
  image: 'img',
  text: 'txt',
  markdown: 'md',
  docx: 'docx',
};

export function exportExtension(sample: Pick<Sample, 'mediaType' | 'kind'>): string {
  return (
    EXTENSIONS[sample.mediaType.split(';')[0]!.trim()] ?? KIND_EXTENSIONS[sample.kind] ?? 'bin'
  );
}

/**
 * `<code>.<ext>` from validated parts only: the code when it is a Concord code, else a name
 * from the file's hash (a workspace may hold codes from before codes were checked on import);
 * a number is added if that name is already taken.
 */
export function exportFileName(
  sample: Pick<Sample, 'code' | 'sha256' | 'mediaType' | 'kind'>,
  taken: ReadonlySet<string>,
): string {
  const stem = isSampleCode(sample.code)
    ? sample.code
    : `sample-${/^[0-9a-f]{64}$/.test(sample.sha256) ? sample.sha256.slice(0, 12) : 'unnamed'}`;
  const ext = exportExtension(sample);
  let name = `${stem}.${ext}`;
  for (let n = 2; taken.has(name); n++) name = `${stem}-${n}.${ext}`;
  return name;
}

function describe(result: ImportResult): string {
  if (result.status === 'imported') {
    const notes = [
      result.rosterNames?.length ? `${result.rosterNames.length} roster name(s) redacted` : '',
      result.candidates ? `${result.candidates} suggested name(s) to review` : '',
    ].filter((n) => n !== '');
    return `imported as ${result.code}${notes.length ? ` (${notes.join('; ')})` : ''}`;
  }
  if (result.status === 'duplicate') return `duplicate of ${result.code}`;
  return `skipped: ${result.reason}`;
}

async function runImport(argv: string[], io: CliIO): Promise<ExitCode> {
  const { values, positionals } = parseCommandLine(
    argv,
    {
      workspace: { type: 'string' },
      roster: { type: 'string' },
      'grade-band': { type: 'string' },
      competency: { type: 'string' },
    },
    true,
  );
  if (!values.workspace) throw new UsageError('--workspace FILE is required');
  if (positionals.length === 0) throw new UsageError('give the files to import');
  const app = openApp(resolve(io.cwd, values.workspace));
  try {
    const { services } = app;
    let roster: string[] | undefined;
    if (values.roster) {
      const path = resolve(io.cwd, values.roster);
      const text = await readFile(path, 'utf8').catch(() => {
        throw new UsageError(`cannot read the roster ${values.roster}`);
      });
      roster = services.sampleImport.parseRoster(text, basename(path));
    }
    const pick = <T extends { id: string; name: string }>(
      list: T[],
      wanted: string | undefined,
      what: string,
    ): string | undefined => {
      if (wanted === undefined) return undefined;
      const found = list.find(
        (x) => x.id === wanted || x.name.toLowerCase() === wanted.toLowerCase(),
      );
      if (!found) {
        throw new UsageError(
          `no ${what} "${wanted}"; known: ${list.map((x) => x.name).join(', ') || 'none'}`,
        );
      }
      return found.id;
    };
    const gradeBandId = pick(services.library.gradeBands(), values['grade-band'], 'grade band');
    const competencyId = pick(services.library.competencies(), values.competency, 'competency');

    const files: { name: string; bytes: Uint8Array }[] = [];
    const unreadable: ImportResult[] = [];
    for (const file of positionals) {
      try {
        files.push({ name: basename(file), bytes: await readFile(resolve(io.cwd, file)) });
      } catch (error) {
        unreadable.push({
          name: basename(file),
          status: 'skipped',
          reason: `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
        });
      }
    }
    for (const result of unreadable) io.stdout(`${result.name}: ${describe(result)}\n`);
    const width = Math.max(...positionals.map((f) => basename(f).length));
    const results = await services.sampleImport.importFiles(
      files,
      { roster, gradeBandId, competencyId },
      (done, total, result) => {
        io.stdout(`[${done}/${total}] ${result.name.padEnd(width)}  ${describe(result)}\n`);
      },
    );
    const all = [...unreadable, ...results];
    const count = (status: ImportResult['status']) => all.filter((r) => r.status === status).length;
    const review = results.filter((r) => (r.candidates ?? 0) > 0).length;
    io.stdout(
      `${count('imported')} imported, ${count('duplicate')} duplicate, ${count('skipped')} skipped` +
        (roster ? `; roster of ${roster.length} applied` : '') +
        (review ? `; ${review} sample(s) have suggested names to review in the app` : '') +
        '.\n',
    );
    if (count('imported') > 0 || count('skipped') === 0) return ExitCode.ok;
    return ExitCode.badInput;
  } finally {
    app.close();
  }
}

async function runExport(argv: string[], io: CliIO): Promise<ExitCode> {
  const { values } = parseCommandLine(argv, {
    workspace: { type: 'string' },
    out: { type: 'string' },
  });
  if (!values.workspace) throw new UsageError('--workspace FILE is required');
  if (!values.out) throw new UsageError('--out DIR is required');
  const app = openApp(resolve(io.cwd, values.workspace));
  try {
    const out = resolve(io.cwd, values.out);
    await mkdir(out, { recursive: true });
    const samples = app.services.samples.list();
    const taken = new Set<string>();
    for (const sample of samples) {
      // Only the anonymized file: the same bytes samples.content gives a rater.
      const file = app.services.samples.raterCopy(sample.id);
      const name = exportFileName(sample, taken);
      taken.add(name);
      await writeFile(safeJoin(out, name), file.bytes);
      const note = isSampleCode(sample.code)
        ? ''
        : `  (code "${excerpt(sample.code, 40)}" is not a Concord code)`;
      io.stdout(`${name}${note}\n`);
    }
    io.stdout(`${samples.length} sample(s) written to ${out}, as raters receive them.\n`);
    return ExitCode.ok;
  } finally {
    app.close();
  }
}

export const samplesCommand: Command = {
  name: 'samples',
  usage,
  async run(argv, io) {
    const [sub, ...rest] = argv;
    if (sub === 'import') return runImport(rest, io);
    if (sub === 'export') return runExport(rest, io);
    throw new UsageError(
      sub === undefined ? 'give a subcommand: import or export' : `unknown subcommand "${sub}"`,
    );
  },
};
