// A class roster: the owner's explicit list of student names, redacted from every sample.
// Accepted: a CSV with a header naming `first` and `last` columns (also first_name/given name,
// last_name/surname/family name) or one `name` column, or a plain list with one name a line
// ("Okafor, Maya" read as last, first). Separator, quoting, BOM and `sep=` line follow the rule
// every CSV reader shares (formats/csv-read.ts).
import { excerpt, InputError } from '../../domain/errors.js';
import { csvStart, delimiterName, readCsv } from '../csv-read.js';

const normal = (header: string) => header.toLowerCase().replace(/[\s_-]+/g, '');
const FIRST = ['first', 'firstname', 'givenname', 'given', 'forename'];
const LAST = ['last', 'lastname', 'surname', 'familyname', 'family'];
const NAME = ['name', 'fullname', 'student', 'studentname'];

/** The names on a roster, in file order, without repeats; InputError names file and line. */
export function parseRoster(text: string, file?: string): string[] {
  const { delimiter } = csvStart(text, file);
  const records = readCsv(text, { file, delimiter });
  const names: string[] = [];
  const add = (name: string, lineNo: number) => {
    const clean = name.replace(/\s+/g, ' ').trim();
    if (clean === '') throw new InputError('the name is empty', { file, line: lineNo });
    if (/[0-9@<>{}[\]]/.test(clean)) {
      throw new InputError(`"${excerpt(clean)}" does not look like a name`, { file, line: lineNo });
    }
    if (!names.includes(clean)) names.push(clean);
  };
  const first = records[0];
  if (!first) throw new InputError('the roster holds no names', { file });
  const header = first.fields.map(normal);
  const firstCol = header.findIndex((h) => FIRST.includes(h));
  const lastCol = header.findIndex((h) => LAST.includes(h));
  const nameCol = header.findIndex((h) => NAME.includes(h));
  const isCsv = (firstCol >= 0 && lastCol >= 0) || nameCol >= 0;
  if (!isCsv && header.length > 2) {
    throw new InputError('give a header with first and last (or name) columns', {
      file,
      line: first.line,
    });
  }
  for (const record of isCsv ? records.slice(1) : records) {
    const fields = record.fields.map((f) => f.trim());
    const lineNo = record.line;
    if (!isCsv) {
      // "Okafor, Maya" (last, first) in a plain list reads as "Maya Okafor".
      if (fields.length === 2) add(`${fields[1]} ${fields[0]}`, lineNo);
      else if (fields.length > 2) {
        throw new InputError(
          `more than one ${delimiterName(delimiter)}: give a header with first and last columns`,
          { file, line: lineNo },
        );
      } else add(fields[0]!, lineNo);
      continue;
    }
    if (firstCol >= 0 && lastCol >= 0) {
      const f = fields[firstCol] ?? '';
      const l = fields[lastCol] ?? '';
      if (f === '' && l === '') {
        throw new InputError('both first and last name are empty', { file, line: lineNo });
      }
      add(`${f} ${l}`, lineNo);
    } else add(fields[nameCol] ?? '', lineNo);
  }
  if (names.length === 0) throw new InputError('the roster holds no names', { file });
  return names;
}
