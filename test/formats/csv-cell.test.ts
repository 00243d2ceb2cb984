// The one CSV cell writer: RFC 4180 quoting, formulas defused, plain numbers kept, and the
// reader's way back that never grows apostrophes.
import { describe, expect, it } from 'vitest';
import {
  csvCell,
  csvRow,
  looksLikeFormula,
  restoreCsvCell,
} from '../../src-main/formats/csv-cell.js';
import { readCsv } from '../../src-main/formats/rubrics/csv-text.js';

const TRIGGERS = ['=', '+', '-', '@', '\t', '\r'];

describe('csvCell', () => {
  it('quotes what RFC 4180 and locale readers need, and nothing else', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('semi;colon')).toBe('"semi;colon"');
    expect(csvCell('tab\tinside')).toBe('"tab\tinside"');
    expect(csvCell(' padded ')).toBe('" padded "');
    expect(csvCell(null)).toBe('');
    expect(csvCell('')).toBe('');
  });

  it('puts an apostrophe before every cell starting with = + - @ tab or CR', () => {
    for (const t of TRIGGERS) {
      const cell = csvCell(`${t}cmd|' /C calc'!A0`);
      const unquoted = cell.startsWith('"') ? cell.slice(1, -1).replaceAll('""', '"') : cell;
      expect(unquoted, JSON.stringify(t)).toBe(`'${t}cmd|' /C calc'!A0`);
    }
    expect(csvCell('=HYPERLINK("http://evil.example","x")')).toBe(
      `"'=HYPERLINK(""http://evil.example"",""x"")"`,
    );
    expect(csvCell('@SUM(A1:A9)')).toBe("'@SUM(A1:A9)");
    expect(csvCell('-2+3+cmd|x')).toBe("'-2+3+cmd|x");
    expect(csvCell('\nline')).toBe(`"'\nline"`);
  });

  it('keeps plain numbers as they are, given as numbers or as text', () => {
    for (const n of [-1, -0.25, 0, 3, 1e-7, -1e21]) expect(csvCell(n)).toBe(String(n));
    for (const t of ['-1', '-0.25', '+3', '-.5', '1e-7', '-2E+3', '4.']) {
      expect(csvCell(t)).toBe(t);
      expect(looksLikeFormula(t)).toBe(false);
    }
    // Not plain numbers: a formula hides behind a number-like start.
    for (const t of ['-1+1', '-1e', '+-1', '-', '+', '-Infinity', '-1,5', '=1']) {
      expect(looksLikeFormula(t), t).toBe(true);
    }
    expect(csvCell(Number.NEGATIVE_INFINITY)).toBe("'-Infinity");
  });

  it('counts apostrophes already in front, so the way back is exact', () => {
    expect(csvCell("'=x")).toBe("''=x");
    expect(csvCell("''-x")).toBe("'''-x");
    expect(csvCell("'plain")).toBe("'plain");
    expect(csvCell("'-1")).toBe("''-1");
  });
});

describe('restoreCsvCell', () => {
  it('drops exactly the apostrophe the writer added', () => {
    expect(restoreCsvCell("'=x")).toBe('=x');
    expect(restoreCsvCell("''=x")).toBe("'=x");
    expect(restoreCsvCell("'\nx")).toBe('\nx');
    expect(restoreCsvCell("'plain")).toBe("'plain");
    expect(restoreCsvCell("'")).toBe("'");
    expect(restoreCsvCell('-1')).toBe('-1');
  });

  it('round-trips any text through a CSV file and never grows apostrophes', () => {
    const texts: string[] = ['', 'plain', '-1', '-0.25', "'", "'plain", ' =padded'];
    for (const t of [...TRIGGERS, '\n']) {
      for (const rest of ['', 'x', '1', 'SUM(A1)', '"q"', 'a,b']) {
        for (const quotes of ['', "'", "''"]) texts.push(`${quotes}${t}${rest}`);
      }
    }
    const file = texts.map((t) => csvRow([t, 'end'])).join('\r\n');
    const read = readCsv(file, { delimiter: ',' }).map((r) => restoreCsvCell(r.fields[0]!));
    // The reader reads a quoted CR as LF, as it does inside any text.
    expect(read).toEqual(texts.map((t) => t.replaceAll('\r', '\n')));
    for (const t of texts) {
      const cell = readCsv(`${csvCell(t)},end`, { delimiter: ',' })[0]!.fields[0]!;
      const again = restoreCsvCell(cell);
      expect(csvCell(again), JSON.stringify(t)).toBe(csvCell(t.replaceAll('\r', '\n')));
    }
  });
});

describe('csvRow', () => {
  it('joins defused cells with commas', () => {
    expect(csvRow(['s1', 2, '=evil', null, -1])).toBe("s1,2,'=evil,,-1");
  });
});
