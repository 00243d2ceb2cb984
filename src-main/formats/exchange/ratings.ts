// Ratings as exports see them: one row a rating, every id already turned into the label a reader
// sees (session id, sample code, rater alias or name, criterion name). Pure: data in, text out.
// The long CSV is exactly what `concord stats` reads (formats/ratings-csv.ts); the wide CSV is
// the one-column-per-rater layout R `irr` and spreadsheets expect.

export interface RatingRow {
  session: string;
  round: number;
  /** Sample code, e.g. S-7F3K: never a student identity. */
  sample: string;
  /** Alias (R1..Rn) unless the owner asked for names. */
  rater: string;
  criterion: string;
  /** null = "cannot score": an empty cell, which the stats reader treats as missing. */
  score: number | null;
}

export interface RatingsTable {
  rows: RatingRow[];
  /** Column order of the wide form; raters with no row still get a column. */
  raters: string[];
}

export const LONG_HEADER = ['session', 'round', 'sample', 'rater', 'criterion', 'score'] as const;

/** RFC 4180 quoting, plus a leading ' for cells a spreadsheet would run as a formula. */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csvLine(cells: (string | number | null)[]): string {
  return cells.map(csvCell).join(',');
}

/** `session,round,sample,rater,criterion,score`, LF line ends, no BOM. */
export function writeLongCsv(table: RatingsTable): string {
  const lines = [LONG_HEADER.join(',')];
  for (const r of table.rows)
    lines.push(csvLine([r.session, r.round, r.sample, r.rater, r.criterion, r.score]));
  return `${lines.join('\n')}\n`;
}

/**
 * One row per (session, round, sample, criterion), one column per rater. A rater who did not
 * score, or recorded "cannot score", leaves the cell empty (R reads it as NA).
 */
export function writeWideCsv(table: RatingsTable): string {
  const raterIndex = new Map(table.raters.map((r, i) => [r, i]));
  const units = new Map<string, { key: RatingRow; cells: (number | null)[] }>();
  for (const r of table.rows) {
    const id = JSON.stringify([r.session, r.round, r.sample, r.criterion]);
    let unit = units.get(id);
    if (!unit) {
      unit = { key: r, cells: table.raters.map(() => null) };
      units.set(id, unit);
    }
    const column = raterIndex.get(r.rater);
    if (column === undefined) throw new Error(`rater ${r.rater} has no column`);
    unit.cells[column] = r.score;
  }
  const lines = [csvLine(['session', 'round', 'sample', 'criterion', ...table.raters])];
  for (const { key, cells } of units.values())
    lines.push(csvLine([key.session, key.round, key.sample, key.criterion, ...cells]));
  return `${lines.join('\n')}\n`;
}
