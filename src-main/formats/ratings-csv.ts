// Fast parser of the long ratings CSV (`sample,rater,criterion,score` + optional `round`,
// `session`; other columns ignored). Pure: bytes or a string in, interned columns out. Scans
// bytes once; ids are interned by hashing their bytes, and their strings are made at the end,
// once per distinct id. Quoted fields (RFC 4180, "" escapes, embedded newlines) and CRLF are
// handled; the BOM, an Excel `sep=` line and the `,` `;` or tab separator are found by the rule
// every CSV reader shares (formats/csv-read.ts).
import { excerpt, InputError } from '../domain/errors.js';
import {
  csvStartOfBytes,
  delimiterName,
  headerExcerpt,
  TEXT_AFTER_QUOTE,
  UNCLOSED_QUOTE,
} from './csv-read.js';
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

const ROLE_SAMPLE = 0;
const ROLE_RATER = 1;
const ROLE_CRITERION = 2;
const ROLE_SCORE = 3;
const ROLE_ROUND = 4;
const ROLE_SESSION = 5;
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

const COMMA = 44;
const SEMICOLON = 59;
const QUOTE = 34;
const LF = 10;
const CR = 13;
const SPACE = 32;
const TAB = 9;

const decoder = new TextDecoder('utf-8');
const encoder = new TextEncoder();

/**
 * Interns byte strings: open addressing on an FNV-1a hash; keys kept in a byte pool. Typed
 * arrays keep hashes unboxed; the last key is remembered because rows usually repeat it.
 */
class Interner {
  /** Number of distinct keys. */
  size = 0;
  private ascii = true;
  private slots = new Int32Array(1024).fill(-1);
  private hashes = new Int32Array(256);
  private starts = new Int32Array(257);
  private pool = new Uint8Array(4096);
  private poolUsed = 0;
  private last = -1;

  intern(buf: Uint8Array, s: number, e: number): number {
    const len = e - s;
    const pool = this.pool;
    const last = this.last;
    if (last >= 0) {
      const ls = this.starts[last]!;
      if (this.starts[last + 1]! - ls === len) {
        let i = 0;
        while (i < len && pool[ls + i] === buf[s + i]) i++;
        if (i === len) return last;
      }
    }
    let h = 0x811c9dc5 | 0;
    for (let i = s; i < e; i++) h = Math.imul(h ^ buf[i]!, 0x01000193);
    const mask = this.slots.length - 1;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const id = this.slots[slot]!;
      if (id < 0) return (this.last = this.add(buf, s, e, h, slot));
      if (this.hashes[id] !== h) continue;
      const start = this.starts[id]!;
      if (this.starts[id + 1]! - start !== len) continue;
      let i = 0;
      while (i < len && pool[start + i] === buf[s + i]) i++;
      if (i === len) return (this.last = id);
    }
  }

  private add(buf: Uint8Array, s: number, e: number, h: number, slot: number): number {
    const id = this.size++;
    const len = e - s;
    if (this.poolUsed + len > this.pool.length) {
      const grown = new Uint8Array(Math.max(this.pool.length * 2, this.poolUsed + len));
      grown.set(this.pool.subarray(0, this.poolUsed));
      this.pool = grown;
    }
    if (id + 2 > this.starts.length) {
      const starts = new Int32Array(this.starts.length * 2);
      starts.set(this.starts);
      this.starts = starts;
      const hashes = new Int32Array(this.hashes.length * 2);
      hashes.set(this.hashes);
      this.hashes = hashes;
    }
    const pool = this.pool;
    let o = this.poolUsed;
    for (let i = s; i < e; i++) {
      const b = buf[i]!;
      pool[o++] = b;
      if (b >= 0x80) this.ascii = false;
    }
    this.poolUsed = o;
    this.starts[id + 1] = o;
    this.hashes[id] = h;
    this.slots[slot] = id;
    if (this.size * 2 > this.slots.length) this.rehash();
    return id;
  }

  /** The string of one key. */
  idAt(id: number): string {
    return decoder.decode(this.pool.subarray(this.starts[id]!, this.starts[id + 1]!));
  }

  /**
   * All keys as strings, in id order. Decoded lazily and at once: for ASCII keys (byte offsets
   * = character offsets) one decode of the pool plus a slice per key.
   */
  all(): string[] {
    const out = new Array<string>(this.size);
    if (this.ascii) {
      const text = decoder.decode(this.pool.subarray(0, this.poolUsed));
      for (let id = 0; id < this.size; id++) {
        out[id] = text.slice(this.starts[id]!, this.starts[id + 1]!);
      }
    } else {
      for (let id = 0; id < this.size; id++) out[id] = this.idAt(id);
    }
    return out;
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2).fill(-1);
    const mask = slots.length - 1;
    for (let id = 0; id < this.size; id++) {
      let slot = this.hashes[id]! & mask;
      while (slots[slot]! >= 0) slot = (slot + 1) & mask;
      slots[slot] = id;
    }
    this.slots = slots;
  }
}

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
class Scanner {
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

export function parseRatingsCsv(
  data: Uint8Array | string,
  options: ParseOptions = {},
): ParsedRatings {
  // A plain Uint8Array view (not a Buffer subclass) keeps element access monomorphic.
  const buf =
    typeof data === 'string'
      ? encoder.encode(data)
      : new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  const file = options.file;
  const n = buf.length;
  const start = csvStartOfBytes(buf, file);
  const sep = start.delimiter === ',' ? COMMA : start.delimiter === ';' ? SEMICOLON : TAB;
  const tabBlank = sep !== TAB;
  const sc = new Scanner(buf, file, sep);
  sc.pos = start.offset;
  sc.line = start.line;

  // Header.
  sc.skipBlank();
  const headerLine = sc.line;
  const names: string[] = [];
  for (;;) {
    const t = sc.field();
    names.push(sc.text());
    if (t !== sep) break;
  }
  const roleOf: number[] = names.map((h) => ALIASES[h.trim().toLowerCase()] ?? -1);
  const colOf = [-1, -1, -1, -1, -1, -1];
  roleOf.forEach((r, i) => {
    if (r < 0) return;
    if (colOf[r]! >= 0) {
      throw new InputError(
        `the column "${excerpt(names[i]!)}" repeats "${excerpt(names[colOf[r]!]!)}"`,
        {
          file,
          line: headerLine,
          field: names[i]!,
        },
      );
    }
    colOf[r] = i;
  });
  const required: [number, string, string][] = [
    [ROLE_SAMPLE, 'sample', '"sample" (or "sample_id")'],
    [ROLE_RATER, 'rater', '"rater" (or "rater_id")'],
    [ROLE_SCORE, 'score', '"score" (or "level")'],
  ];
  for (const [role, field, label] of required) {
    if (colOf[role]! < 0) {
      throw new InputError(
        `missing column ${label} in the header (${headerExcerpt(names, start.delimiter)}, read as separated by ${delimiterName(start.delimiter)})`,
        { file, line: headerLine, field },
      );
    }
  }
  const headerName = (role: number): string | undefined =>
    colOf[role]! >= 0 ? names[colOf[role]!] : undefined;
  const scoreName = headerName(ROLE_SCORE)!;
  const lastNeeded = Math.max(...colOf);
  const roles = Int32Array.from(roleOf);
  const nCols = roles.length;

  // Row arrays start from an estimate (bytes of the first 64 KiB per line) and grow.
  const probe = Math.min(n, sc.pos + 65536);
  let probeLines = 1;
  for (let i = sc.pos; i < probe; i++) if (buf[i] === LF) probeLines++;
  let capacity = Math.max(
    1024,
    Math.ceil(((n - sc.pos) / Math.max(1, probe - sc.pos)) * probeLines * 1.05),
  );
  let sample = new Int32Array(capacity);
  let rater = new Int32Array(capacity);
  let criterion = new Int32Array(capacity);
  let score = new Float64Array(capacity);
  let rowLine = new Int32Array(capacity);
  let session = new Int32Array(capacity);

  const samples = new Interner();
  const raters = new Interner();
  const criteria = new Interner();
  const rounds = new Interner();
  const sessions = new Interner();
  const wantRound = options.round?.trim();
  const wantRoundNum = wantRound !== undefined && wantRound !== '' ? Number(wantRound) : Number.NaN;
  const keptRound: boolean[] = [];
  const hasCriterion = colOf[ROLE_CRITERION]! >= 0;
  if (!hasCriterion) {
    const b = encoder.encode(options.singleCriterion ?? 'all');
    criteria.intern(b, 0, b.length);
  }
  const emptyId = (what: string, line: number, col: number): InputError =>
    new InputError(`the ${what} id is empty`, { file, line, field: names[col]! });

  // Row loop: fields are scanned inline with local variables (the hot path); quoted fields
  // go through the scanner.
  let rows = 0;
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
          if (fe === fs) throw emptyId('sample', startLine, col);
          s = samples.intern(fb, fs, fe);
        } else if (role === ROLE_RATER) {
          if (fe === fs) throw emptyId('rater', startLine, col);
          r = raters.intern(fb, fs, fe);
        } else if (role === ROLE_CRITERION) {
          if (fe === fs) throw emptyId('criterion', startLine, col);
          c = criteria.intern(fb, fs, fe);
        } else if (role === ROLE_SCORE) {
          const parsed = parseScore(fb, fs, fe);
          if (parsed === undefined) {
            throw new InputError(
              `score "${excerptBytes(fb, fs, fe)}" is not an integer (leave it empty when not scored)`,
              { file, line: startLine, field: scoreName },
            );
          }
          v = parsed;
        } else if (role === ROLE_ROUND) {
          const id = rounds.intern(fb, fs, fe);
          if (wantRound !== undefined) {
            let k = keptRound[id];
            if (k === undefined) {
              const text = rounds.idAt(id);
              k =
                text === wantRound ||
                (!Number.isNaN(wantRoundNum) && text !== '' && Number(text) === wantRoundNum);
              keptRound[id] = k;
            }
            keep = k;
          }
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
    if (rows === capacity) {
      capacity *= 2;
      sample = growInt(sample, capacity);
      rater = growInt(rater, capacity);
      criterion = growInt(criterion, capacity);
      rowLine = growInt(rowLine, capacity);
      session = growInt(session, capacity);
      const grown = new Float64Array(capacity);
      grown.set(score);
      score = grown;
    }
    sample[rows] = s;
    rater[rows] = r;
    criterion[rows] = c;
    score[rows] = v;
    rowLine[rows] = startLine;
    session[rows] = ses;
    rows++;
  }
  const roundName = headerName(ROLE_ROUND);
  const critName = headerName(ROLE_CRITERION);
  return {
    length: rows,
    sample: sample.subarray(0, rows),
    rater: rater.subarray(0, rows),
    criterion: criterion.subarray(0, rows),
    score: score.subarray(0, rows),
    line: rowLine.subarray(0, rows),
    session: session.subarray(0, rows),
    sampleIds: samples.all(),
    raterIds: raters.all(),
    criterionIds: criteria.all(),
    sessionIds: sessions.all(),
    rounds: rounds.all(),
    header: {
      sample: headerName(ROLE_SAMPLE)!,
      rater: headerName(ROLE_RATER)!,
      score: scoreName,
      ...(critName !== undefined ? { criterion: critName } : {}),
      ...(roundName !== undefined ? { round: roundName } : {}),
    },
  };
}

/** The start of a field as a message excerpt, decoding only what the excerpt can show. */
function excerptBytes(buf: Uint8Array, s: number, e: number, max = 60): string {
  // An escape is at most 4 bytes shown per byte read, a character at most 4 bytes read: 4 * max
  // bytes always fill the excerpt, and one more tells whether it was cut.
  const end = Math.min(e, s + 4 * max + 1);
  return excerpt(decoder.decode(buf.subarray(s, end)), max);
}

function growInt(a: Int32Array, size: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(size);
  b.set(a);
  return b;
}

function growBytes(a: Uint8Array): Uint8Array {
  const b = new Uint8Array(a.length * 2);
  b.set(a);
  return b;
}
