// `concord stats FILE.csv`: agreement statistics from a long ratings CSV. Imports only the
// stats engine and the CSV parser so that it starts fast (and the thread plumbing only for the
// bootstrap).
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { CliIO, Command } from '../command.js';
import { ExitCode, InputError, UsageError } from '../command.js';
import { excerpt, messageOf } from '../../domain/errors.js';
import { csvRow } from '../../formats/csv-cell.js';
import { parseRatingsCsv } from '../../formats/ratings-csv.js';
import type { ParsedRatings } from '../../formats/ratings-csv.js';
import { computeAgreementReport, RatingsDataError, STAT_KEYS } from '../../stats/index.js';
import type {
  AgreementReport,
  CiOption,
  CriterionReport,
  Stat,
  StatKey,
} from '../../stats/index.js';

/** Comma-separated keys wrapped to `width` columns, each line indented by `indent`. */
function wrapKeys(keys: readonly string[], indent: number, width: number): string {
  const lines: string[] = [];
  let line = '';
  for (const [i, k] of keys.entries()) {
    const item = i < keys.length - 1 ? `${k},` : k;
    if (line !== '' && indent + line.length + 1 + item.length > width) {
      lines.push(line);
      line = item;
    } else line = line === '' ? item : `${line} ${item}`;
  }
  lines.push(line);
  return lines.map((l) => `${' '.repeat(indent)}${l}`).join('\n');
}

const USAGE = `Usage: concord stats FILE.csv [options]

Inter-rater agreement statistics from a long ratings CSV with a header:
  sample (or sample_id), rater (or rater_id), criterion (or criterion_id; optional when there
  is one criterion), score (or level). An empty score means "not scored". Other columns are
  ignored; a round column holding several rounds needs --round.

Options:
  --levels 1,2,3,4       the rubric's full scale (default: observed minimum..maximum)
  --format table|json|csv  output format (default: table)
  --ci none|bootstrap    95% intervals by bootstrap over samples (default: bootstrap)
  --reps N               bootstrap replicates (default: 1000)
  --seed N               bootstrap seed (default: 1)
  --stats LIST           comma-separated statistics to compute (default: all):
${wrapKeys(STAT_KEYS, 25, 96)}
  --round N              use only the rows of this round

Exit codes: 0 done, 2 wrong command line, 3 bad data in the file (file, line and field named).
`;

function parseIntOption(name: string, text: string, min: number): number {
  const v = Number(text);
  if (!Number.isInteger(v) || v < min) {
    throw new UsageError(`--${name} must be an integer >= ${min}, got "${text}"`);
  }
  return v;
}

function parseLevels(text: string): number[] {
  const parts = text.split(',').map((p) => p.trim());
  const levels = parts.map((p) => Number(p));
  if (parts.some((p) => p === '') || levels.some((v) => !Number.isFinite(v))) {
    throw new UsageError(`--levels must be a comma-separated list of numbers, got "${text}"`);
  }
  if (new Set(levels).size !== levels.length) {
    throw new UsageError(`--levels repeats a level: "${text}"`);
  }
  return levels;
}

/** Observed min..max of the (integer) scores, the default scale. */
function observedScale(parsed: ParsedRatings, file: string): number[] {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < parsed.length; i++) {
    const v = parsed.score[i]!;
    if (v !== v) continue;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (min > max) {
    throw new InputError('the file holds no scores', { file, field: parsed.header.score });
  }
  if (max - min > 1000) {
    throw new InputError(`scores span ${min}..${max}: give the scale with --levels`, {
      file,
      field: parsed.header.score,
    });
  }
  const out: number[] = [];
  for (let v = min; v <= max; v++) out.push(v);
  return out;
}

export const statsCommand: Command = {
  name: 'stats',
  usage: USAGE,
  async run(argv: string[], io: CliIO) {
    let parsedArgs;
    try {
      parsedArgs = parseArgs({
        args: argv,
        allowPositionals: true,
        strict: true,
        options: {
          levels: { type: 'string' },
          format: { type: 'string', default: 'table' },
          ci: { type: 'string', default: 'bootstrap' },
          reps: { type: 'string' },
          seed: { type: 'string' },
          stats: { type: 'string' },
          round: { type: 'string' },
        },
      });
    } catch (error) {
      throw new UsageError(messageOf(error));
    }
    const { values, positionals } = parsedArgs;
    if (positionals.length !== 1) {
      throw new UsageError(
        positionals.length === 0
          ? 'give the ratings CSV file'
          : 'give exactly one ratings CSV file',
      );
    }
    const format = values.format;
    if (format !== 'table' && format !== 'json' && format !== 'csv') {
      throw new UsageError(`--format must be table, json or csv, got "${format}"`);
    }
    if (values.ci !== 'none' && values.ci !== 'bootstrap') {
      throw new UsageError(`--ci must be none or bootstrap, got "${values.ci}"`);
    }
    const reps = values.reps !== undefined ? parseIntOption('reps', values.reps, 1) : undefined;
    const seed = values.seed !== undefined ? parseIntOption('seed', values.seed, 0) : undefined;
    const ci: CiOption =
      values.ci === 'none'
        ? { kind: 'none' }
        : {
            kind: 'bootstrap',
            ...(reps !== undefined ? { reps } : {}),
            ...(seed !== undefined ? { seed } : {}),
          };
    let stats: StatKey[] | undefined;
    if (values.stats !== undefined) {
      const keys = values.stats
        .split(',')
        .map((k) => k.trim())
        .filter((k) => k !== '');
      const bad = keys.filter((k) => !(STAT_KEYS as readonly string[]).includes(k));
      if (bad.length > 0 || keys.length === 0) {
        throw new UsageError(
          `unknown statistic ${bad.length > 0 ? bad.join(', ') : '(none given)'}; valid: ${STAT_KEYS.join(', ')}`,
        );
      }
      stats = keys as StatKey[];
    }
    const levelsOpt = values.levels !== undefined ? parseLevels(values.levels) : undefined;

    // The bootstrap shares the processor's cores: the workers start while the file is read.
    const cores =
      ci.kind === 'bootstrap' ? (await import('../../jobs/shared-report.js')).startCores() : null;
    try {
      const file = positionals[0]!;
      let bytes: Buffer;
      try {
        bytes = await readFile(resolve(io.cwd, file));
      } catch (error) {
        throw new Error(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? error}`, {
          cause: error,
        });
      }
      const parsed = parseRatingsCsv(bytes, {
        file,
        ...(values.round !== undefined ? { round: values.round } : {}),
      });
      if (values.round === undefined && parsed.rounds.length > 1) {
        throw new UsageError(
          `${file}: the "${excerpt(parsed.header.round!)}" column holds several rounds (${excerpt(parsed.rounds.join(', '))}); choose one with --round N`,
        );
      }
      if (values.round !== undefined && parsed.header.round === undefined) {
        throw new UsageError(`${file}: --round was given but the file has no "round" column`);
      }
      const levels = levelsOpt ?? observedScale(parsed, file);
      let report: AgreementReport;
      try {
        const options = { levels, ci, ...(stats ? { stats } : {}) };
        report = cores
          ? await cores.report(parsed, options)
          : computeAgreementReport(parsed, options);
      } catch (error) {
        if (error instanceof RatingsDataError) {
          const field = error.field === 'score' ? parsed.header.score : parsed.header.rater;
          const also =
            error.otherRow !== undefined
              ? ` (first scored on line ${parsed.line[error.otherRow]})`
              : '';
          throw new InputError(`${error.message}${also}`, {
            file,
            line: parsed.line[error.row]!,
            field,
          });
        }
        throw error;
      }
      if (format === 'json') io.stdout(`${JSON.stringify(report, null, 2)}\n`);
      else if (format === 'csv') io.stdout(toCsv(report));
      else io.stdout(toTable(report, ci.kind === 'bootstrap'));
      return ExitCode.ok;
    } finally {
      await cores?.close();
    }
  },
};

// ---------- output formats ----------

function isStat(x: unknown): x is Stat {
  return typeof x === 'object' && x !== null && 'defined' in x && 'value' in x;
}

/** Flattens a criterion's statistics into (key path, stat) pairs, in report order. */
export function flattenStatistics(c: CriterionReport): [string, Stat][] {
  const out: [string, Stat][] = [];
  const walk = (prefix: string, node: unknown): void => {
    if (isStat(node)) {
      out.push([prefix, node]);
      return;
    }
    if (typeof node !== 'object' || node === null) return;
    for (const [k, v] of Object.entries(node)) {
      if (k === 'pairs' && Array.isArray(v)) {
        for (const p of v as { rater_a: string; rater_b: string }[]) {
          walk(`${prefix}.pairs.${p.rater_a}|${p.rater_b}`, p);
        }
        continue;
      }
      if (k === 'n_ratings' && typeof v === 'number') {
        out.push([`${prefix}.n_ratings`, { value: v, defined: true, n_used: v }]);
        continue;
      }
      walk(prefix === '' ? k : `${prefix}.${k}`, v);
    }
  };
  walk('', c.statistics);
  return out;
}

function toCsv(report: AgreementReport): string {
  const lines = ['criterion,statistic,value,defined,n_used,ci95_lower,ci95_upper'];
  for (const [crit, c] of Object.entries(report.criteria)) {
    for (const [key, st] of flattenStatistics(c)) {
      lines.push(
        csvRow([
          crit,
          key,
          st.value ?? null,
          String(st.defined),
          st.n_used,
          st.ci95_lower ?? null,
          st.ci95_upper ?? null,
        ]),
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

const LABELS: Record<string, string> = {
  exact_agreement: 'Exact agreement',
  adjacent_agreement: 'Adjacent agreement (within one level)',
  cohen_kappa: "Cohen's kappa, mean over rater pairs",
  fleiss_kappa: "Fleiss' kappa",
  conger_kappa: "Conger's kappa",
  krippendorff_alpha: "Krippendorff's alpha",
  icc: 'Intraclass correlation (ICC)',
  gwet_ac1: "Gwet's AC1",
  gwet_ac2_linear: "Gwet's AC2, linear weights",
  gwet_ac2_quadratic: "Gwet's AC2, quadratic weights",
  brennan_prediger: 'Brennan-Prediger',
  brennan_prediger_linear: 'Brennan-Prediger, linear weights',
  brennan_prediger_quadratic: 'Brennan-Prediger, quadratic weights',
  kendall_w: "Kendall's W",
  sample_mean: 'mean per sample',
  pooled_pairs: 'all pairs of scores',
  rater_pair_mean: 'mean per rater pair',
  all_raters_agree_complete_samples: 'every rater, fully scored samples',
  complete_cases: 'fully scored samples',
  count_table: 'count table',
  all_ratings_gwet: 'all ratings (missing-data form)',
  full_scale: 'full scale',
  observed_categories: 'observed levels',
  oneway_single: 'one-way, single rater',
  oneway_average: 'one-way, average of raters',
  agreement_single: 'absolute agreement, single rater',
  agreement_average: 'absolute agreement, average of raters',
  consistency_single: 'consistency, single rater',
  consistency_average: 'consistency, average of raters',
  uncorrected: 'uncorrected',
  tie_corrected: 'corrected for ties',
};

/** A criterion or rater id from the file, as the table shows it: never a terminal control. */
function shown(id: string): string {
  return excerpt(id, 120);
}

function fmt(v: number | null | undefined): string {
  return v === null || v === undefined ? '-' : v.toFixed(3);
}

function statLine(label: string, st: Stat, ciColumn: boolean, indent = '    '): string {
  const value = st.defined ? fmt(st.value).padStart(7) : '    n/a';
  const hasCi = st.ci95_lower !== undefined && st.ci95_upper !== undefined;
  const ci = hasCi
    ? ` [${fmt(st.ci95_lower)}, ${fmt(st.ci95_upper)}]`.padEnd(17)
    : ciColumn
      ? ''.padEnd(17)
      : '';
  const note = st.defined ? (st.interpretation ?? '') : `undefined: ${st.reason ?? ''}`;
  const width = 44 - indent.length;
  return `${indent}${label.padEnd(width)}${value}${ci}  ${note}${st.paradox ? ' (!)' : ''}`;
}

function toTable(report: AgreementReport, bootstrap: boolean): string {
  const out: string[] = [];
  out.push(`Scale: ${report.levels.join(', ')}`);
  for (const [crit, c] of Object.entries(report.criteria)) {
    const k = c.counts;
    out.push('');
    out.push(
      crit === '__pooled__'
        ? 'All criteria pooled (each criterion x sample is a unit)'
        : `Criterion ${shown(crit)}`,
    );
    out.push(
      `  ${k.n_samples_rated} samples rated, ${k.n_samples_pairable} with 2+ ratings, ` +
        `${k.n_samples_complete} scored by all ${k.n_raters} raters; ${k.n_ratings} ratings; ` +
        `levels used: ${k.levels_observed.join(', ') || 'none'}`,
    );
    const s = c.statistics;
    // Leave room for an interval column when intervals were computed (bootstrap, or ICC).
    const withCi = bootstrap || s.icc !== undefined;
    for (const [key, family] of Object.entries(s)) {
      if (key === 'severity' || family === undefined) continue;
      if (isStat(family)) {
        out.push(statLine(LABELS[key] ?? key, family, withCi, '  '));
        continue;
      }
      out.push(`  ${LABELS[key] ?? key}`);
      if (key === 'cohen_kappa') {
        const ck = family as NonNullable<typeof s.cohen_kappa>;
        for (const [w, st] of Object.entries(ck.mean_over_pairs)) out.push(statLine(w, st, withCi));
        if (ck.pairs.length > 0 && ck.pairs.length <= 10) {
          for (const p of ck.pairs) {
            out.push(
              statLine(
                `${shown(p.rater_a)} & ${shown(p.rater_b)} (${p.n_common} common)`,
                p.unweighted,
                withCi,
              ),
            );
          }
        }
        continue;
      }
      for (const [name, st] of Object.entries(family as Record<string, Stat>)) {
        out.push(statLine(LABELS[name] ?? name, st, withCi));
      }
    }
    if (c.kappa_paradox.detected && c.kappa_paradox.explanation) {
      out.push(`  (!) ${c.kappa_paradox.explanation}`);
    }
    if (s.severity) {
      out.push('  Rater severity (negative = harsher than the other raters of the same sample)');
      out.push(
        `    ${'rater'.padEnd(16)}${'ratings'.padStart(8)}${'mean'.padStart(8)}` +
          `${'vs median'.padStart(11)}${'vs mean'.padStart(9)}${'exact'.padStart(8)}${'adjacent'.padStart(10)}`,
      );
      for (const [rater, r] of Object.entries(s.severity.per_rater)) {
        out.push(
          `    ${shown(rater).padEnd(16)}${String(r.n_ratings).padStart(8)}${fmt(r.mean_score.value).padStart(8)}` +
            `${fmt(r.vs_median_of_others.value).padStart(11)}${fmt(r.vs_mean_of_others.value).padStart(9)}` +
            `${fmt(r.exact_with_others.value).padStart(8)}${fmt(r.adjacent_with_others.value).padStart(10)}`,
        );
      }
    }
  }
  return `${out.join('\n')}\n`;
}
