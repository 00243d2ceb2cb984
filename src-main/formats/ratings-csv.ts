// Fast parser of the long ratings CSV (`sample,rater,criterion,score` + optional `round`,
// `session`; other columns ignored). Pure: bytes or a string in, interned columns out. Scans
// bytes once; ids are interned by hashing their bytes, and their strings are made at the end,
// once per distinct id. Quoted fields (RFC 4180, "" escapes, embedded newlines) and CRLF are
// handled; the BOM, an Excel `sep=` line and the `,` `;` or tab separator are found by the rule
// every CSV reader shares (formats/csv-read.ts).
//
// Steps: the header's columns (ratings-csv-header.ts), then the rows (ratings-csv-scan.ts, with
// the byte scanner), kept in growing columns (ratings-csv-columns.ts) with ids interned from the
// bytes (ratings-csv-interner.ts).
import { csvStartOfBytes } from './csv-read.js';
import { RatingColumns, RoundFilter } from './ratings-csv-columns.js';
import { headerName, readHeader } from './ratings-csv-header.js';
import { Interner } from './ratings-csv-interner.js';
import {
  COMMA,
  expectedRows,
  readRows,
  ROLE_CRITERION,
  ROLE_RATER,
  ROLE_ROUND,
  ROLE_SAMPLE,
  ROLE_SCORE,
  Scanner,
  SEMICOLON,
  TAB,
} from './ratings-csv-scan.js';
import type { RatingsColumns } from '../stats/types.js';

export interface ParsedRatings extends RatingsColumns {
  /** 1-based line in the file where each row starts (header = line 1). */
  line: Int32Array;
  /** Header name actually used for each role (for error messages). */
  header: { sample: string; rater: string; criterion?: string; score: string; round?: string };
  /** Distinct values of the `round` column among the rows read ([] without the column). */
  rounds: string[];
  /** Session id per row (-1 without a `session` column) and the distinct session ids. */
  session: Int32Array;
  sessionIds: string[];
}

export interface ParseOptions {
  /** File name used in error messages. */
  file?: string;
  /** Keep only rows of this round (compared as text, or as numbers when both are numeric). */
  round?: string;
  /** Id of the criterion when the file has no criterion column. */
  singleCriterion?: string;
}

const encoder = new TextEncoder();

export function parseRatingsCsv(
  data: Uint8Array | string,
  options: ParseOptions = {},
): ParsedRatings {
  // A plain Uint8Array view (not a Buffer subclass) keeps element access monomorphic.
  const buf =
    typeof data === 'string'
      ? encoder.encode(data)
      : new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  const start = csvStartOfBytes(buf, options.file);
  const sep = start.delimiter === ',' ? COMMA : start.delimiter === ';' ? SEMICOLON : TAB;
  const sc = new Scanner(buf, options.file, sep);
  sc.pos = start.offset;
  sc.line = start.line;
  const header = readHeader(sc, start.delimiter);

  const columns = new RatingColumns(expectedRows(buf, sc.pos));
  const ids = {
    samples: new Interner(),
    raters: new Interner(),
    criteria: new Interner(),
    rounds: new Interner(),
    sessions: new Interner(),
  };
  const wantRound = options.round?.trim();
  if (header.colOf[ROLE_CRITERION]! < 0) {
    const b = encoder.encode(options.singleCriterion ?? 'all');
    ids.criteria.intern(b, 0, b.length);
  }
  readRows(sc, header, ids, wantRound !== undefined ? new RoundFilter(wantRound) : null, columns);

  const rows = columns.length;
  const roundName = headerName(header, ROLE_ROUND);
  const critName = headerName(header, ROLE_CRITERION);
  return {
    length: rows,
    sample: columns.sample.subarray(0, rows),
    rater: columns.rater.subarray(0, rows),
    criterion: columns.criterion.subarray(0, rows),
    score: columns.score.subarray(0, rows),
    line: columns.line.subarray(0, rows),
    session: columns.session.subarray(0, rows),
    sampleIds: ids.samples.all(),
    raterIds: ids.raters.all(),
    criterionIds: ids.criteria.all(),
    sessionIds: ids.sessions.all(),
    rounds: ids.rounds.all(),
    header: {
      sample: headerName(header, ROLE_SAMPLE)!,
      rater: headerName(header, ROLE_RATER)!,
      score: headerName(header, ROLE_SCORE)!,
      ...(critName !== undefined ? { criterion: critName } : {}),
      ...(roundName !== undefined ? { round: roundName } : {}),
    },
  };
}
