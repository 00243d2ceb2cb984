// Scanning the ratings CSV (ratings-csv.ts): fields, then the rows, each field checked for its
// column's role. The row loop is the hot path: it reads bytes with local variables and the
// constants of this module, and goes through the scanner only for quoted fields.
import { excerpt, InputError } from '../domain/errors.js';
import { TEXT_AFTER_QUOTE, UNCLOSED_QUOTE } from './csv-read.js';
import type { Header } from './ratings-csv-header.js';
import type { RatingColumns, RoundFilter } from './ratings-csv-columns.js';
import type { Interner } from './ratings-csv-interner.js';

export const COMMA = 44;
export const SEMICOLON = 59;
export const TAB = 9;
const QUOTE = 34;
const LF = 10;
const CR = 13;
const SPACE = 32;

/** What each column is read as (the header resolves names to these). */
export const ROLE_SAMPLE = 0;
export const ROLE_RATER = 1;
export const ROLE_CRITERION = 2;
export const ROLE_SCORE = 3;
export const ROLE_ROUND = 4;
export const ROLE_SESSION = 5;

const decoder = new TextDecoder('utf-8');

/** Parses a score field: empty or NA = missing (NaN); integers, optionally with ".0". */
function parseScore(buf: Uint8Array, s: number, e: number): number | undefined {
  if (s === e) return Number.NaN;
  if (
    e - s === 2 &&
    (buf[s] === 78 || buf[s] === 110) &&
    (buf[s + 1] === 65 || buf[s + 1] === 97)
  ) {
    return Number.NaN;
  }
  let i = s;
  let neg = false;
  if (buf[i] === 45 || buf[i] === 43) {
    neg = buf[i] === 45;
    i++;
  }
  if (i === e) return undefined;
  let v = 0;
  let digits = 0;
  for (; i < e; i++) {
    const c = buf[i]!;
    if (c < 48 || c > 57) break;
    v = v * 10 + (c - 48);
    digits++;
  }
  if (digits === 0) return undefined;
  if (i < e) {
    if (buf[i] !== 46) return undefined;
    for (i++; i < e; i++) if (buf[i] !== 48) return undefined;
  }
  if (digits > 15) return undefined;
  return neg ? -v : v;
}

/** Byte scanner: `field()` reads one field into (fb, fs, fe) and returns its terminator. */
export class Scanner {
  pos = 0;
  line = 1;
  fb: Uint8Array;
  fs = 0;
  fe = 0;
  private scratch: Uint8Array = new Uint8Array(256);

  /** Tab is a blank around fields unless it separates them. */
  readonly tabBlank: boolean;

  constructor(
    readonly buf: Uint8Array,
    readonly file: string | undefined,
    /** The separator byte: `,`, `;` or tab. */
    readonly sep: number,
  ) {
    this.fb = buf;
    this.tabBlank = sep !== TAB;
  }

  /** Returns the separator, LF (also for CR / CRLF) or -1 at the end of the data. */
  field(): number {
    const buf = this.buf;
    const n = buf.length;
    const sep = this.sep;
    const tabBlank = this.tabBlank;
    let pos = this.pos;
    let c = pos < n ? buf[pos]! : -1;
    while (c === SPACE || (c === TAB && tabBlank)) c = ++pos < n ? buf[pos]! : -1;
    if (c === QUOTE) {
      pos = this.quoted(pos + 1);
      while (pos < n && (buf[pos] === SPACE || (buf[pos] === TAB && tabBlank))) pos++;
    } else {
      const s = pos;
      while (pos < n) {
        c = buf[pos]!;
        if (c === sep || c === LF || c === CR) break;
        pos++;
      }
      let e = pos;
      while (e > s && (buf[e - 1] === SPACE || (buf[e - 1] === TAB && tabBlank))) e--;
      this.fb = buf;
      this.fs = s;
      this.fe = e;
    }
    if (pos >= n) {
      this.pos = pos;
      return -1;
    }
    c = buf[pos]!;
    if (c === sep) {
      this.pos = pos + 1;
      return sep;
    }
    if (c === LF) {
      this.pos = pos + 1;
      this.line++;
      return LF;
    }
    if (c === CR) {
      this.pos = pos + 1 < n && buf[pos + 1] === LF ? pos + 2 : pos + 1;
      this.line++;
      return LF;
    }
    throw new InputError(TEXT_AFTER_QUOTE, { file: this.file, line: this.line });
  }

  /** Unescapes a quoted field starting after its opening quote; returns the position after. */
  quoted(pos: number): number {
    const buf = this.buf;
    const n = buf.length;
    const startLine = this.line;
    let len = 0;
    for (;;) {
      if (pos >= n) {
        throw new InputError(UNCLOSED_QUOTE, { file: this.file, line: startLine });
      }
      const c = buf[pos]!;
      if (c === QUOTE) {
        if (pos + 1 < n && buf[pos + 1] === QUOTE) pos++;
        else {
          pos++;
          break;
        }
      } else if (c === LF) this.line++;
      if (len === this.scratch.length) this.scratch = growBytes(this.scratch);
      this.scratch[len++] = c;
      pos++;
    }
    this.fb = this.scratch;
    this.fs = 0;
    this.fe = len;
    return pos;
  }

  /** Skips blank lines; returns false at the end of the data. */
  skipBlank(): boolean {
    const buf = this.buf;
    const n = buf.length;
    while (this.pos < n) {
      const c = buf[this.pos]!;
      if (c === LF) this.line++;
      else if (c !== CR) return true;
      this.pos++;
    }
    return false;
  }

  text(): string {
    return decoder.decode(this.fb.subarray(this.fs, this.fe));
  }
}

/** The start of a field as a message excerpt, decoding only what the excerpt can show. */
function excerptBytes(buf: Uint8Array, s: number, e: number, max = 60): string {
  // An escape is at most 4 bytes shown per byte read, a character at most 4 bytes read: 4 * max
  // bytes always fill the excerpt, and one more tells whether it was cut.
  const end = Math.min(e, s + 4 * max + 1);
  return excerpt(decoder.decode(buf.subarray(s, end)), max);
}

function growBytes(a: Uint8Array): Uint8Array {
  const b = new Uint8Array(a.length * 2);
  b.set(a);
  return b;
}

/**
 * Rows expected in the bytes from `from` on: the lines of the first 64 KiB, scaled to the rest,
 * so that the columns rarely need to grow.
 */
export function expectedRows(buf: Uint8Array, from: number): number {
  const n = buf.length;
  const probe = Math.min(n, from + 65536);
  let probeLines = 1;
  for (let i = from; i < probe; i++) if (buf[i] === LF) probeLines++;
  return Math.max(1024, Math.ceil(((n - from) / Math.max(1, probe - from)) * probeLines * 1.05));
}

/** The interned ids of each role's column. */
export interface RoleIds {
  samples: Interner;
  raters: Interner;
  criteria: Interner;
  rounds: Interner;
  sessions: Interner;
}

const emptyId = (what: string, file: string | undefined, line: number, field: string) =>
  new InputError(`the ${what} id is empty`, { file, line, field });

const notAnInteger = (
  fb: Uint8Array,
  fs: number,
  fe: number,
  file: string | undefined,
  line: number,
  field: string,
) =>
  new InputError(
    `score "${excerptBytes(fb, fs, fe)}" is not an integer (leave it empty when not scored)`,
    { file, line, field },
  );

/**
 * Reads every row from the scanner's position into `columns`, interning ids into `ids` and
 * leaving out rows of other rounds than `round`'s.
 * @throws InputError naming line and field for an empty id, a score that is not an integer, a
 *   row that ends before the last column with a role, or text after a closing quote.
 */
export function readRows(
  sc: Scanner,
  header: Header,
  ids: RoleIds,
  round: RoundFilter | null,
  columns: RatingColumns,
): void {
  // Fields are scanned inline with local variables (the hot path); quoted fields go through
  // the scanner.
  const { buf, file, sep, tabBlank } = sc;
  const { samples, raters, criteria, rounds, sessions } = ids;
  const { names, roles, lastNeeded } = header;
  const scoreName = names[header.colOf[ROLE_SCORE]!]!;
  const nCols = roles.length;
  const n = buf.length;
  let pos = sc.pos;
  let line = sc.line;
  while (pos < n) {
    let ch = buf[pos]!;
    if (ch === LF || ch === CR) {
      if (ch === LF) line++;
      pos++;
      continue;
    }
    const startLine = line;
    let col = 0;
    let s = 0;
    let r = 0;
    let c = 0;
    let v = Number.NaN;
    let ses = -1;
    let keep = true;
    for (;;) {
      ch = pos < n ? buf[pos]! : -1;
      while (ch === SPACE || (ch === TAB && tabBlank)) ch = ++pos < n ? buf[pos]! : -1;
      let fb = buf;
      let fs = pos;
      let fe: number;
      if (ch === QUOTE) {
        sc.line = line;
        pos = sc.quoted(pos + 1);
        line = sc.line;
        fb = sc.fb;
        fs = sc.fs;
        fe = sc.fe;
        while (pos < n && (buf[pos] === SPACE || (buf[pos] === TAB && tabBlank))) pos++;
      } else {
        while (pos < n) {
          ch = buf[pos]!;
          if (ch === sep || ch === LF || ch === CR) break;
          pos++;
        }
        fe = pos;
        while (fe > fs && (buf[fe - 1] === SPACE || (buf[fe - 1] === TAB && tabBlank))) fe--;
      }
      const role = col < nCols ? roles[col]! : -1;
      if (role >= 0) {
        if (role === ROLE_SAMPLE) {
          if (fe === fs) throw emptyId('sample', file, startLine, names[col]!);
          s = samples.intern(fb, fs, fe);
        } else if (role === ROLE_RATER) {
          if (fe === fs) throw emptyId('rater', file, startLine, names[col]!);
          r = raters.intern(fb, fs, fe);
        } else if (role === ROLE_CRITERION) {
          if (fe === fs) throw emptyId('criterion', file, startLine, names[col]!);
          c = criteria.intern(fb, fs, fe);
        } else if (role === ROLE_SCORE) {
          const parsed = parseScore(fb, fs, fe);
          if (parsed === undefined) throw notAnInteger(fb, fs, fe, file, startLine, scoreName);
          v = parsed;
        } else if (role === ROLE_ROUND) {
          const id = rounds.intern(fb, fs, fe);
          if (round !== null) keep = round.keeps(rounds, id);
        } else {
          ses = sessions.intern(fb, fs, fe);
        }
      }
      col++;
      if (pos >= n) break;
      ch = buf[pos]!;
      if (ch === sep) {
        pos++;
        continue;
      }
      if (ch === LF) {
        pos++;
        line++;
        break;
      }
      if (ch === CR) {
        pos++;
        if (pos < n && buf[pos] === LF) pos++;
        line++;
        break;
      }
      throw new InputError(TEXT_AFTER_QUOTE, { file, line });
    }
    if (col <= lastNeeded) {
      throw new InputError(`the row has ${col} fields, the header has ${names.length}`, {
        file,
        line: startLine,
        field: names[col]!,
      });
    }
    if (!keep) continue;
    columns.add(s, r, c, v, startLine, ses);
  }
}
