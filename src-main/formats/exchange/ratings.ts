// Ratings as exports see them: one row a rating, every id already turned into the label a reader
// sees (session id, sample code, rater alias or name, criterion name). Pure: data in, text out.
// The long CSV is exactly what `concord stats` reads (formats/ratings-csv.ts); the wide CSV is
// the one-column-per-rater layout R `irr` and spreadsheets expect.
//
// Rater labels: a session's aliases (R1..Rn) name seats in that session only, so an export of
// one session keeps them (what the room saw), and an export across sessions labels each person
// with one alias for the whole workspace. The long CSV of such an export says so with a last
// column, `session_alias`, the alias that session showed; the wide CSV has one column per person,
// which is already what its header means.

import { excerpt } from '../../domain/errors.js';
import { csvRow } from '../csv-cell.js';

export interface RatingRow {
  session: string;
  round: number;
  /** Sample code, e.g. S-7F3K: never a student identity. */
  sample: string;
  /**
   * Alias (R1..Rn) unless the owner asked for names: the session's alias in an export of one
   * session, the person's workspace alias in an export across sessions.
   */
  rater: string;
  /** In an export across sessions: the alias this rater had in this session. */
  sessionAlias?: string;
  criterion: string;
  /** null = "cannot score": an empty cell, which the stats reader treats as missing. */
  score: number | null;
}

export interface RatingsTable {
  rows: RatingRow[];
  /** Column order of the wide form; raters with no row still get a column. */
  raters: string[];
  /** The rows span sessions: `rater` is one label per person throughout (see the header). */
  acrossSessions?: boolean;
}

export const LONG_HEADER = ['session', 'round', 'sample', 'rater', 'criterion', 'score'] as const;
/** The long CSV's last column in an export across sessions. */
export const SESSION_ALIAS_COLUMN = 'session_alias';

// Every cell goes through the one writer that defuses formulas (formats/csv-cell.ts); scores
// and rounds are plain numbers and come out as they are.
export { csvCell } from '../csv-cell.js';

/**
 * `session,round,sample,rater,criterion,score` (and `session_alias` across sessions), LF line
 * ends, no BOM.
 */
export function writeLongCsv(table: RatingsTable): string {
  const across = table.acrossSessions === true;
  const lines = [[...LONG_HEADER, ...(across ? [SESSION_ALIAS_COLUMN] : [])].join(',')];
  for (const r of table.rows) {
    const cells = [r.session, r.round, r.sample, r.rater, r.criterion, r.score];
    lines.push(csvRow(across ? [...cells, r.sessionAlias ?? null] : cells));
  }
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
