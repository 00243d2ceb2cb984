// The one rule every CSV reader follows for what a spreadsheet may put around the data, so that a
// file one reader accepts, the others accept too:
//
//   - a UTF-8 byte order mark at the start is dropped (Excel writes one with "CSV UTF-8");
//   - an Excel `sep=;` first line (also `sep=,`, `sep=<tab>`, quoted or padded with empty cells)
//     names the separator and is not a record, though it counts as line 1;
//   - otherwise the separator is the one of `,` `;` and tab found most often, outside quotes, in
//     the header: the first record that is not a `#` line (European Excel saves `;`, "Text (Tab
//     delimited)" saves tabs). A header with none is read with commas; a header with as many of
//     two separators is refused, since reading it either way could be wrong;
//   - RFC 4180 quoting: a field in double quotes may hold separators, line breaks and `""` for a
//     quote; CRLF, LF and lone CR line ends.
//
// `readCsv` reads text into records. The ratings reader scans bytes itself for speed and takes
// only `csvStartOfBytes` from here, so both see the same separator and the same first line.
import { excerpt, InputError } from '../domain/errors.js';

export type CsvDelimiter = ',' | ';' | '\t';

export interface CsvRecord {
  /** 1-based physical line where the record starts. */
  line: number;
  fields: string[];
  /** 1-based physical line where each field starts (a quoted field may span lines). */
  fieldLines: number[];
}

/** Where the records start and how they are separated. */
export interface CsvStart {
  delimiter: CsvDelimiter;
  /** Characters (or bytes, from `csvStartOfBytes`) before the first record: BOM and `sep=` line. */
  offset: number;
  /** The line the first record is on: 2 after a `sep=` line, else 1. */
  line: number;
}

export interface ReadCsvOptions {
  /** File name for error messages. */
  file?: string;
  /** Default: the file's own, by the rule above. */
  delimiter?: CsvDelimiter;
}

/** The messages every reader gives for broken quoting, so a teacher sees one wording. */
export const UNCLOSED_QUOTE = 'a quoted field is not closed (a " is missing)';
export const TEXT_AFTER_QUOTE =
  'text after the closing quote of a field (write a quote inside a quoted field as "")';

const BOM = '\uFEFF';
const SEP_LINE = /^"?sep=([,;\t])"?[,; \t]*(?:\r\n|\r|\n|$)/i;
/** A header longer than this is not a header: the separator is decided from this much. */
const HEAD_BYTES = 65536;

/** The separator and first line of `text` (see the rule above); InputError for an ambiguous header. */
export function csvStart(text: string, file?: string): CsvStart {
  return startOf(text, file);
}

/** `csvStart` for UTF-8 bytes, `offset` in bytes; only the first 64 KiB are decoded. */
export function csvStartOfBytes(bytes: Uint8Array, file?: string): CsvStart {
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const from = bom ? 3 : 0;
  // Not fatal: a character cut at the end of the window decodes as U+FFFD rather than throwing.
  const head = new TextDecoder('utf-8', { ignoreBOM: true }).decode(
    bytes.subarray(from, from + HEAD_BYTES),
  );
  const start = startOf(head, file);
  // A `sep=` line is ASCII, so its characters are its bytes.
  return { ...start, offset: start.offset + from };
}

/** The separator of `text`'s header (see the rule above); InputError when it is ambiguous. */
export function sniffDelimiter(text: string, file?: string): CsvDelimiter {
  return startOf(text, file).delimiter;
}

/** `csvStart`, or with `delimiter` given only the BOM and `sep=` line skipped. */
function startOf(text: string, file: string | undefined, delimiter?: CsvDelimiter): CsvStart {
  const bom = text.startsWith(BOM) ? 1 : 0;
  const sep = SEP_LINE.exec(bom === 0 ? text : text.slice(bom, bom + 64));
  if (sep) {
    return {
      delimiter: delimiter ?? (sep[1] as CsvDelimiter),
      offset: bom + sep[0].length,
      line: 2,
    };
  }
  return { delimiter: delimiter ?? headerDelimiter(text, bom, file), offset: bom, line: 1 };
}

/**
 * Counts `,` `;` and tab outside quotes in the first record that is not a `#` record. Quotes are
 * followed across lines, so a `#` record with a quoted line break is skipped whole.
 */
function headerDelimiter(text: string, from: number, file: string | undefined): CsvDelimiter {
  let counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  let recordStart = true;
  let skip = false;
  let content = false;
  let line = 1;
  let recordLine = 1;
  const n = Math.min(text.length, from + HEAD_BYTES);
  for (let i = from; i <= n; i++) {
    const c = i < n ? text[i] : undefined;
    if (recordStart && c !== undefined && c !== '\r' && c !== '\n') {
      if (c === ' ' || c === '\t') continue;
      skip = c === '#' || (c === '"' && text[i + 1] === '#');
      recordStart = false;
      recordLine = line;
    }
    if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) line++;
    if (c === '"') {
      quoted = !quoted;
      content = true;
    } else if (c === undefined || (!quoted && (c === '\r' || c === '\n'))) {
      if (content && !skip) break;
      counts = { ',': 0, ';': 0, '\t': 0 };
      recordStart = true;
      skip = false;
      content = false;
    } else if (!quoted && (c === ',' || c === ';' || c === '\t')) {
      counts[c]++;
      content = true;
    } else if (c !== ' ') {
      content = true;
    }
  }
  const most = Math.max(counts[','], counts[';'], counts['\t']);
  if (most === 0) return ',';
  const tied = ([',', ';', '\t'] as const).filter((d) => counts[d] === most);
  if (tied.length > 1) {
    const held = tied.map((d) =>
      d === '\t' ? `${most} tab${most === 1 ? '' : 's'}` : `${most} "${d}"`,
    );
    const lines = tied.map((d) => (d === '\t' ? 'sep= and a tab' : `sep=${d}`));
    throw new InputError(
      `the header holds ${held.join(' and ')}, so which one separates the columns is not clear: add a first line ${lines.join(' or ')} to say`,
      { file, line: recordLine },
    );
  }
  return tied[0]!;
}

/**
 * Reads every record; empty lines are skipped, so a record's `line` is how an editor counts.
 * Line breaks inside quoted fields come back as `\n` whatever the file used, so a text is the
 * same after the file went through a tool that rewrote its line ends. Unquoted fields are kept
 * as they are (readers trim what they need); blanks around a quoted field are dropped.
 */
export function readCsv(text: string, options: ReadCsvOptions = {}): CsvRecord[] {
  const { file } = options;
  const start = startOf(text, file, options.delimiter);
  const { delimiter } = start;
  const src = text;
  const n = src.length;
  const records: CsvRecord[] = [];
  let pos = start.offset;
  let line = start.line;

  const isBlank = (c: string | undefined): boolean => (c === ' ' || c === '\t') && c !== delimiter;

  while (pos < n) {
    const record: CsvRecord = { line, fields: [], fieldLines: [] };
    let quotedAny = false;
    for (;;) {
      const fieldLine = line;
      let look = pos;
      while (isBlank(src[look])) look++;
      let value: string;
      if (src[look] === '"') {
        quotedAny = true;
        pos = look + 1;
        let out = '';
        for (;;) {
          if (pos >= n) throw new InputError(UNCLOSED_QUOTE, { file, line: fieldLine });
          const c = src[pos]!;
          if (c === '"') {
            if (src[pos + 1] === '"') {
              out += '"';
              pos += 2;
              continue;
            }
            pos++;
            break;
          }
          if (c === '\r' || c === '\n') {
            out += '\n';
            pos += c === '\r' && src[pos + 1] === '\n' ? 2 : 1;
            line++;
            continue;
          }
          out += c;
          pos++;
        }
        while (isBlank(src[pos])) pos++;
        const after = src[pos];
        if (after !== undefined && after !== delimiter && after !== '\r' && after !== '\n') {
          throw new InputError(TEXT_AFTER_QUOTE, { file, line });
        }
        value = out;
      } else {
        const from = pos;
        while (pos < n) {
          const c = src[pos];
          if (c === delimiter || c === '\r' || c === '\n') break;
          pos++;
        }
        value = src.slice(from, pos);
      }
      record.fields.push(value);
      record.fieldLines.push(fieldLine);
      if (src[pos] === delimiter) {
        pos++;
        continue;
      }
      if (pos < n) {
        pos += src[pos] === '\r' && src[pos + 1] === '\n' ? 2 : 1;
        line++;
      }
      break;
    }
    const empty = !quotedAny && record.fields.length === 1 && record.fields[0] === '';
    if (!empty) records.push(record);
  }
  return records;
}

/** How a separator is named in a message: `","`, `";"` or `tab`. */
export function delimiterName(delimiter: CsvDelimiter): string {
  return delimiter === '\t' ? 'tab' : `"${delimiter}"`;
}

/** A header's cells as one short line for a message, joined by the file's own separator. */
export function headerExcerpt(names: readonly string[], delimiter: CsvDelimiter): string {
  return excerpt(names.join(delimiter === '\t' ? ' ⇥ ' : delimiter), 100);
}
