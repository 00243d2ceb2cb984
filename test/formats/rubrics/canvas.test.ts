// Canvas rubric CSVs (the layout of Canvas's rubric import template) read through the rubric
// CSV reader: ratings to levels by points, one scale for every criterion, refusals placed at the
// line and column a teacher would fix.
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRubricCsv } from '../../../src-main/formats/rubrics/csv.js';
import { detectRubricFormat, parseRubricFile } from '../../../src-main/formats/rubrics/index.js';
import { runConcord } from '../../helpers/cli.js';
import { tempDir } from '../../helpers/workspace.js';
import { expectRefusal } from './helpers.js';

const HEADER =
  'Rubric Name,Criteria Name,Criteria Description,Criteria Enable Range,' +
  'Rating Name,Rating Description,Rating Points,'.repeat(4).slice(0, -1);

const row = (criterion: string, ratings: [string, string, string][], range = 'false') =>
  ['Lab report', criterion, `About ${criterion}`, range, ...ratings.flat()]
    .map((cell) => (/[",\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell))
    .join(',');

const FOUR: [string, string, string][] = [
  ['Exemplary', 'All parts, explained', '4'],
  ['Proficient', 'All parts', '3'],
  ['Developing', 'Some parts', '2'],
  ['Beginning', '', '1'],
];

const canvas = (...rows: string[]) => [HEADER, ...rows].join('\r\n') + '\r\n';

const refuse = (text: string, message: string) =>
  expectRefusal(() => parseRubricCsv(text, 'canvas.csv'), message);

describe('Canvas rubric CSV', () => {
  it('reads criteria with their ratings, points as levels going up, the name as an empty description', () => {
    const text = canvas(
      row('Hypothesis', FOUR),
      row(
        'Method, steps',
        [...FOUR].reverse().map(([n, , p]) => [n, `${n} method`, p]),
      ),
    );
    expect(parseRubricCsv(text, 'export.csv')).toEqual({
      title: 'Lab report',
      description: '',
      gradeBand: null,
      levels: [
        { value: 1, label: 'Beginning' },
        { value: 2, label: 'Developing' },
        { value: 3, label: 'Proficient' },
        { value: 4, label: 'Exemplary' },
      ],
      criteria: [
        {
          name: 'Hypothesis',
          competency: null,
          descriptors: {
            '1': 'Beginning',
            '2': 'Some parts',
            '3': 'All parts',
            '4': 'All parts, explained',
          },
        },
        {
          name: 'Method, steps',
          competency: null,
          descriptors: {
            '1': 'Beginning method',
            '2': 'Developing method',
            '3': 'Proficient method',
            '4': 'Exemplary method',
          },
        },
      ],
    });
  });

  it('is found by its header, whatever the file is called, and through the one entry point', () => {
    const text = canvas(row('Hypothesis', FOUR));
    expect(detectRubricFormat('Lab report.csv', text)).toBe('csv');
    expect(detectRubricFormat('pasted', text)).toBe('csv');
    expect(parseRubricFile('pasted', text).levels).toHaveLength(4);
  });

  it('reads numbered rating headers, ragged rows, points like "3.0" and "0,0", a ; file from European Excel', () => {
    const header =
      'Rubric Name;Criteria Name;Criteria Description;Criteria Enable Range;' +
      [1, 2, 3, 4]
        .map((i) => `Rating Name ${i};Rating Description ${i};Rating Points ${i}`)
        .join(';');
    const text =
      `\uFEFFsep=;\r\n${header}\r\n` +
      'Lab;Claim;;FALSE;Strong;"States it; clearly";2,0;Some;Vague;1.0;None;Missing;0\r\n' +
      'Lab;Evidence;;;Strong;Several sources;2;Some;One source;1;None;No source;0;;;\r\n';
    const file = parseRubricCsv(text, 'lab.csv');
    expect(file.levels).toEqual([
      { value: 0, label: 'None' },
      { value: 1, label: 'Some' },
      { value: 2, label: 'Strong' },
    ]);
    expect(file.criteria[0]!.descriptors['2']).toBe('States it; clearly');
    expect(file.criteria.map((c) => c.name)).toEqual(['Claim', 'Evidence']);
  });

  it('takes the title from the file name when Rubric Name is empty', () => {
    const text = canvas(row('Hypothesis', FOUR).replace('Lab report', ''));
    expect(parseRubricCsv(text, 'C:\\exports\\Science lab.csv').title).toBe('Science lab');
  });

  it('is what `concord rubric import FILE` reads, and a refusal exits 3 naming line and column', async () => {
    const dir = tempDir();
    try {
      writeFileSync(join(dir, 'canvas.csv'), canvas(row('Hypothesis', FOUR), row('Method', FOUR)));
      const imported = await runConcord(
        ['rubric', 'import', 'canvas.csv', '--workspace', 'w.sqlite'],
        dir,
      );
      expect(imported.stderr).toBe('');
      expect(imported.stdout).toContain('Imported “Lab report”: 2 criteria x 4 levels.');
      writeFileSync(join(dir, 'range.csv'), canvas(row('Hypothesis', FOUR, 'true')));
      const refused = await runConcord(
        ['rubric', 'import', 'range.csv', '--workspace', 'w.sqlite'],
        dir,
      );
      expect(refused.code).toBe(3);
      expect(refused.stderr).toContain('range.csv, line 2, field "Criteria Enable Range"');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  describe('refuses, naming the line and the column to fix', () => {
    it('a criterion scored on a range of points', () => {
      refuse(
        canvas(row('Hypothesis', FOUR), row('Method', FOUR, 'TRUE')),
        'canvas.csv, line 3, field "Criteria Enable Range": criterion "Method" is scored on a range of points; Concord scores one level per criterion, so turn the range off in Canvas (or write false here)',
      );
    });

    it('a criterion with fewer ratings than the first', () => {
      refuse(
        canvas(row('Hypothesis', FOUR), row('Method', FOUR.slice(0, 3))),
        'canvas.csv, line 3, field "Rating Points 4": criterion "Method" has no rating worth 1 points ("Beginning"), which criterion "Hypothesis" (line 2) has; every criterion needs the same ratings, since Concord scores all on one scale',
      );
    });

    it('a criterion with a rating the first does not have', () => {
      refuse(
        canvas(row('Hypothesis', FOUR.slice(0, 3)), row('Method', FOUR)),
        'canvas.csv, line 3, field "Rating Points 4": criterion "Method" has a rating worth 1 points ("Beginning"), criterion "Hypothesis" (line 2) has none; every criterion needs the same ratings, since Concord scores all on one scale',
      );
    });

    it('ratings worth different points', () => {
      const shifted = FOUR.map(([n, d, p]): [string, string, string] => [n, d, String(+p - 1)]);
      refuse(
        canvas(row('Hypothesis', FOUR), row('Method', shifted)),
        'canvas.csv, line 3, field "Rating Points 4": criterion "Method" has a rating worth 0 points ("Beginning"), criterion "Hypothesis" (line 2) has none; every criterion needs the same ratings, since Concord scores all on one scale',
      );
    });

    it('the same points under another name', () => {
      const renamed = FOUR.map(([n, d, p]): [string, string, string] => [
        n === 'Proficient' ? 'Meets' : n,
        d,
        p,
      ]);
      refuse(
        canvas(row('Hypothesis', FOUR), row('Method', renamed)),
        'canvas.csv, line 3, field "Rating Name 2": criterion "Method" calls 3 points "Meets", criterion "Hypothesis" (line 2) calls them "Proficient"; every criterion needs the same ratings, since Concord scores all on one scale',
      );
    });

    it('points that are not a whole number', () => {
      const text = canvas(row('Hypothesis', [['A', 'a', '1,75'], ...FOUR.slice(1)]));
      refuse(
        text,
        'canvas.csv, line 2, field "Rating Points 1": the rating "A" is worth 1,75 points, which cannot be a Concord level: levels are whole numbers from 0 to 6, so give the ratings whole points such as 4, 3, 2, 1',
      );
    });

    it('points above 6', () => {
      const tens = FOUR.map(([n, d, p]): [string, string, string] => [n, d, String(+p * 10)]);
      refuse(
        canvas(row('Hypothesis', tens)),
        'canvas.csv, line 2, field "Rating Points 1": the rating "Exemplary" is worth 40 points, which cannot be a Concord level: levels are whole numbers from 0 to 6, so give the ratings whole points such as 4, 3, 2, 1',
      );
    });

    it('points that are no number, or missing', () => {
      refuse(
        canvas(row('Hypothesis', [['A', 'a', 'four'], ...FOUR.slice(1)])),
        'canvas.csv, line 2, field "Rating Points 1": "four" is not a number of points',
      );
      refuse(
        canvas(row('Hypothesis', [['A', 'a', ''], ...FOUR.slice(1)])),
        'canvas.csv, line 2, field "Rating Points 1": the rating "A" has no points',
      );
    });

    it('two ratings worth the same points', () => {
      refuse(
        canvas(row('Hypothesis', [...FOUR.slice(0, 3), ['Beginning', '', '2']])),
        'canvas.csv, line 2, field "Rating Points 4": two ratings of "Hypothesis" are worth 2 points ("Developing" and "Beginning"); each level needs its own points',
      );
    });

    it('more than one rubric in the file', () => {
      refuse(
        canvas(row('Hypothesis', FOUR), row('Method', FOUR).replace('Lab report', 'Essay')),
        'canvas.csv, line 3, field "Rubric Name": this file holds more than one rubric: "Essay" here, "Lab report" on line 2; Concord imports one rubric a file, so keep the rows of one',
      );
    });

    it('too few ratings for a Concord scale, through the domain rule', () => {
      refuse(
        canvas(row('Hypothesis', FOUR.slice(0, 2))),
        'canvas.csv, line 2: a rubric has 3 to 6 levels, not 2',
      );
    });

    it('a rating with neither name nor description, at its name', () => {
      refuse(
        canvas(row('Hypothesis', [...FOUR.slice(0, 3), ['', '', '1']])),
        'canvas.csv, line 2, field "Rating Name 4": every level needs a label',
      );
    });

    it('a header without rating points, or with the three rating columns out of step', () => {
      refuse(
        'Rubric Name,Criteria Name,Rating Name\nLab,Claim,Good\n',
        'canvas.csv, line 1: the header has no "Rating Points" column: Canvas writes "Rating Name", "Rating Description" and "Rating Points" for each rating',
      );
      refuse(
        'Rubric Name,Criteria Name,Rating Name,Rating Points,Rating Name,Rating Description,Rating Points\n',
        'canvas.csv, line 1: the header has 2 "Rating Name", 1 "Rating Description" and 2 "Rating Points" columns; Canvas writes the three for each rating',
      );
    });

    it('a file with a header only', () => {
      refuse(canvas(), 'canvas.csv, line 1: a rubric needs at least one criterion');
    });
  });
});
