// A class roster: the owner's explicit list of student names, redacted from every sample.
// Accepted: a CSV with a header naming `first` and `last` columns (also first_name/given name,
// last_name/surname/family name) or one `name` column, or a plain list with one name a line.
import { excerpt, InputError } from '../../domain/errors.js';

/** Splits one CSV line into fields (double quotes, "" inside quotes). */
function csvFields(line: string, file: string | undefined, lineNo: number): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field.trim() === '') {
      quoted = true;
      field = '';
    } else if (ch === ',' || ch === ';' || ch === '\t') {
      fields.push(field.trim());
      field = '';
    } else field += ch;
  }
  if (quoted) throw new InputError('a quoted field is not closed', { file, line: lineNo });
  fields.push(field.trim());
  return fields;
}

const normal = (header: string) => header.toLowerCase().replace(/[\s_-]+/g, '');
const FIRST = ['first', 'firstname', 'givenname', 'given', 'forename'];
const LAST = ['last', 'lastname', 'surname', 'familyname', 'family'];
const NAME = ['name', 'fullname', 'student', 'studentname'];

/** The names on a roster, in file order, without repeats; InputError names file and line. */
export function parseRoster(text: string, file?: string): string[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  const names: string[] = [];
  const add = (name: string, lineNo: number) => {
    const clean = name.replace(/\s+/g, ' ').trim();
    if (clean === '') throw new InputError('the name is empty', { file, line: lineNo });
    if (/[0-9@<>{}[\]]/.test(clean)) {
      throw new InputError(`"${excerpt(clean)}" does not look like a name`, { file, line: lineNo });
    }
    if (!names.includes(clean)) names.push(clean);
  };
  const first = lines.findIndex((l) => l.trim() !== '');
  if (first < 0) throw new InputError('the roster holds no names', { file });
  const header = csvFields(lines[first]!, file, first + 1).map(normal);
  const firstCol = header.findIndex((h) => FIRST.includes(h));
  const lastCol = header.findIndex((h) => LAST.includes(h));
  const nameCol = header.findIndex((h) => NAME.includes(h));
  const isCsv = (firstCol >= 0 && lastCol >= 0) || nameCol >= 0;
  if (
    !isCsv &&
    header.length > 1 &&
    lines[first]!.includes(',') &&
    !/^[^,]+,\s*[^,]+$/.test(lines[first]!)
  ) {
    throw new InputError('give a header with first and last (or name) columns', {
      file,
      line: first + 1,
    });
  }
  for (let i = isCsv ? first + 1 : first; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '') continue;
    const lineNo = i + 1;
    if (!isCsv) {
      // "Okafor, Maya" (last, first) in a plain list reads as "Maya Okafor".
      const comma = line.split(',');
      if (comma.length === 2) add(`${comma[1]!.trim()} ${comma[0]!.trim()}`, lineNo);
      else if (comma.length > 2) {
        throw new InputError('more than one comma: give a header with first and last columns', {
          file,
          line: lineNo,
        });
      } else add(line, lineNo);
      continue;
    }
    const fields = csvFields(line, file, lineNo);
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
