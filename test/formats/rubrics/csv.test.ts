import { describe, expect, it } from 'vitest';
import { parseRubricCsv, writeRubricCsv } from '../../../src-main/formats/rubrics/csv.js';
import { argumentWriting, expectRefusal } from './helpers.js';

const HEADER = 'criterion,competency,1 Not yet,2 Emerging,3 Proficient';
const ROW = 'Claim,Communication,none,vague,clear';

describe('rubric CSV', () => {
  it('round-trips a rubric: file -> text -> file', () => {
    const text = writeRubricCsv(argumentWriting);
    expect(parseRubricCsv(text, 'argument.csv')).toEqual(argumentWriting);
  });

  it('writes the documented layout, with a BOM for Excel and CRLF line ends', () => {
    const text = writeRubricCsv(argumentWriting);
    expect(text.startsWith('\uFEFF# title: Argument writing\r\n')).toBe(true);
    expect(text.split('\r\n').slice(1, 4)).toEqual([
      '"# description: Grade 7, unit 2: ""Should school start later?"""',
      '# grade band: 6-8',
      'criterion,competency,1 Not yet,2 Emerging,3 Proficient,4 Advanced',
    ]);
  });

  it('reads a spreadsheet export: BOM, CRLF, trailing commas, empty rows, quoted line breaks', () => {
    const text =
      '\uFEFF# title:,Argument writing,,,\r\n' +
      '# made in Sheets by the grade 7 team,,,,\r\n' +
      'Criterion,Competency,1: Not yet,2: Emerging,3: Proficient,,\r\n' +
      'Claim,,"No claim, or off topic","A claim,\r\nbut vague",Clear claim,,\r\n' +
      ',,,,,,\r\n' +
      '\r\n' +
      'Evidence,Inquiry,None,"Some ""evidence""",Strong,,\r\n';
    expect(parseRubricCsv(text, 'export.csv')).toEqual({
      title: 'Argument writing',
      description: '',
      gradeBand: null,
      levels: [
        { value: 1, label: 'Not yet' },
        { value: 2, label: 'Emerging' },
        { value: 3, label: 'Proficient' },
      ],
      criteria: [
        {
          name: 'Claim',
          competency: null,
          descriptors: {
            '1': 'No claim, or off topic',
            '2': 'A claim,\nbut vague',
            '3': 'Clear claim',
          },
        },
        {
          name: 'Evidence',
          competency: 'Inquiry',
          descriptors: { '1': 'None', '2': 'Some "evidence"', '3': 'Strong' },
        },
      ],
    });
  });

  it('takes the title from the file name when there is no # title line, and competency may be left out', () => {
    const file = parseRubricCsv(
      'criterion,0 Beginning,1 Developing,2 Secure\nClaim,a,b,c\n',
      'C:\\rubrics\\Lab report.csv',
    );
    expect(file.title).toBe('Lab report');
    expect(file.criteria[0]!.competency).toBeNull();
    expect(file.levels.map((l) => l.value)).toEqual([0, 1, 2]);
  });

  it('reads the ; delimiter of European spreadsheets and a # line typed with a comma', () => {
    const text = '# title: Writing, grade 7\ncriterion;competency;1 A;2 B;3 C\nClaim;;x, y;y;z\n';
    const file = parseRubricCsv(text, 'w.csv');
    expect(file.title).toBe('Writing, grade 7');
    expect(file.criteria[0]!.descriptors['1']).toBe('x, y');
  });

  describe('refuses', () => {
    const refuse = (text: string, message: string) =>
      expectRefusal(() => parseRubricCsv(text, 'rubric.csv'), message);

    it('a file without a header row', () => {
      refuse(
        '# title: x\n',
        'rubric.csv, line 1: no header row: the file needs a row "criterion,competency,<levels>" such as "criterion,competency,1 Not yet,2 Emerging,3 Proficient"',
      );
    });

    it('a missing criterion column', () => {
      refuse(
        'name,competency,1 A,2 B,3 C\nClaim,,a,b,c\n',
        'rubric.csv, line 1, field "criterion": the header has no "criterion" column (it has: "name", "competency", "1 A", "2 B", "3 C")',
      );
    });

    it('a column without a header between named ones', () => {
      refuse(
        'criterion,1 A,,3 C\nClaim,a,,c\n',
        'rubric.csv, line 1: column 3 has no header: name it "<value> <label>" or remove it',
      );
    });

    it('a repeated competency column', () => {
      refuse(
        'criterion,competency,Competency,1 A,2 B,3 C\n',
        'rubric.csv, line 1, field "Competency": the column "competency" appears twice',
      );
    });

    it('a level header that is not <number> <label>', () => {
      refuse(
        '# title: t\ncriterion,competency,1 Not yet,Emerging,3 Proficient\n',
        'rubric.csv, line 2, field "Emerging": "Emerging" is not a level column: write it as "<value> <label>", e.g. "1 Not yet"',
      );
    });

    it('duplicate level values', () => {
      refuse(
        'criterion,1 Not yet,2 Emerging,2 Developing\n',
        'rubric.csv, line 1, field "2 Developing": level 2 appears twice ("2 Emerging" and "2 Developing")',
      );
    });

    it('levels that do not go up', () => {
      refuse(
        `criterion,1 Not yet,3 Proficient,2 Emerging\nClaim,a,b,c\n`,
        'rubric.csv, line 1, field "2 Emerging": levels must go up, 2 follows 3',
      );
    });

    it('a level value outside 0..6', () => {
      refuse(
        `criterion,1 Not yet,2 Emerging,7 Beyond\nClaim,a,b,c\n`,
        'rubric.csv, line 1, field "7 Beyond": 7 is not a whole number from 0 to 6',
      );
    });

    it('too few levels', () => {
      refuse(
        `criterion,1 No,2 Yes\nClaim,a,b\n`,
        'rubric.csv, line 1: a rubric has 3 to 6 levels, not 2',
      );
    });

    it('an empty descriptor, at the line of the cell and the level column header', () => {
      refuse(
        `${HEADER}\n${ROW}\n"Evidence\nand reasoning",,"none\nat all",,clear\n`,
        // The line break in the quoted name is shown as an escape, never printed as is.
        'rubric.csv, line 5, field "2 Emerging": "Evidence\\x0aand reasoning" has no descriptor for level 2 (Emerging)',
      );
    });

    it('a criterion without a name', () => {
      refuse(
        `${HEADER}\n${ROW}\n,,a,b,c\n`,
        'rubric.csv, line 3, field "criterion": every criterion needs a name',
      );
    });

    it('no criteria', () => {
      refuse(`${HEADER}\n,,,,\n`, 'rubric.csv, line 1: a rubric needs at least one criterion');
    });

    it('a row with too few columns', () => {
      refuse(
        `${HEADER}\n${ROW}\nEvidence,,a,b\n`,
        'rubric.csv, line 3: the row has 4 columns, the header has 5 (is a comma or a quote missing?)',
      );
    });

    it('a row with text beyond the last column', () => {
      refuse(
        `${HEADER}\n${ROW},,extra\n`,
        'rubric.csv, line 2: the row has 7 columns, the header has 5 (is a comma or a quote missing?)',
      );
    });

    it('an unterminated quote, at the line where it started', () => {
      refuse(
        `${HEADER}\n${ROW}\nEvidence,,"a,b,c\nmore\n`,
        'rubric.csv, line 3: a quoted field is not closed (a " is missing)',
      );
    });

    it('a title given twice', () => {
      refuse(
        `# title: a\n# Title: b\n${HEADER}\n${ROW}\n`,
        'rubric.csv, line 2: "# Title:" is given twice (first on line 1)',
      );
    });

    it('an empty title', () => {
      refuse(
        `# title:\n${HEADER}\n${ROW}\n`,
        'rubric.csv, line 1, field "title": a rubric needs a title',
      );
    });
  });
});
