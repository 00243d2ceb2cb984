// The one rule every CSV reader follows (formats/csv-read.ts): BOM, Excel's `sep=` line, the
// separator found in the header outside quotes, an ambiguous header refused. Each reader is run
// on the same files, so a file one accepts the others accept, with the same lines.
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src-main/domain/errors.js';
import { csvStart, csvStartOfBytes, readCsv } from '../../src-main/formats/csv-read.js';
import { parseRatingsCsv } from '../../src-main/formats/ratings-csv.js';
import { parseRubricCsv } from '../../src-main/formats/rubrics/csv.js';
import { parseRoster } from '../../src-main/formats/samples/roster.js';
import { refusalOf, utf8 } from '../helpers/refusal.js';

const refusal = (fn: () => unknown): InputError => refusalOf(fn, InputError);

describe('where the records start and what separates them', () => {
  it.each([
    ['a,b\n1,2', ',', 0, 1],
    ['a;b\n1;2', ';', 0, 1],
    ['a\tb\n1\t2', '\t', 0, 1],
    ['\uFEFFa;b', ';', 1, 1],
    ['sep=;\r\na,b,c', ';', 7, 2],
    ['\uFEFFsep=;\na,b,c', ';', 7, 2],
    ['SEP=,\na;b;c', ',', 6, 2],
    ['"sep=;";;\na;b', ';', 10, 2],
    ['sep=\t\na;b', '\t', 6, 2],
    ['name\nMaya Okafor', ',', 0, 1],
    ['"a;b",c,d;e', ',', 0, 1],
    ['# title: a, b, c\ncriterion;x;y', ';', 0, 1],
  ] as const)('%j: %j from offset %i, line %i', (text, delimiter, offset, line) => {
    expect(csvStart(text)).toEqual({ delimiter, offset, line });
  });

  it('gives the same answer in bytes, the offset counting the BOM as 3 bytes', () => {
    expect(csvStartOfBytes(utf8('\uFEFFsep=;\r\nsample;rater'))).toEqual({
      delimiter: ';',
      offset: 10,
      line: 2,
    });
    expect(csvStartOfBytes(utf8('\uFEFFé;b\n'))).toEqual({ delimiter: ';', offset: 3, line: 1 });
  });

  it('refuses a header with as many of two separators, naming file and line', () => {
    const error = refusal(() => csvStart('\n\nsample,rater;score;x,y\n', 'r.csv'));
    expect(error.where).toEqual({ file: 'r.csv', line: 3 });
    expect(error.message).toBe(
      'r.csv, line 3: the header holds 2 "," and 2 ";", so which one separates the columns is not clear: add a first line sep=, or sep=; to say',
    );
    // The sep= line it asks for settles it.
    expect(readCsv('sep=;\nsample,rater;score;x,y\n')[0]!.fields).toEqual([
      'sample,rater',
      'score',
      'x,y',
    ]);
  });
});

describe('every reader, one rule', () => {
  // One file three ways: European Excel (BOM, sep= line, ;), tab-delimited text, and commas,
  // with quoted fields holding the other separators.
  const semicolon =
    '\uFEFFsep=;\r\nsample;rater;criterion;score\r\n"S-1,a";"Ms\tO";"Claim; main";3\r\nS-2;R2;Claim;\r\n';
  const tab =
    'sample\trater\tcriterion\tscore\n"S-1,a"\t"Ms\tO"\t"Claim; main"\t3\nS-2\tR2\tClaim\t\n';
  const comma = 'sample,rater,criterion,score\n"S-1,a","Ms\tO","Claim; main",3\nS-2,R2,Claim,\n';

  it.each([
    ['semicolon', semicolon, 3],
    ['tab', tab, 2],
    ['comma', comma, 2],
  ])('the ratings reader reads the %s file alike', (_, text, firstRow) => {
    const parsed = parseRatingsCsv(utf8(text), { file: 'r.csv' });
    expect(parsed.sampleIds).toEqual(['S-1,a', 'S-2']);
    expect(parsed.raterIds).toEqual(['Ms\tO', 'R2']);
    expect(parsed.criterionIds).toEqual(['Claim; main', 'Claim']);
    expect(Array.from(parsed.score)).toEqual([3, Number.NaN]);
    expect(Array.from(parsed.line)).toEqual([firstRow, firstRow + 1]);
  });

  it('the rubric reader reads a ; file with BOM and sep= line, and tab files', () => {
    const levels = ['1 Not yet', '2 Emerging', '3 Proficient'];
    const row = ['Claim', '', '"a, b; c"', 'vague', 'clear'];
    const semi = `\uFEFFsep=;\r\n# title: Argument\r\ncriterion;competency;${levels.join(';')}\r\n${row.join(';')}\r\n`;
    const tabbed = `# title: Argument\ncriterion\tcompetency\t${levels.join('\t')}\n${row.join('\t')}\n`;
    for (const text of [semi, tabbed]) {
      const file = parseRubricCsv(text, 'r.csv');
      expect(file.title).toBe('Argument');
      expect(file.levels.map((l) => l.label)).toEqual(['Not yet', 'Emerging', 'Proficient']);
      expect(file.criteria[0]!.descriptors).toEqual({ '1': 'a, b; c', '2': 'vague', '3': 'clear' });
    }
  });

  it('the roster reader reads a ; file with BOM and sep= line, a tab file, and quoted names', () => {
    const semi = '\uFEFFsep=;\r\nLast name;First name\r\n"Okafor, Jr.";Maya\r\nRamírez;Sofía\r\n';
    expect(parseRoster(semi, 'roster.csv')).toEqual(['Maya Okafor, Jr.', 'Sofía Ramírez']);
    expect(parseRoster('first\tlast\nMaya\tOkafor\n"Ana; Sofia"\tRamirez\n')).toEqual([
      'Maya Okafor',
      'Ana; Sofia Ramirez',
    ]);
  });

  it('every reader refuses the ambiguous header at the same line', () => {
    const text = 'sample,rater;score;x,y\n';
    for (const read of [
      () => parseRatingsCsv(text, { file: 'f.csv' }),
      () => parseRubricCsv(text, 'f.csv'),
      () => parseRoster(text, 'f.csv'),
    ]) {
      expect(refusal(read).where).toEqual({ file: 'f.csv', line: 1 });
    }
  });

  it('every reader says an unclosed quote in the same words, at the line it opened', () => {
    const message = 'f.csv, line 2: a quoted field is not closed (a " is missing)';
    expect(
      refusal(() => parseRatingsCsv('sample;rater;score\n"S;1;x;2\n', { file: 'f.csv' })).message,
    ).toBe(message);
    expect(refusal(() => parseRoster('first;last\n"Maya;Okafor\n', 'f.csv')).message).toBe(message);
    expect(refusal(() => readCsv('a;b\n"x;y\n', { file: 'f.csv' })).message).toBe(message);
  });
});
