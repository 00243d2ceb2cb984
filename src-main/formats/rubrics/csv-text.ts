// The rubric formats' CSV text: reading is the shared reader (formats/csv-read.ts: quoting, line
// ends, a UTF-8 BOM, Excel's `sep=` line and the `;` or tab separator of many locales), writing
// goes through the shared cell writer (formats/csv-cell.ts).
import { csvRow } from '../csv-cell.js';

export { readCsv, sniffDelimiter } from '../csv-read.js';
export type { CsvDelimiter, CsvRecord, ReadCsvOptions } from '../csv-read.js';

const BOM = '\uFEFF';

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
