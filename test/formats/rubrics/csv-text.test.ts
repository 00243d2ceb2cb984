import { describe, expect, it } from 'vitest';
import { restoreCsvCell } from '../../../src-main/formats/csv-cell.js';
import { readCsv, sniffDelimiter, writeCsv } from '../../../src-main/formats/rubrics/csv-text.js';
import { expectRefusal } from './helpers.js';

describe('readCsv', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, counting physical lines', () => {
    const records = readCsv('a,b\r\n"x, y","say ""hi""\nthere"\r\nlast,\n');
    expect(records.map((r) => r.fields)).toEqual([
      ['a', 'b'],
      ['x, y', 'say "hi"\nthere'],
      ['last', ''],
    ]);
    expect(records.map((r) => r.line)).toEqual([1, 2, 4]);
    expect(records[1]!.fieldLines).toEqual([2, 2]);
  });

  it('strips a BOM, skips blank lines, and accepts LF, CRLF and lone CR line ends', () => {
    const records = readCsv('\uFEFFa,b\r\rc,d\n\ne,f');
    expect(records.map((r) => [r.line, ...r.fields])).toEqual([
      [1, 'a', 'b'],
      [3, 'c', 'd'],
      [5, 'e', 'f'],
    ]);
  });

  it('turns CRLF inside a quoted field into LF', () => {
    expect(readCsv('"one\r\ntwo"')[0]!.fields).toEqual(['one\ntwo']);
  });

  it('refuses an unterminated quote at the line where it opened', () => {
    expectRefusal(
      () => readCsv('a,b\nc,"never\nclosed\n', { file: 'r.csv' }),
      'r.csv, line 2: a quoted field is not closed (a " is missing)',
    );
  });

  it('refuses text after a closing quote', () => {
    expectRefusal(
      () => readCsv('a,"b"c\n', { file: 'r.csv' }),
      'r.csv, line 1: text after the closing quote of a field (write a quote inside a quoted field as "")',
    );
  });

  it('guesses ; and tab delimiters from the first record that is not a # line', () => {
    expect(sniffDelimiter('# title: a, b, c\ncriterion;competency;1 A')).toBe(';');
    expect(sniffDelimiter('"# description: x\ny, z, w"\ncriterion\t1 A\t2 B')).toBe('\t');
    expect(sniffDelimiter('criterion,"1; A",2 B')).toBe(',');
    expect(readCsv('a;"b;c"\n1;2').map((r) => r.fields)).toEqual([
      ['a', 'b;c'],
      ['1', '2'],
    ]);
  });
  it("honours Excel's sep= line and counts it as a line", () => {
    const records = readCsv('sep=;\r\na;b,c\r\n1;2\r\n');
    expect(records.map((r) => [r.line, ...r.fields])).toEqual([
      [2, 'a', 'b,c'],
      [3, '1', '2'],
    ]);
  });
});

describe('writeCsv', () => {
  it('quotes only what needs it and reads back the same, formulas defused', () => {
    const rows = [
      ['plain', 'a,b', 'say "x"', 'two\nlines', ' padded ', 'semi;colon', ''],
      ['é', '数学', '=1+1', '#hash', 'tab\tin', '"', ','],
    ];
    const text = writeCsv(rows);
    expect(text.split('\r\n')[0]).toBe(
      'plain,"a,b","say ""x""","two\nlines"," padded ","semi;colon",',
    );
    const read = readCsv(text).map((r) => r.fields);
    // The formula cell comes back with the apostrophe that defused it; the rubric reader drops it.
    expect(read[1]![2]).toBe("'=1+1");
    expect(read.map((row) => row.map(restoreCsvCell))).toEqual(rows);
    expect(writeCsv([['a']], { bom: true, eol: '\n' })).toBe('\uFEFFa\n');
  });
});
