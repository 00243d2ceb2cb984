// Rubric CSV, laid out so a teacher can make it in a spreadsheet:
//
//   # title: Argument writing            optional `#` lines before the header; without a title
//   # description: Grade 7 unit 2        line the title is the file name without extension
//   # grade band: 6-8
//   criterion,competency,1 Not yet,2 Emerging,3 Proficient,4 Advanced
//   Claim,Communication,States no claim,States a vague claim,...
//
// One row per criterion, one column per level. A level column header is `<value> <label>` or
// `<value>: <label>`, the columns going up from left to right; `competency` may be left out or
// empty. Other `#` lines before the header are comments. A `#` line typed across cells
// (`# title:` in A1, the title in B1) reads as one line. Cells are trimmed; empty rows and the
// empty trailing columns spreadsheets add are ignored; the separator (`,` `;` or tab), a BOM and
// Excel's `sep=` first line follow the rule every CSV reader shares (formats/csv-read.ts). The
// writer adds a UTF-8 BOM so Excel shows accents right. A file whose header is Canvas's rubric
// layout (`Rubric Name,Criteria Name,...`) is read by canvas.ts instead.
//
// The writer defuses a criterion, competency or descriptor cell that a spreadsheet would run as
// a formula (`=`, `+`, `-`, `@`, tab, CR or LF first, unless the cell is a plain number such as
// `-1`) by putting an apostrophe in front; the reader drops one leading apostrophe from such a
// cell (apostrophes followed by one of those characters), so a rubric comes back exactly as it
// went out, however often it makes the trip. The rule lives in formats/csv-cell.ts.
import { excerpt, InputError } from '../../domain/errors.js';
import { restoreCsvCell } from '../csv-cell.js';
import { readCsv } from '../csv-read.js';
import type { CsvRecord } from '../csv-read.js';
import { isCanvasHeader, parseCanvasRubric } from './canvas.js';
import { writeCsv } from './csv-text.js';
import { rubricFileProblems, titleFromFileName } from './rubric-file.js';
import type { RubricFile, RubricFileCriterion } from './rubric-file.js';
import type { PerformanceLevel } from '../../domain/rubric.js';

const CRITERION = 'criterion';
const COMPETENCY = 'competency';
const LEVEL_HEADER = /^(\d+(?:\.\d+)?)\s*(?::\s*|\s+)(\S[\s\S]*)$/;
const META_LINE = /^#\s*([a-z][a-z _-]*?)\s*:([\s\S]*)$/i;
const META_KEYS: Record<string, keyof Pick<RubricFile, 'title' | 'description' | 'gradeBand'>> = {
  title: 'title',
  description: 'description',
  gradeband: 'gradeBand',
};

interface Meta {
  value: string;
  line: number;
}

interface Row {
  record: CsvRecord;
  criterion: RubricFileCriterion;
}

export function parseRubricCsv(text: string, fileName: string): RubricFile {
  const where = (line?: number, field?: string) => ({ file: fileName, line, field });
  const records = readCsv(text, { file: fileName }).filter((r) => r.fields.some((f) => f.trim()));

  const meta = new Map<string, Meta>();
  let at = 0;
  for (; at < records.length && records[at]!.fields[0]!.trim().startsWith('#'); at++) {
    const record = records[at]!;
    const parsed = META_LINE.exec(joinCells(record.fields));
    const name = parsed ? parsed[1]!.toLowerCase().replace(/[ _-]/g, '') : '';
    if (!parsed || !Object.hasOwn(META_KEYS, name)) continue;
    const key = META_KEYS[name]!;
    const earlier = meta.get(key);
    if (earlier) {
      throw new InputError(
        `"# ${excerpt(parsed[1]!)}:" is given twice (first on line ${earlier.line})`,
        where(record.line),
      );
    }
    meta.set(key, { value: parsed[2]!.trim(), line: record.line });
  }

  const header = records[at];
  if (!header) {
    throw new InputError(
      `no header row: the file needs a row "criterion,competency,<levels>" such as "criterion,competency,1 Not yet,2 Emerging,3 Proficient"`,
      where(records.length === 0 ? 1 : records[records.length - 1]!.line),
    );
  }
  const names = header.fields.map((f) => f.trim());
  while (names.length > 0 && names[names.length - 1] === '') names.pop();
  if (isCanvasHeader(names)) return parseCanvasRubric(records.slice(at), names, fileName);

  let criterionCol = -1;
  let competencyCol = -1;
  names.forEach((name, col) => {
    const lower = name.toLowerCase();
    if (lower !== CRITERION && lower !== COMPETENCY) return;
    if ((lower === CRITERION ? criterionCol : competencyCol) >= 0) {
      throw new InputError(`the column "${lower}" appears twice`, where(header.line, name));
    }
    if (lower === CRITERION) criterionCol = col;
    else competencyCol = col;
  });
  if (criterionCol < 0) {
    throw new InputError(
      `the header has no "criterion" column (it has: ${excerpt(names.map((n) => `"${n}"`).join(', '), 100)})`,
      where(header.line, CRITERION),
    );
  }

  const levelCols: { col: number; header: string; level: PerformanceLevel }[] = [];
  names.forEach((name, col) => {
    if (col === criterionCol || col === competencyCol) return;
    if (name === '') {
      throw new InputError(
        `column ${col + 1} has no header: name it "<value> <label>" or remove it`,
        where(header.line),
      );
    }
    const level = LEVEL_HEADER.exec(name);
    if (!level) {
      throw new InputError(
        `"${excerpt(name)}" is not a level column: write it as "<value> <label>", e.g. "1 Not yet"`,
        where(header.line, name),
      );
    }
    const value = Number(level[1]);
    const twin = levelCols.find((c) => c.level.value === value);
    if (twin) {
      throw new InputError(
        `level ${value} appears twice ("${excerpt(twin.header)}" and "${excerpt(name)}")`,
        where(header.line, name),
      );
    }
    levelCols.push({ col, header: name, level: { value, label: level[2]!.trim() } });
  });

  const rows: Row[] = [];
  for (const record of records.slice(at + 1)) {
    const { fields } = record;
    let used = fields.length;
    while (used > names.length && fields[used - 1]!.trim() === '') used--;
    if (used !== names.length) {
      throw new InputError(
        `the row has ${used} columns, the header has ${names.length} (is a comma or a quote missing?)`,
        where(record.line),
      );
    }
    const descriptors: Record<string, string> = {};
    const cell = (col: number): string => restoreCsvCell(fields[col]!.trim());
    for (const { col, level } of levelCols) descriptors[String(level.value)] = cell(col);
    const competency = competencyCol < 0 ? '' : cell(competencyCol);
    rows.push({
      record,
      criterion: {
        name: cell(criterionCol),
        competency: competency === '' ? null : competency,
        descriptors,
      },
    });
  }

  const gradeBand = meta.get('gradeBand')?.value ?? '';
  const file: RubricFile = {
    title: meta.get('title')?.value ?? titleFromFileName(fileName),
    description: meta.get('description')?.value ?? '',
    gradeBand: gradeBand === '' ? null : gradeBand,
    levels: levelCols.map((c) => c.level),
    criteria: rows.map((r) => r.criterion),
  };

  const problem = rubricFileProblems(file)[0];
  if (problem) {
    if (problem.criterion !== undefined) {
      const { record } = rows[problem.criterion]!;
      const column = levelCols.find((c) => String(c.level.value) === problem.descriptor);
      if (column) {
        throw new InputError(problem.message, where(record.fieldLines[column.col], column.header));
      }
      throw new InputError(problem.message, where(record.line, names[criterionCol]));
    }
    if (problem.level !== undefined) {
      throw new InputError(problem.message, where(header.line, levelCols[problem.level]!.header));
    }
    if (problem.path === 'title') {
      throw new InputError(problem.message, where(meta.get('title')?.line, 'title'));
    }
    throw new InputError(problem.message, where(header.line));
  }
  return file;
}

/**
 * A `#` line as its author typed it: cells split by an unquoted comma in a text editor are put
 * back together, and a `# title:` cell followed by the title in the next cell reads as one.
 */
function joinCells(fields: string[]): string {
  const cells = [...fields];
  while (cells.length > 1 && cells[cells.length - 1]!.trim() === '') cells.pop();
  return cells.reduce((text, cell) =>
    text.trimEnd().endsWith(':') ? `${text.trimEnd()} ${cell.trim()}` : `${text},${cell}`,
  );
}

export function writeRubricCsv(file: RubricFile): string {
  const rows: string[][] = [[`# title: ${file.title}`]];
  if (file.description !== '') rows.push([`# description: ${file.description}`]);
  if (file.gradeBand !== null) rows.push([`# grade band: ${file.gradeBand}`]);
  rows.push([CRITERION, COMPETENCY, ...file.levels.map((l) => `${l.value} ${l.label}`)]);
  for (const criterion of file.criteria) {
    rows.push([
      criterion.name,
      criterion.competency ?? '',
      ...file.levels.map((l) => criterion.descriptors[String(l.value)] ?? ''),
    ]);
  }
  return writeCsv(rows, { bom: true });
}
