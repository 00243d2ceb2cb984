// Ratings as exports see them: one row a rating, every id already turned into the label a reader
// sees (session id, sample code, rater alias or name, criterion name). Pure: data in, text out.
// The long CSV is exactly what `concord stats` reads (formats/ratings-csv.ts); the wide CSV is
// the one-column-per-rater layout R `irr` and spreadsheets expect.

import { excerpt } from '../../domain/errors.js';
import { csvRow } from '../csv-cell.js';

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

// Every cell goes through the one writer that defuses formulas (formats/csv-cell.ts); scores
// and rounds are plain numbers and come out as they are.
export { csvCell } from '../csv-cell.js';

/** `session,round,sample,rater,criterion,score`, LF line ends, no BOM. */
export function writeLongCsv(table: RatingsTable): string {
  const lines = [LONG_HEADER.join(',')];
  for (const r of table.rows)
    lines.push(csvRow([r.session, r.round, r.sample, r.rater, r.criterion, r.score]));
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
    if (column === undefined) throw new Error(`rater "${excerpt(r.rater)}" has no column`);
    unit.cells[column] = r.score;
  }
  const lines = [csvRow(['session', 'round', 'sample', 'criterion', ...table.raters])];
  for (const { key, cells } of units.values())
    lines.push(csvRow([key.session, key.round, key.sample, key.criterion, ...cells]));
  return `${lines.join('\n')}\n`;
}
