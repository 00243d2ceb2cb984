// The one CSV cell writer every export uses, so that no export can hand a spreadsheet a formula.
//
// A cell is written as text. RFC 4180 quoting applies when the text holds a quote, a comma, a
// line break, a `;` or a tab (readers in many locales split on those two), or starts or ends
// with a blank (readers trim unquoted cells). A spreadsheet runs a cell as a formula when it
// starts with `=`, `+`, `-` or `@`, and some also after a leading tab or CR; such a cell gets a
// leading apostrophe, which spreadsheets read as "this is text". The rule, exactly:
//
//   - A cell whose whole text is a plain decimal number (`-1`, `-0.25`, `+3`, `1e-7`) is not a
//     formula and is written as it is, whether it came as a number or as text: a score, a
//     statistic or a criterion named "-1" stays a number a spreadsheet can sum.
//   - Any other cell that starts with `=` `+` `-` `@` tab CR or LF, after any run of
//     apostrophes, gets one more apostrophe in front.
//
// Apostrophes already in front count, and LF joins the list, so that `restoreCsvCell` can take
// back exactly the apostrophe the writer added: a text starting `'=` is written `''=` and read
// back as `'=`, and a CR, which a reader may turn into LF inside a quoted cell, still restores.
// An export and import cycle therefore never grows apostrophes.

export type CsvValue = string | number | null;

const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const FORMULA_START = /^'*[=+\-@\t\r\n]/;
const DEFUSED = /^'+[=+\-@\t\r\n]/;
const NEEDS_QUOTES = /[",;\t\r\n]/;

/** True when a spreadsheet could run `text` as a formula (see the rule above). */
export function looksLikeFormula(text: string): boolean {
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text);
}

/** One cell as CSV text: empty for null, defused, then quoted where needed. */
export function csvCell(value: CsvValue): string {
  if (value === null) return '';
  const raw = String(value);
  const text = looksLikeFormula(raw) ? `'${raw}` : raw;
  const quoted = NEEDS_QUOTES.test(text) || text !== text.trim();
  return quoted ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One record: cells joined by commas, without a line end. */
export function csvRow(cells: readonly CsvValue[]): string {
  return cells.map(csvCell).join(',');
}

/**
 * The text a cell held before `csvCell` defused it: one leading apostrophe is dropped when it
 * stands before another apostrophe or a formula character. For readers of files Concord wrote,
 * or that a teacher saved from a spreadsheet after typing `'=` to keep a cell as text.
 */
export function restoreCsvCell(text: string): string {
  return DEFUSED.test(text) ? text.slice(1) : text;
}
