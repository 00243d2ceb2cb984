// The comparative judgement files: the judgements CSV, and the two small CSVs that go with it
// (anchors with their agreed level, rubric consensus scores).
//
// Judgements CSV, one row per judgement:
//
//   session,judge,left,right,winner,ms
//   S1,Ms Okafor,A7,B2,B2,41250
//
// - `judge`, `left`, `right`, `winner` are required; `winner` must equal `left` or `right`, and
//   `left` and `right` must differ. `session` is optional (when present, no cell may be empty);
//   `ms`, the time the judge took in milliseconds, is optional and an empty cell means unknown.
// - Header names are matched without regard to case or surrounding blanks (`judge_id` and
//   `session_id` are read too); other columns are ignored; a column named twice is refused.
// - A row whose cells are all empty is skipped (spreadsheets save such rows); a row that stops
//   before a column the file uses, or carries text past the header's last column, is refused.
//
// Anchors CSV `sample,level` and rubric scores CSV `sample,score`: one row per sample, the value a
// number, each sample once (`sample_id` is read as `sample`).
//
// Reading is the shared reader (csv-read.ts: BOM, Excel's `sep=` line, `,` `;` or tab); bytes
// must be UTF-8. Text cells are read back through `restoreCsvCell`, so an id the writer defused
// (`'-x` for `-x`) returns as it was. Every refusal is an InputError naming file, line and field
// (the header's own spelling of the column). Writing goes through csv-cell.ts, cell by cell.
import { excerpt, InputError } from '../domain/errors.js';
import type { Judgement } from '../stats/cj-types.js';
import { interval95 } from '../domain/interval.js';
import { csvRow, restoreCsvCell } from './csv-cell.js';
import type { CsvRecord } from './csv-read.js';
import { delimiterName, csvStart, headerExcerpt, readCsv } from './csv-read.js';

export interface ReadOptions {
  /** File name for error messages. */
  file?: string;
}

/** One judgement as read, with where it came from. */
export interface JudgementRow extends Judgement {
  /** The `session` cell; null when the file has no session column. */
  session: string | null;
  /** 1-based line the row starts on. */
  line: number;
}

export interface ParsedJudgements {
  rows: JudgementRow[];
  /** Distinct sessions in the order they first appear; [] without a session column. */
  sessions: string[];
  /** The header's spelling of each column the file has, for messages. */
  header: {
    judge: string;
    left: string;
    right: string;
    winner: string;
    session?: string;
    ms?: string;
  };
}

/** A row of the anchors or rubric scores CSV. */
export interface SampleValueRow {
  sample: string;
  value: number;
  line: number;
}

export interface SampleValues {
  rows: SampleValueRow[];
  /** The header's spelling of the two columns, for messages. */
  header: { sample: string; value: string };
}

const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const NAMES = ['session', 'judge', 'left', 'right', 'winner', 'ms'] as const;
type Role = (typeof NAMES)[number];
const REQUIRED = (['judge', 'left', 'right', 'winner'] as const).map((r) => [r, r] as const);
const JUDGEMENT_ALIASES: Record<string, Role> = {
  session: 'session',
  session_id: 'session',
  judge: 'judge',
  judge_id: 'judge',
  left: 'left',
  right: 'right',
  winner: 'winner',
  ms: 'ms',
};

function decode(data: Uint8Array | string, file: string | undefined): string {
  if (typeof data === 'string') return data;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    const loose = new TextDecoder('utf-8').decode(data);
    const line = loose.slice(0, loose.indexOf('\uFFFD')).split(/\r\n|\r|\n/).length;
    throw new InputError('the file is not UTF-8 text: save it as "CSV UTF-8"', { file, line });
  }
}

interface Table<R extends string> {
  /** Column of each role the file has. */
  col: Partial<Record<R, number>>;
  names: string[];
  headerLine: number;
  rows: CsvRecord[];
}

/** Reads the records and resolves the header's columns into roles. */
function readTable<R extends string>(
  text: string,
  file: string | undefined,
  aliases: Record<string, R>,
  /** Each required role with the column name a message asks for. */
  required: readonly (readonly [R, string])[],
): Table<R> {
  const { delimiter } = csvStart(text, file);
  const [header, ...rows] = readCsv(text, { file, delimiter });
  if (!header) throw new InputError('the file is empty: it needs a header row', { file });
  const names = header.fields.map((f) => f.trim());
  const col: Partial<Record<R, number>> = {};
  names.forEach((name, i) => {
    const role = aliases[name.toLowerCase()];
    if (role === undefined) return;
    const before = col[role];
    if (before !== undefined) {
      throw new InputError(`the column "${excerpt(name)}" repeats "${excerpt(names[before]!)}"`, {
        file,
        line: header.line,
        field: name,
      });
    }
    col[role] = i;
  });
  for (const [role, name] of required) {
    if (col[role] === undefined) {
      throw new InputError(
        `missing column "${name}" in the header (${headerExcerpt(names, delimiter)}, read as separated by ${delimiterName(delimiter)})`,
        { file, line: header.line, field: name },
      );
    }
  }
  return { col, names, headerLine: header.line, rows };
}

/**
 * The cells of a row by role, trimmed and restored; null for a row of empty cells.
 * @throws InputError for a row that stops before a used column or runs past the header.
 */
function cellsOf<R extends string>(
  table: Table<R>,
  record: CsvRecord,
  file: string | undefined,
): Partial<Record<R, string>> | null {
  const fields = record.fields.map((f) => f.trim());
  if (fields.every((f) => f === '')) return null;
  let used = fields.length;
  while (used > table.names.length && fields[used - 1] === '') used--;
  if (used > table.names.length) {
    throw new InputError(
      `the row has ${used} fields, the header has ${table.names.length} (is a comma or a quote missing?)`,
      { file, line: record.line },
    );
  }
  const cells: Partial<Record<R, string>> = {};
  for (const [role, c] of Object.entries(table.col) as [R, number][]) {
    if (c >= fields.length) {
      throw new InputError(
        `the row has ${fields.length} fields, the header has ${table.names.length}`,
        { file, line: record.line, field: table.names[c]! },
      );
    }
    cells[role] = restoreCsvCell(fields[c]!);
  }
  return cells;
}

/**
 * Reads a judgements CSV (see the format above).
 * @throws InputError naming file, line and field for a missing or repeated column, an empty id,
 *   a sample compared with itself, a winner that is neither sample, or a time that is not a
 *   number of milliseconds.
 */
export function parseJudgementsCsv(
  data: Uint8Array | string,
  options: ReadOptions = {},
): ParsedJudgements {
  const { file } = options;
  const table = readTable(decode(data, file), file, JUDGEMENT_ALIASES, REQUIRED);
  const nameOf = (role: Role) => table.names[table.col[role]!]!;
  const rows: JudgementRow[] = [];
  const sessions = new Set<string>();
  for (const record of table.rows) {
    const cells = cellsOf(table, record, file);
    if (cells === null) continue;
    const line = record.line;
    const where = (role: Role) => ({
      file,
      line: record.fieldLines[table.col[role]!] ?? line,
      field: nameOf(role),
    });
    for (const role of ['session', 'judge', 'left', 'right', 'winner'] as const) {
      if (cells[role] === '') throw new InputError(`the ${role} is empty`, where(role));
    }
    const { judge, left, right, winner } = cells as Record<Role, string>;
    if (left === right) {
      throw new InputError(`"${excerpt(right)}" is compared with itself`, where('right'));
    }
    if (winner !== left && winner !== right) {
      throw new InputError(
        `the winner "${excerpt(winner)}" is neither the left ("${excerpt(left)}") nor the right ("${excerpt(right)}") sample`,
        where('winner'),
      );
    }
    let ms: number | null = null;
    const time = cells.ms ?? '';
    if (time !== '') {
      ms = PLAIN_NUMBER.test(time) ? Number(time) : Number.NaN;
      if (!(ms >= 0) || !Number.isFinite(ms)) {
        throw new InputError(
          `"${excerpt(time)}" is not a time in milliseconds (a number, 0 or more; leave it empty when unknown)`,
          where('ms'),
        );
      }
    }
    const session = cells.session ?? null;
    if (session !== null) sessions.add(session);
    rows.push({ judge, left, right, winner, ms, session, line });
  }
  const header: ParsedJudgements['header'] = {
    judge: nameOf('judge'),
    left: nameOf('left'),
    right: nameOf('right'),
    winner: nameOf('winner'),
  };
  if (table.col.session !== undefined) header.session = nameOf('session');
  if (table.col.ms !== undefined) header.ms = nameOf('ms');
  return { rows, sessions: [...sessions], header };
}

/**
 * Writes judgements as a judgements CSV, CRLF line ends. The `session` column is written when any
 * judgement has a session; an unknown time is an empty `ms` cell.
 */
export function writeJudgementsCsv(
  judgements: readonly (Judgement & { session?: string | null })[],
): string {
  const withSession = judgements.some((j) => j.session !== undefined && j.session !== null);
  const header = withSession ? [...NAMES] : NAMES.filter((n) => n !== 'session');
  const lines = [csvRow(header)];
  for (const j of judgements) {
    const cells = [j.judge, j.left, j.right, j.winner, j.ms];
    lines.push(csvRow(withSession ? [j.session ?? null, ...cells] : cells));
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** Reads a `sample,<value>` CSV: each sample once, the value a number. */
function parseSampleValues(
  data: Uint8Array | string,
  valueColumn: 'level' | 'score',
  options: ReadOptions,
): SampleValues {
  const { file } = options;
  const aliases: Record<string, 'sample' | 'value'> = {
    sample: 'sample',
    sample_id: 'sample',
    [valueColumn]: 'value',
  };
  const table = readTable(decode(data, file), file, aliases, [
    ['sample', 'sample'],
    ['value', valueColumn],
  ]);
  const sampleName = table.names[table.col.sample!]!;
  const valueName = table.names[table.col.value!]!;
  const out: SampleValueRow[] = [];
  const lineOf = new Map<string, number>();
  for (const record of table.rows) {
    const cells = cellsOf(table, record, file);
    if (cells === null) continue;
    const { line } = record;
    const sample = cells.sample!;
    const text = cells.value!;
    if (sample === '') {
      throw new InputError('the sample is empty', { file, line, field: sampleName });
    }
    const first = lineOf.get(sample);
    if (first !== undefined) {
      throw new InputError(`"${excerpt(sample)}" is listed twice (first on line ${first})`, {
        file,
        line,
        field: sampleName,
      });
    }
    lineOf.set(sample, line);
    if (!PLAIN_NUMBER.test(text) || !Number.isFinite(Number(text))) {
      throw new InputError(
        text === '' ? `the ${valueColumn} is empty` : `"${excerpt(text)}" is not a number`,
        { file, line, field: valueName },
      );
    }
    out.push({ sample, value: Number(text), line });
  }
  return { rows: out, header: { sample: sampleName, value: valueName } };
}

/** Anchors: samples with the rubric level the team agreed (`sample,level`). */
export function parseAnchorsCsv(
  data: Uint8Array | string,
  options: ReadOptions = {},
): SampleValues {
  return parseSampleValues(data, 'level', options);
}

/** Rubric consensus scores (`sample,score`). */
export function parseRubricScoresCsv(
  data: Uint8Array | string,
  options: ReadOptions = {},
): SampleValues {
  return parseSampleValues(data, 'score', options);
}

/** One sample's place on the scale, as the estimates CSV writes it. */
export interface EstimateRow {
  sample: string;
  ability: number;
  se: number | null;
  wins: number;
  comparisons: number;
  adjusted: string | null;
  anchorLevel: number | null;
  level: number | null;
}

/**
 * The scale as a CSV, strongest first: `sample,ability,se,ci95_lower,ci95_upper,wins,
 * comparisons,adjusted,anchor_level,estimated_level`; an unknown value is an empty cell.
 */
export function writeEstimatesCsv(rows: readonly EstimateRow[]): string {
  const header = [
    'sample',
    'ability',
    'se',
    'ci95_lower',
    'ci95_upper',
    'wins',
    'comparisons',
    'adjusted',
    'anchor_level',
    'estimated_level',
  ];
  const lines = [csvRow(header)];
  const ordered = [...rows].sort((a, b) => b.ability - a.ability);
  for (const r of ordered) {
    const interval = interval95(r.ability, r.se);
    lines.push(
      csvRow([
        r.sample,
        r.ability,
        r.se,
        interval?.low ?? null,
        interval?.high ?? null,
        r.wins,
        r.comparisons,
        r.adjusted,
        r.anchorLevel,
        r.level,
      ]),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}
