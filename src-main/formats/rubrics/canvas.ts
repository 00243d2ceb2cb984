// Canvas LMS rubric CSV: the layout of Canvas's rubric import template.
//
//   Rubric Name,Criteria Name,Criteria Description,Criteria Enable Range,Rating Name,Rating Description,Rating Points,Rating Name,...
//   Lab report,Hypothesis,Is it testable?,false,Exemplary,A testable hypothesis with a reason,4,...
//
// One row per criterion; the three rating columns repeat once per rating, and may be numbered
// ("Rating Name 1"). A row may stop early: rating columns left empty are no rating. Mapping:
//
//   Rubric Name         -> title (one rubric a file; the file name when the column is empty)
//   Criteria Name       -> criterion name
//   Rating Points       -> level value, as it is: a Concord level is a whole number from 0 to 6,
//                          so ratings worth 4, 3, 2, 1 points are levels 4, 3, 2, 1
//   Rating Name         -> level label
//   Rating Description  -> the descriptor (the rating name when the description is empty)
//
// Concord scores every criterion on one scale, so every criterion needs ratings worth the same
// points under the same names. Refused, naming line and column: ratings that differ between
// criteria, points that are not a whole number from 0 to 6, two ratings worth the same points, a
// criterion scored on a range of points (Criteria Enable Range), several rubrics in one file.
// Not read: Criteria Description (a Concord criterion is its name and its descriptors).
import { excerpt, InputError } from '../../domain/errors.js';
import { MAX_LEVELS } from '../../domain/rubric.js';
import type { CsvRecord } from '../csv-read.js';
import { rubricFileProblems, titleFromFileName } from './rubric-file.js';
import type { RubricFile } from './rubric-file.js';

const RUBRIC_NAME = 'rubric name';
const CRITERIA_NAME = 'criteria name';
const ENABLE_RANGE = 'criteria enable range';
const RATING = /^rating\s+(name|description|points)\s*(\d*)$/i;
const POINTS = /^[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)$/;
const TRUE = /^(?:true|yes|1)$/i;

/** True when a header row is Canvas's rubric layout rather than Concord's rubric CSV. */
export function isCanvasHeader(names: readonly string[]): boolean {
  return names.some((name) => name.trim().toLowerCase() === CRITERIA_NAME);
}

/** One rating's three columns, each named as a message shows it ("Rating Points 2"). */
interface RatingColumns {
  name: Column;
  description: Column;
  points: Column;
}

interface Column {
  col: number;
  field: string;
}

interface Rating {
  columns: RatingColumns;
  name: string;
  description: string;
  points: number;
}

interface Row {
  record: CsvRecord;
  name: string;
  /** In file order. */
  ratings: Rating[];
  /** By points, lowest first: the order of Concord's levels. */
  levels: Rating[];
}

/**
 * Reads a Canvas rubric CSV; `records` start with the header row, whose trimmed cells are
 * `names`. Every refusal is an InputError naming the line and the column.
 */
export function parseCanvasRubric(
  records: readonly CsvRecord[],
  names: readonly string[],
  fileName: string,
): RubricFile {
  const where = (line?: number, field?: string) => ({ file: fileName, line, field });
  const header = records[0]!;
  const fail = (message: string, line: number, field?: string): never => {
    throw new InputError(message, where(line, field));
  };

  const only = (label: string): Column | null => {
    const cols = names.flatMap((name, col) => (name.toLowerCase() === label ? [col] : []));
    if (cols.length > 1) fail(`the column "${names[cols[1]!]}" appears twice`, header.line);
    return cols.length === 0 ? null : { col: cols[0]!, field: names[cols[0]!]! };
  };
  const rubricCol = only(RUBRIC_NAME);
  const criterionCol = only(CRITERIA_NAME)!;
  const rangeCol = only(ENABLE_RANGE);
  const ratingColumns = ratingColumnsOf(names, header.line, fail);

  const rows: Row[] = [];
  let title: { value: string; line: number } | null = null;
  for (const record of records.slice(1)) {
    const cell = (col: number): string => (record.fields[col] ?? '').trim();
    const lineOf = (col: number): number => record.fieldLines[col] ?? record.line;
    const extra = record.fields.findIndex((f, col) => col >= names.length && f.trim() !== '');
    if (extra >= 0) {
      fail(
        `the row has text in column ${extra + 1}, but the header has ${names.length} columns (is a quote missing?)`,
        lineOf(extra),
      );
    }
    if (rubricCol) {
      const rubric = cell(rubricCol.col);
      if (title === null && rubric !== '') title = { value: rubric, line: record.line };
      else if (title !== null && rubric !== '' && rubric !== title.value) {
        fail(
          `this file holds more than one rubric: "${excerpt(rubric)}" here, "${excerpt(title.value)}" on line ${title.line}; Concord imports one rubric a file, so keep the rows of one`,
          lineOf(rubricCol.col),
          rubricCol.field,
        );
      }
    }
    const name = cell(criterionCol.col);
    if (rangeCol && TRUE.test(cell(rangeCol.col))) {
      fail(
        `criterion "${excerpt(name)}" is scored on a range of points; Concord scores one level per criterion, so turn the range off in Canvas (or write false here)`,
        lineOf(rangeCol.col),
        rangeCol.field,
      );
    }
    const ratings: Rating[] = [];
    for (const columns of ratingColumns) {
      const ratingName = cell(columns.name.col);
      const description = cell(columns.description.col);
      const pointsText = cell(columns.points.col);
      if (ratingName === '' && description === '' && pointsText === '') continue;
      const at = lineOf(columns.points.col);
      const shown = ratingName === '' ? 'a rating' : `the rating "${excerpt(ratingName)}"`;
      if (pointsText === '') fail(`${shown} has no points`, at, columns.points.field);
      if (!POINTS.test(pointsText)) {
        fail(`"${excerpt(pointsText)}" is not a number of points`, at, columns.points.field);
      }
      const points = Number(pointsText.replace(',', '.'));
      if (!Number.isInteger(points) || points < 0 || points > MAX_LEVELS) {
        fail(
          `${shown} is worth ${excerpt(pointsText)} points, which cannot be a Concord level: levels are whole numbers from 0 to ${MAX_LEVELS}, so give the ratings whole points such as 4, 3, 2, 1`,
          at,
          columns.points.field,
        );
      }
      const twin = ratings.find((r) => r.points === points);
      if (twin) {
        fail(
          `two ratings of "${excerpt(name)}" are worth ${points} points ("${excerpt(twin.name)}" and "${excerpt(ratingName)}"); each level needs its own points`,
          at,
          columns.points.field,
        );
      }
      ratings.push({ columns, name: ratingName, description, points });
    }
    const levels = [...ratings].sort((a, b) => a.points - b.points);
    rows.push({ record, name, ratings, levels });
  }

  const first = rows[0];
  if (first) for (const row of rows.slice(1)) sameScale(first, row, fail);

  const levels = first?.levels ?? [];
  const file: RubricFile = {
    title: title?.value ?? titleFromFileName(fileName),
    description: '',
    gradeBand: null,
    levels: levels.map((r) => ({ value: r.points, label: r.name })),
    criteria: rows.map((row) => ({
      name: row.name,
      competency: null,
      descriptors: Object.fromEntries(
        row.levels.map((r) => [String(r.points), r.description === '' ? r.name : r.description]),
      ),
    })),
  };

  // Levels come from the criteria, so without criteria the missing criteria are the cause.
  const problems = rubricFileProblems(file);
  const problem = rows.length === 0 ? problems.find((p) => p.path === 'criteria') : problems[0];
  if (!problem) return file;
  if (problem.criterion !== undefined) {
    const row = rows[problem.criterion]!;
    const rating = row.levels.find((r) => String(r.points) === problem.descriptor);
    if (rating) {
      const { col, field } = rating.columns.description;
      fail(problem.message, row.record.fieldLines[col] ?? row.record.line, field);
    }
    fail(problem.message, row.record.line, criterionCol.field);
  }
  if (problem.level !== undefined && first) {
    const rating = first.levels[problem.level]!;
    const column = problem.path.endsWith('.label') ? rating.columns.name : rating.columns.points;
    fail(problem.message, first.record.line, column.field);
  }
  if (problem.path === 'title' && rubricCol) {
    fail(problem.message, title?.line ?? header.line, rubricCol.field);
  }
  return fail(problem.message, first?.record.line ?? header.line);
}

/** The rating columns, three a rating, paired in order as Canvas pairs them. */
function ratingColumnsOf(
  names: readonly string[],
  headerLine: number,
  fail: (message: string, line: number, field?: string) => never,
): RatingColumns[] {
  const kinds: Record<string, Column[]> = { name: [], description: [], points: [] };
  names.forEach((header, col) => {
    const match = RATING.exec(header);
    if (!match) return;
    const list = kinds[match[1]!.toLowerCase()]!;
    // Repeated headers are told apart in messages by their number, as a spreadsheet user counts.
    const field = match[2] === '' ? `${header} ${list.length + 1}` : header;
    list.push({ col, field });
  });
  const { name, description, points } = kinds as Record<
    'name' | 'description' | 'points',
    Column[]
  >;
  if (points.length === 0) {
    fail(
      'the header has no "Rating Points" column: Canvas writes "Rating Name", "Rating Description" and "Rating Points" for each rating',
      headerLine,
    );
  }
  if (name.length !== points.length || description.length !== points.length) {
    fail(
      `the header has ${name.length} "Rating Name", ${description.length} "Rating Description" and ${points.length} "Rating Points" columns; Canvas writes the three for each rating`,
      headerLine,
    );
  }
  return points.map((p, i) => ({ name: name[i]!, description: description[i]!, points: p }));
}

/** Refuses a criterion whose ratings differ from the first criterion's in number, points or names. */
function sameScale(
  first: Row,
  row: Row,
  fail: (message: string, line: number, field?: string) => never,
): void {
  const lineOf = (col: number): number => row.record.fieldLines[col] ?? row.record.line;
  const theirs = `criterion "${excerpt(first.name)}" (line ${first.record.line})`;
  const ours = `criterion "${excerpt(row.name)}"`;
  const same = ' every criterion needs the same ratings, since Concord scores all on one scale';
  // Points first: a rating worth other points is the mistake, not the name it then carries.
  for (const rating of row.ratings) {
    if (first.ratings.some((r) => r.points === rating.points)) continue;
    fail(
      `${ours} has a rating worth ${rating.points} points ("${excerpt(rating.name)}"), ${theirs} has none;${same}`,
      lineOf(rating.columns.points.col),
      rating.columns.points.field,
    );
  }
  const missing = first.levels.find((r) => !row.ratings.some((o) => o.points === r.points));
  if (missing) {
    // The column where the missing rating would go: the first one this row leaves empty.
    const used = new Set(row.ratings.map((r) => r.columns));
    const empty = first.ratings.map((r) => r.columns).find((c) => !used.has(c));
    const column = (empty ?? missing.columns).points;
    fail(
      `${ours} has no rating worth ${missing.points} points ("${excerpt(missing.name)}"), which ${theirs} has;${same}`,
      lineOf(column.col),
      column.field,
    );
  }
  for (const rating of row.ratings) {
    const match = first.ratings.find((r) => r.points === rating.points)!;
    if (match.name.toLowerCase() === rating.name.toLowerCase()) continue;
    fail(
      `${ours} calls ${rating.points} points "${excerpt(rating.name)}", ${theirs} calls them "${excerpt(match.name)}";${same}`,
      lineOf(rating.columns.name.col),
      rating.columns.name.field,
    );
  }
}
