// `concord cj FILE.csv`: comparative judgement from a judgements CSV: the Bradley-Terry scale,
// its reliability, each judge's fit, and, when given, levels from anchors and the comparison with
// rubric scores. Imports only the CJ analysis and the CSV readers, so it starts fast.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseCommandLine } from '../args.js';
import type { CliIO, Command } from '../command.js';
import { ExitCode, InputError, UsageError } from '../command.js';
import { excerpt } from '../../domain/errors.js';
import {
  parseAnchorsCsv,
  parseJudgementsCsv,
  parseRubricScoresCsv,
} from '../../formats/judgements-csv.js';
import type {
  JudgementRow,
  ParsedJudgements,
  SampleValueRow,
  SampleValues,
} from '../../formats/judgements-csv.js';
import { analyseJudgements, CjInputError } from '../../stats/cj.js';
import { DEFAULT_SEED, DEFAULT_SPLITS } from '../../stats/cj-reliability.js';
import type { CjInput } from '../../stats/cj.js';
import type {
  BtSample,
  CjLevels,
  CjReliability,
  CjReport,
  JudgeFitReport,
  RubricComparison,
} from '../../stats/cj-types.js';
import type { Stat } from '../../stats/types.js';

const USAGE = `Usage: concord cj FILE.csv [options]

Comparative judgement: judges chose the better of two samples, again and again; this puts the
samples on one scale (the Bradley-Terry model), says how reliable the scale is, and how far each
judge's choices agree with the team's scale.

FILE.csv has a header and one row per judgement:
  session (optional), judge, left, right, winner (the left or the right sample),
  ms (optional: how long the judge took, in milliseconds; empty when unknown).
  Other columns are ignored.

Options:
  --anchors FILE      samples whose rubric level the team agreed (CSV: sample,level): places
                      the boundaries between levels on the scale and gives every sample a level
  --levels 1,2,3,4    the rubric's full scale, with --anchors (default: the anchors' levels)
  --rubric FILE       rubric consensus scores (CSV: sample,score) to compare the scale with
  --format table|json output format (default: table)
  --splits N          random splits of the judges for split-half reliability
                      (default: ${DEFAULT_SPLITS})
  --seed N            seed of those random splits (default: ${DEFAULT_SEED})
  --session ID        use only the judgements of this session (needed when the file holds
                      several)

Exit codes: 0 done, 2 wrong command line, 3 bad data in an input file (file, line and field
named).
`;

function parseIntOption(name: string, text: string, min: number): number {
  const v = Number(text);
  if (!/^\s*\d+\s*$/.test(text) || !Number.isSafeInteger(v) || v < min) {
    throw new UsageError(`--${name} must be a whole number of at least ${min}, not "${text}"`);
  }
  return v;
}

function parseLevels(text: string): number[] {
  const parts = text.split(',').map((p) => p.trim());
  const levels = parts.map((p) => Number(p));
  if (parts.some((p) => p === '') || levels.some((v) => !Number.isFinite(v))) {
    throw new UsageError(`--levels must be numbers separated by commas, not "${text}"`);
  }
  if (new Set(levels).size !== levels.length) {
    throw new UsageError(`--levels repeats a level: "${text}"`);
  }
  return levels;
}

async function readInput(io: CliIO, file: string): Promise<Buffer> {
  try {
    return await readFile(resolve(io.cwd, file));
  } catch (error) {
    throw new Error(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? error}`, {
      cause: error,
    });
  }
}

/** The rows of the one session to analyse (see --session). */
function sessionRows(parsed: ParsedJudgements, file: string, session?: string): JudgementRow[] {
  const column = parsed.header.session;
  const list = excerpt(parsed.sessions.join(', '), 200);
  if (session !== undefined) {
    if (column === undefined) {
      throw new UsageError(`${file}: --session was given but the file has no "session" column`);
    }
    if (!parsed.sessions.includes(session)) {
      throw new UsageError(
        `${file}: no judgements in session "${excerpt(session)}" (the file's sessions: ${list})`,
      );
    }
    return parsed.rows.filter((r) => r.session === session);
  }
  if (parsed.sessions.length > 1) {
    throw new UsageError(
      `${file}: the "${excerpt(column!)}" column holds several sessions (${list}); choose one with --session ID`,
    );
  }
  return parsed.rows;
}

/** Samples in the order they first appear in the judgements. */
function samplesOf(rows: readonly JudgementRow[]): string[] {
  const seen = new Set<string>();
  for (const r of rows) {
    seen.add(r.left);
    seen.add(r.right);
  }
  return [...seen];
}

/** Refuses an anchor that names no compared sample or a level off the given scale. */
function checkAnchors(
  anchors: SampleValues,
  file: string,
  compared: ReadonlySet<string>,
  levels: readonly number[] | undefined,
): void {
  for (const a of anchors.rows) {
    if (!compared.has(a.sample)) {
      throw new InputError(`"${excerpt(a.sample)}" is in none of the judgements analysed`, {
        file,
        line: a.line,
        field: anchors.header.sample,
      });
    }
    if (levels !== undefined && !levels.includes(a.value)) {
      throw new InputError(
        `level ${a.value} is not on the scale given by --levels (${levels.join(', ')})`,
        { file, line: a.line, field: anchors.header.value },
      );
    }
  }
}

export const cjCommand: Command = {
  name: 'cj',
  usage: USAGE,
  async run(argv: string[], io: CliIO) {
    const { values, positionals } = parseCommandLine(
      argv,
      {
        anchors: { type: 'string' },
        levels: { type: 'string' },
        rubric: { type: 'string' },
        format: { type: 'string', default: 'table' },
        splits: { type: 'string' },
        seed: { type: 'string' },
        session: { type: 'string' },
      },
      true,
    );
    if (positionals.length !== 1) {
      throw new UsageError(
        positionals.length === 0
          ? 'give the judgements CSV file'
          : 'give exactly one judgements CSV file',
      );
    }
    const format = values.format;
    if (format !== 'table' && format !== 'json') {
      throw new UsageError(`--format must be table or json, not "${format}"`);
    }
    if (values.levels !== undefined && values.anchors === undefined) {
      throw new UsageError('--levels goes with --anchors: the levels are read from the anchors');
    }
    const levels = values.levels !== undefined ? parseLevels(values.levels) : undefined;
    const splits =
      values.splits !== undefined ? parseIntOption('splits', values.splits, 1) : undefined;
    const seed = values.seed !== undefined ? parseIntOption('seed', values.seed, 0) : undefined;

    const file = positionals[0]!;
    const parsed = parseJudgementsCsv(await readInput(io, file), { file });
    const rows = sessionRows(parsed, file, values.session);
    if (rows.length === 0) throw new InputError('the file holds no judgements', { file });
    const samples = samplesOf(rows);
    const compared = new Set(samples);

    let anchors: SampleValueRow[] | undefined;
    if (values.anchors !== undefined) {
      const read = parseAnchorsCsv(await readInput(io, values.anchors), { file: values.anchors });
      checkAnchors(read, values.anchors, compared, levels);
      anchors = read.rows;
    }
    let rubric: SampleValueRow[] | undefined;
    if (values.rubric !== undefined) {
      const read = parseRubricScoresCsv(await readInput(io, values.rubric), {
        file: values.rubric,
      });
      rubric = read.rows;
    }

    const input: CjInput = {
      samples,
      judgements: rows.map(({ judge, left, right, winner, ms }) => ({
        judge,
        left,
        right,
        winner,
        ms,
      })),
      ...(anchors ? { anchors: anchors.map((a) => ({ sample: a.sample, level: a.value })) } : {}),
      ...(levels ? { levels } : {}),
      ...(rubric ? { rubric: rubric.map((r) => ({ sample: r.sample, score: r.value })) } : {}),
      ...(splits !== undefined ? { splits } : {}),
      ...(seed !== undefined ? { seed } : {}),
    };
    let report: CjReport;
    try {
      report = analyseJudgements(input);
    } catch (error) {
      // The readers refuse what the analysis would; this only turns a slip into file and line.
      if (error instanceof CjInputError && error.where.list === 'judgements') {
        const row = rows[error.where.index];
        const field = error.where.field as keyof ParsedJudgements['header'] | undefined;
        throw new InputError(error.message, {
          file,
          ...(row ? { line: row.line } : {}),
          ...(field ? { field: parsed.header[field] ?? field } : {}),
        });
      }
      throw error;
    }
    if (format === 'json') {
      io.stdout(`${JSON.stringify(report, null, 2)}\n`);
      return ExitCode.ok;
    }
    const notCompared = (rubric ?? []).filter((r) => !compared.has(r.sample)).map((r) => r.sample);
    io.stdout(toTable(report, rows, notCompared));
    return ExitCode.ok;
  },
};

// ---------- table output ----------

/** A sample or judge id from the file, as the table shows it: short, never a terminal control. */
const shown = (id: string) => excerpt(id, 40);
const fmt = (v: number | null | undefined, digits = 3) =>
  v === null || v === undefined ? '-' : v.toFixed(digits);

/**
 * Columns padded to their widest cell; `align` has one letter a column: `l` aligns left (names),
 * `r` right (figures).
 */
function grid(header: string[], rows: string[][], align: string): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    `  ${cells
      .map((c, i) => (align[i] === 'l' ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)))
      .join('  ')
      .trimEnd()}`;
  return [line(header), ...rows.map(line)];
}

/** Words wrapped at spaces to `width` columns, each line indented. */
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function wrap(text: string, width: number, indent: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && indent.length + line.length + 1 + word.length > width) {
      lines.push(indent + line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(indent + line);
  return lines;
}

function statText(st: Stat): string {
  if (!st.defined) return `n/a (${st.reason ?? 'undefined'})`;
  const hasCi = st.ci95_lower !== undefined && st.ci95_upper !== undefined;
  const ci =
    hasCi && st.ci95_lower !== null && st.ci95_upper !== null
      ? `  95% range ${fmt(st.ci95_lower)} to ${fmt(st.ci95_upper)}`
      : st.ci95_reason
        ? `  (no 95% range: ${st.ci95_reason})`
        : '';
  return `${fmt(st.value)}${ci}`;
}

const ADJUSTED: Record<NonNullable<BtSample['adjusted']>, string> = {
  won_every_comparison: 'won all',
  lost_every_comparison: 'lost all',
};

function scaleSection(report: CjReport, byAbility: BtSample[], judgements: number): string[] {
  const { fit } = report;
  const judges = report.judges.judges.length;
  const out = [
    `Scale: ${plural(fit.samples.length, 'sample')}, ${plural(judgements, 'judgement')} by ${plural(judges, 'judge')}`,
    ...wrap(
      'Ability in logits, 0 = the average sample; of two samples one logit apart, the stronger is chosen about 73 times in 100.',
      96,
      '  ',
    ),
  ];
  const rows = byAbility.map((s, i) => [
    String(i + 1),
    shown(s.sample),
    fmt(s.ability),
    fmt(s.se),
    `${s.wins}/${s.comparisons}`,
    s.adjusted ? ADJUSTED[s.adjusted] : '',
  ]);
  out.push(
    ...grid(['rank', 'sample', 'ability', 'se', 'won/compared', 'adjusted'], rows, 'rlrrrl'),
  );
  if (byAbility.some((s) => s.adjusted)) {
    out.push(
      ...wrap(
        'won all / lost all: the sample won (or lost) every comparison, so its ability is an adjusted estimate.',
        96,
        '  ',
      ),
    );
  }
  // The fit's warnings say when it did not settle, and why any sample was adjusted.
  for (const w of fit.warnings) out.push(...wrap(`Note: ${w}`, 96, '  '));
  return out;
}

function reliabilitySection(r: CjReliability): string[] {
  const split = r.split_half.defined
    ? `split-half (judges split at random, ${r.split_half.splits} splits)`
    : 'split-half (judges split at random)';
  const width = split.length + 2;
  return [
    'Reliability (how far the order would hold with other judges; 1 = fully)',
    `  ${split.padEnd(width)}${statText(r.split_half)}`,
    `  ${'scale separation'.padEnd(width)}${statText(r.scale_separation)}`,
    ...wrap(r.interpretation, 96, '  '),
  ];
}

function judgesSection(j: JudgeFitReport): string[] {
  const flag =
    j.threshold === null
      ? 'No judge is flagged: too few judges to set a threshold.'
      : `Flagged: infit above ${fmt(j.threshold, 2)} (the judges' mean + 2 SD).`;
  const out = [
    "Judges (infit and outfit about 1 = choices in line with the team's scale)",
    `  ${flag}`,
  ];
  const rows = j.judges.map((f) => [
    shown(f.judge),
    String(f.judgements),
    fmt(f.infit, 2),
    fmt(f.outfit, 2),
    f.misfit ? 'yes' : '',
    f.median_ms === null ? '-' : `${(f.median_ms / 1000).toFixed(1)} s`,
  ]);
  out.push(
    ...grid(['judge', 'judgements', 'infit', 'outfit', 'flagged', 'median time'], rows, 'lrrrlr'),
  );
  for (const f of j.judges.filter((x) => x.misfit && x.worst.length > 0)) {
    out.push(`  ${shown(f.judge)}'s most surprising choices:`);
    for (const w of f.worst) {
      const loser = w.winner === w.left ? w.right : w.left;
      out.push(
        `    chose ${shown(w.winner)} over ${shown(loser)} (the scale gave that a ${Math.round(w.expected * 100)}% chance)`,
      );
    }
  }
  return out;
}

function levelsSection(levels: CjLevels, byAbility: BtSample[]): string[] {
  const out = ['Levels (from the anchors: samples with an agreed level)'];
  if (levels.boundaries === null) {
    out.push(`  Not placed: ${levels.reason ?? 'the anchors cannot give boundaries'}.`);
    return out;
  }
  for (const b of levels.boundaries) {
    out.push(`  level ${b.above} begins above level ${b.below} at ${fmt(b.at)} logits`);
  }
  const missing = levels.levels_without_anchors ?? [];
  if (missing.length > 0) {
    out.push(
      `  No anchor at level ${missing.join(', ')}: no sample is placed there (give an anchor to place it).`,
    );
  }
  const bySample = new Map(levels.samples.map((s) => [s.sample, s]));
  const rows = byAbility.flatMap((b) => {
    const s = bySample.get(b.sample);
    if (!s) return [];
    const range =
      s.level_low === s.level_high ? String(s.level) : `${s.level_low} to ${s.level_high}`;
    return [[shown(s.sample), String(s.level), `${Math.round(s.probability * 100)}%`, range]];
  });
  out.push(
    '  probability: how likely the sample truly is at that level, given its standard error.',
  );
  out.push(...grid(['sample', 'level', 'probability', '95% range of levels'], rows, 'lrrr'));
  return out;
}

function rubricSection(r: RubricComparison, notCompared: readonly string[]): string[] {
  const out = [
    `Against the rubric scores (${r.spearman_rho.n_used} samples with both)`,
    `  Spearman's rho (rank agreement, 1 = the same order)  ${statText(r.spearman_rho)}`,
  ];
  if (notCompared.length > 0) {
    out.push(
      `  Left out, never compared: ${excerpt(notCompared.join(', '), 200)} (${notCompared.length} sample${notCompared.length === 1 ? '' : 's'} of the rubric file).`,
    );
  }
  if (r.disagreements.length === 0) {
    out.push('  Every sample has the same rank on both.');
    return out;
  }
  out.push('  Largest differences in rank (1 = strongest; tied samples share a rank):');
  const rows = r.disagreements.map((d) => [
    shown(d.sample),
    String(d.cj_rank),
    String(d.rubric_rank),
    String(d.rubric_score),
  ]);
  out.push(...grid(['sample', 'CJ rank', 'rubric rank', 'rubric score'], rows, 'lrrr'));
  return out;
}

function toTable(report: CjReport, rows: readonly JudgementRow[], notCompared: string[]): string {
  const byAbility = [...report.fit.samples].sort((a, b) => b.ability - a.ability);
  const sections = [
    scaleSection(report, byAbility, rows.length),
    reliabilitySection(report.reliability),
    judgesSection(report.judges),
  ];
  if (report.levels) sections.push(levelsSection(report.levels, byAbility));
  if (report.rubric) sections.push(rubricSection(report.rubric, notCompared));
  return `${sections.map((s) => s.join('\n')).join('\n\n')}\n`;
}
