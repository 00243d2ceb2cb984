// The ratings reader on files from spreadsheets in other locales: `;` (European Excel, with its
// BOM and `sep=` line), tab-delimited text, and what each separator means for blanks and quotes.
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src-main/domain/errors.js';
import { parseRatingsCsv } from '../../src-main/formats/ratings-csv.js';
import type { ParsedRatings } from '../../src-main/formats/ratings-csv.js';
import { refusalOf, utf8 } from '../helpers/refusal.js';

function rows(p: ParsedRatings): (string | number | null)[][] {
  return Array.from({ length: p.length }, (_, i) => [
    p.sampleIds[p.sample[i]!]!,
    p.raterIds[p.rater[i]!]!,
    p.criterionIds[p.criterion[i]!]!,
    Number.isNaN(p.score[i]!) ? null : p.score[i]!,
    p.line[i]!,
  ]);
}

const refusal = (text: string): InputError =>
  refusalOf(() => parseRatingsCsv(utf8(text), { file: 'r.csv' }), InputError);

describe('ratings CSV from spreadsheets in other locales', () => {
  it('reads a ; file with a BOM and a sep=; line, lines counted from the sep line', () => {
    const text =
      '\uFEFFsep=;\r\nSample;Rater;Criterion;Score;Round\r\nS-1;Anaïs;Claim;3;1\r\n\r\nS-1;Björn;Claim;;1\r\n';
    const parsed = parseRatingsCsv(utf8(text), { file: 'r.csv' });
    expect(rows(parsed)).toEqual([
      ['S-1', 'Anaïs', 'Claim', 3, 3],
      ['S-1', 'Björn', 'Claim', null, 5],
    ]);
    expect(parsed.rounds).toEqual(['1']);
  });

  it('reads a ; file without the sep line, as European Excel saves it', () => {
    const parsed = parseRatingsCsv('sample;rater;score\n"S-1; a";R1;2\n');
    expect(rows(parsed)).toEqual([['S-1; a', 'R1', 'all', 2, 2]]);
  });

  it('reads a tab file: a tab separates, empty fields stay empty, spaces are trimmed', () => {
    const text =
      'sample\trater\tcriterion\tscore\tnote\n S-1 \tR1\tClaim\t4\t\nS-2\tR1\tClaim\t\tx\n';
    expect(rows(parseRatingsCsv(text))).toEqual([
      ['S-1', 'R1', 'Claim', 4, 2],
      ['S-2', 'R1', 'Claim', null, 3],
    ]);
  });

  it('keeps the other separators inside quoted fields, whichever separates', () => {
    const text = 'sample;rater;criterion;score\n"a,b";"c\td";"e;f";1\n';
    expect(rows(parseRatingsCsv(text))).toEqual([['a,b', 'c\td', 'e;f', 1, 2]]);
    const tabbed = 'sample\trater\tcriterion\tscore\n"a,b"\t"c;d"\t"e\tf"\t1\n';
    expect(rows(parseRatingsCsv(tabbed))).toEqual([['a,b', 'c;d', 'e\tf', 1, 2]]);
  });

  it('says which separator it read a header with when a column is missing', () => {
    const error = refusal('sample;judge;score\nS-1;R1;2\n');
    expect(error.where).toEqual({ file: 'r.csv', line: 1, field: 'rater' });
    expect(error.message).toBe(
      'r.csv, line 1, field "rater": missing column "rater" (or "rater_id") in the header (sample;judge;score, read as separated by ";")',
    );
  });

  it('refuses an ambiguous header instead of guessing, at its line after a sep-less BOM', () => {
    const error = refusal('\uFEFF\nsample,rater;criterion;score,x\n');
    expect(error.where).toEqual({ file: 'r.csv', line: 2 });
    expect(error.message).toMatch(/holds 2 "," and 2 ";".*add a first line sep=, or sep=; to say/);
  });

  it('still names line and field for a bad score in a ; file', () => {
    const error = refusal('sep=;\nsample;rater;score\nS-1;R1;2,5\n');
    expect(error.where).toEqual({ file: 'r.csv', line: 3, field: 'score' });
  });

  it('says text after a closing quote in the words the other readers use', () => {
    expect(refusal('sample;rater;score\n"S-1"x;R1;2\n').message).toBe(
      'r.csv, line 2: text after the closing quote of a field (write a quote inside a quoted field as "")',
    );
  });
});
