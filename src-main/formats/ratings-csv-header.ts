// The header of the ratings CSV (ratings-csv.ts): which column plays which role, refused when a
// role is named twice or a required one is missing.
import { excerpt, InputError } from '../domain/errors.js';
import type { CsvDelimiter } from './csv-read.js';
import { delimiterName, headerExcerpt } from './csv-read.js';
import type { Scanner } from './ratings-csv-scan.js';
import {
  ROLE_CRITERION,
  ROLE_RATER,
  ROLE_ROUND,
  ROLE_SAMPLE,
  ROLE_SCORE,
  ROLE_SESSION,
} from './ratings-csv-scan.js';
const ALIASES: Record<string, number> = {
  sample: ROLE_SAMPLE,
  sample_id: ROLE_SAMPLE,
  rater: ROLE_RATER,
  rater_id: ROLE_RATER,
  criterion: ROLE_CRITERION,
  criterion_id: ROLE_CRITERION,
  score: ROLE_SCORE,
  level: ROLE_SCORE,
  round: ROLE_ROUND,
  session: ROLE_SESSION,
  session_id: ROLE_SESSION,
};

const REQUIRED: [number, string, string][] = [
  [ROLE_SAMPLE, 'sample', '"sample" (or "sample_id")'],
  [ROLE_RATER, 'rater', '"rater" (or "rater_id")'],
  [ROLE_SCORE, 'score', '"score" (or "level")'],
];

export interface Header {
  /** The header's names, in column order. */
  names: string[];
  /** Role of each column, -1 for a column read past. */
  roles: Int32Array;
  /** Column of each role, -1 when the file has none. */
  colOf: number[];
  /** The last column that has a role: a row must reach it. */
  lastNeeded: number;
}

/** The header name used for a role, if the file has that column. */
export function headerName(header: Header, role: number): string | undefined {
  return header.colOf[role]! >= 0 ? header.names[header.colOf[role]!] : undefined;
}

/**
 * Reads the header line at the scanner (after blank lines) and resolves its columns.
 * @throws InputError naming the header line and the field for a role named twice or missing.
 */
export function readHeader(sc: Scanner, delimiter: CsvDelimiter): Header {
  sc.skipBlank();
  const line = sc.line;
  const names: string[] = [];
  for (;;) {
    const t = sc.field();
    names.push(sc.text());
    if (t !== sc.sep) break;
  }
  const roleOf: number[] = names.map((h) => ALIASES[h.trim().toLowerCase()] ?? -1);
  const colOf = [-1, -1, -1, -1, -1, -1];
  roleOf.forEach((r, i) => {
    if (r < 0) return;
    if (colOf[r]! >= 0) {
      throw new InputError(
        `the column "${excerpt(names[i]!)}" repeats "${excerpt(names[colOf[r]!]!)}"`,
        {
          file: sc.file,
          line,
          field: names[i]!,
        },
      );
    }
    colOf[r] = i;
  });
  for (const [role, field, label] of REQUIRED) {
    if (colOf[role]! < 0) {
      throw new InputError(
        `missing column ${label} in the header (${headerExcerpt(names, delimiter)}, read as separated by ${delimiterName(delimiter)})`,
        { file: sc.file, line, field },
      );
    }
  }
  return { names, roles: Int32Array.from(roleOf), colOf, lastNeeded: Math.max(...colOf) };
}
