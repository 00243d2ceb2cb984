// A small RFC 4180 reader and writer for files people make in spreadsheets: quoted fields with
// doubled quotes and line breaks, CRLF / LF / CR line ends, a UTF-8 BOM, and the `;` or tab
// delimiter that spreadsheets in many locales write instead of a comma.
import { InputError } from '../../domain/errors.js';
import { csvRow } from '../csv-cell.js';

export interface CsvRecord {
  /** 1-based physical line where the record starts. */
  line: number;
  fields: string[];
  /** 1-based physical line where each field starts (a quoted field may span lines). */
  fieldLines: number[];
}

export type CsvDelimiter = ',' | ';' | '\t';

export interface ReadCsvOptions {
  /** File name for error messages. */
  file?: string;
  /** Default: guessed from the first line that is not a `#` line (see `sniffDelimiter`). */
  delimiter?: CsvDelimiter;
}

const BOM = '\uFEFF';

/**
 * Reads every record; empty lines are skipped, so a record's `line` is how an editor counts.
 * Line breaks inside quoted fields come back as `\n` whatever the file used, so a text is the
 * same after the file went through a tool that rewrote its line ends.
 */
export function readCsv(text: string, options: ReadCsvOptions = {}): CsvRecord[] {
  const src = text.startsWith(BOM) ? text.slice(1) : text;
  // Excel's `sep=;` first line names the delimiter; it is not a record.
  const sep = /^sep=([,;\t])(\r\n|\r|\n|$)/i.exec(src);
  const delimiter = options.delimiter ?? (sep ? (sep[1] as CsvDelimiter) : sniffDelimiter(src));
  const n = src.length;
  const records: CsvRecord[] = [];
  let pos = sep ? sep[0].length : 0;
  let line = sep ? 2 : 1;

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
          if (pos >= n) {
            throw new InputError('a quoted field is never closed (a " is missing)', {
              file: options.file,
              line: fieldLine,
            });
          }
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
          throw new InputError(
            'text after the closing quote of a field (write a quote inside a quoted field as "")',
            { file: options.file, line },
          );
        }
        value = out;
      } else {
        const start = pos;
        while (pos < n) {
          const c = src[pos];
          if (c === delimiter || c === '\r' || c === '\n') break;
          pos++;
        }
        value = src.slice(start, pos);
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

/**
 * Guesses the delimiter from the first record that is not a `#` record: the most frequent of
 * `,`, `;` and tab outside quotes, a comma when none occurs. Quotes are followed across lines,
 * so a `#` record with a quoted line break is skipped whole.
 */
export function sniffDelimiter(text: string): CsvDelimiter {
  let counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  let recordStart = true;
  let skip = false;
  let content = false;
  for (let i = 0; i <= text.length; i++) {
    const c = text[i];
    if (recordStart && c !== undefined && c !== '\r' && c !== '\n') {
      if (c === ' ' || c === '\t') continue;
      skip = c === '#' || (c === '"' && text[i + 1] === '#');
      recordStart = false;
    }
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
  if (counts[';'] > counts[','] && counts[';'] >= counts['\t']) return ';';
  if (counts['\t'] > counts[',']) return '\t';
  return ',';
}

export interface WriteCsvOptions {
  /** Line end between records; RFC 4180 and spreadsheets expect CRLF. */
  eol?: string;
  /** Start with a UTF-8 BOM so that Excel reads accents and other non-ASCII text correctly. */
  bom?: boolean;
}

/**
 * Writes records through the shared cell writer (formats/csv-cell.ts): quoted only where needed,
 * and a cell a spreadsheet would run as a formula defused; every record ends with `eol`.
 */
export function writeCsv(
  rows: readonly (readonly string[])[],
  options: WriteCsvOptions = {},
): string {
  const eol = options.eol ?? '\r\n';
  const body = rows.map((row) => csvRow(row) + eol).join('');
  return (options.bom ? BOM : '') + body;
}
