// The judgements CSV and its two companions (anchors, rubric scores): good files in every form the
// shared reader accepts, the writer read back, and each refusal naming file, line and field.
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src-main/domain/errors.js';
import {
  parseAnchorsCsv,
  parseJudgementsCsv,
  parseRubricScoresCsv,
  writeJudgementsCsv,
} from '../../src-main/formats/judgements-csv.js';
import { refusalOf, utf8 } from '../helpers/refusal.js';

const refusal = (fn: () => unknown): InputError => refusalOf(fn, InputError);

describe('reading judgements', () => {
  it('reads every column, with an empty time as unknown', () => {
    const parsed = parseJudgementsCsv(
      'session,judge,left,right,winner,ms\nS1,Ms O,A7,B2,B2,41250\nS1,Mr K,B2,C1,B2,\nS2,Ms O,A7,C1,A7,12.5\n',
      { file: 'j.csv' },
    );
    expect(parsed.rows).toEqual([
      { session: 'S1', judge: 'Ms O', left: 'A7', right: 'B2', winner: 'B2', ms: 41250, line: 2 },
      { session: 'S1', judge: 'Mr K', left: 'B2', right: 'C1', winner: 'B2', ms: null, line: 3 },
      { session: 'S2', judge: 'Ms O', left: 'A7', right: 'C1', winner: 'A7', ms: 12.5, line: 4 },
    ]);
    expect(parsed.sessions).toEqual(['S1', 'S2']);
    expect(parsed.header).toEqual({
      session: 'session',
      judge: 'judge',
      left: 'left',
      right: 'right',
      winner: 'winner',
      ms: 'ms',
    });
  });

  it('needs neither session nor ms, ignores other columns and matches names loosely', () => {
    const parsed = parseJudgementsCsv(' Judge ;note;LEFT;Right;Winner\r\nJ1;"x; y";A;B;A\r\n');
    expect(parsed.rows).toEqual([
      { session: null, judge: 'J1', left: 'A', right: 'B', winner: 'A', ms: null, line: 2 },
    ]);
    expect(parsed.sessions).toEqual([]);
    expect(parsed.header).toEqual({
      judge: 'Judge',
      left: 'LEFT',
      right: 'Right',
      winner: 'Winner',
    });
  });

  it('follows the shared rule: BOM, sep= line, tabs; blank and all-empty rows skipped', () => {
    const text =
      '\uFEFFsep=\t\njudge\tleft\tright\twinner\tms\n\nJ1\tA\tB\tB\t5\n\t\t\t\t\nJ2\tB\tC\tC\t\n';
    const parsed = parseJudgementsCsv(utf8(text), { file: 'j.csv' });
    expect(parsed.rows.map((r) => [r.judge, r.line])).toEqual([
      ['J1', 4],
      ['J2', 6],
    ]);
  });

  it('reads back what the writer wrote, ids a spreadsheet would run as formulas included', () => {
    const judgements = [
      { session: 'S1', judge: '=cmd', left: '-A', right: 'B,1', winner: '-A', ms: 300 },
      { session: 'S1', judge: 'J "2"', left: 'B,1', right: '@C', winner: '@C', ms: null },
    ];
    const text = writeJudgementsCsv(judgements);
    expect(text.split('\r\n')[0]).toBe('session,judge,left,right,winner,ms');
    expect(text).toContain("'=cmd");
    expect(text).not.toMatch(/(^|,)[=@-][a-zA-Z]/m);
    const back = parseJudgementsCsv(text).rows.map(({ line: _line, ...j }) => j);
    expect(back).toEqual(judgements);
  });

  it('writes no session column when no judgement has a session', () => {
    const text = writeJudgementsCsv([
      { judge: 'J1', left: 'A', right: 'B', winner: 'A', ms: null },
    ]);
    expect(text).toBe('judge,left,right,winner,ms\r\nJ1,A,B,A,\r\n');
  });
});

describe('refusing bad judgements files', () => {
  const head = 'session,judge,left,right,winner,ms\n';
  it.each([
    [
      'a winner that is neither sample',
      `${head}S1,J1,A,B,C,10\n`,
      2,
      'winner',
      /"C" is neither the left \("A"\) nor the right \("B"\)/,
    ],
    [
      'a sample compared with itself',
      `${head}S1,J1,A,B,A,\nS1,J1,A,A,A,\n`,
      3,
      'right',
      /"A" is compared with itself/,
    ],
    ['an empty judge', `${head}S1,,A,B,A,\n`, 2, 'judge', /the judge is empty/],
    ['an empty left sample', `${head}S1,J1,,B,B,\n`, 2, 'left', /the left is empty/],
    ['an empty winner', `${head}S1,J1,A,B,,\n`, 2, 'winner', /the winner is empty/],
    [
      'an empty session in a file with sessions',
      `${head},J1,A,B,A,\n`,
      2,
      'session',
      /the session is empty/,
    ],
    [
      'a time that is not a number',
      `${head}S1,J1,A,B,A,12s\n`,
      2,
      'ms',
      /"12s" is not a time in milliseconds/,
    ],
    ['a negative time', `${head}S1,J1,A,B,A,-4\n`, 2, 'ms', /not a time in milliseconds/],
    [
      'a row that stops early',
      `${head}S1,J1,A,B\n`,
      2,
      'winner',
      /the row has 4 fields, the header has 6/,
    ],
    ['a missing column', 'judge,left,winner\nJ1,A,A\n', 1, 'right', /missing column "right"/],
    [
      'a repeated column',
      'judge,left,right,winner,Judge_ID\n',
      1,
      'Judge_ID',
      /"Judge_ID" repeats "judge"/,
    ],
  ])('%s', (_, text, line, field, message) => {
    const error = refusal(() => parseJudgementsCsv(text, { file: 'j.csv' }));
    expect(error.where).toEqual({ file: 'j.csv', line, field });
    expect(error.message).toMatch(new RegExp(`^j\\.csv, line ${line}, field "${field}": `));
    expect(error.message).toMatch(message);
  });

  it('names the header as the file spells it', () => {
    const error = refusal(() => parseJudgementsCsv('JUDGE,Left,Right,Winner\nJ1,A,B,Z\n'));
    expect(error.where).toEqual({ line: 2, field: 'Winner' });
  });

  it('refuses text past the header, an empty file and bytes that are not UTF-8', () => {
    expect(
      refusal(() => parseJudgementsCsv('judge,left,right,winner\nJ1,A,B,A,oops\n')).where,
    ).toEqual({
      line: 2,
    });
    expect(refusal(() => parseJudgementsCsv('', { file: 'e.csv' })).message).toMatch(/empty/);
    const latin1 = Uint8Array.from([
      ...utf8('judge,left,right,winner\nJ1,Ren'),
      0xe9,
      ...utf8(',B,B\n'),
    ]);
    expect(refusal(() => parseJudgementsCsv(latin1, { file: 'l.csv' })).where).toEqual({
      file: 'l.csv',
      line: 2,
    });
  });
});

describe('anchors and rubric scores', () => {
  it('reads sample,level and sample,score', () => {
    expect(parseAnchorsCsv('sample,level\nA,1\nB,2.5\n')).toEqual({
      rows: [
        { sample: 'A', value: 1, line: 2 },
        { sample: 'B', value: 2.5, line: 3 },
      ],
      header: { sample: 'sample', value: 'level' },
    });
    expect(parseRubricScoresCsv('Sample_ID;Score\nA;3\n').rows).toEqual([
      { sample: 'A', value: 3, line: 2 },
    ]);
  });

  it.each([
    ['a level that is not a number', 'sample,level\nA,two\n', 2, 'level', /"two" is not a number/],
    ['an empty level', 'sample,level\nA,1\nB,\n', 3, 'level', /the level is empty/],
    ['an empty sample', 'sample,level\n,1\n', 2, 'sample', /the sample is empty/],
    [
      'a sample twice',
      'sample,level\nA,1\nB,2\nA,3\n',
      4,
      'sample',
      /"A" is listed twice \(first on line 2\)/,
    ],
    ['a missing column', 'sample,score\nA,1\n', 1, 'level', /missing column "level"/],
  ])('anchors: refuses %s', (_, text, line, field, message) => {
    const error = refusal(() => parseAnchorsCsv(text, { file: 'a.csv' }));
    expect(error.where).toEqual({ file: 'a.csv', line, field });
    expect(error.message).toMatch(message);
  });

  it('rubric scores: refuses a score that is not a number', () => {
    const error = refusal(() =>
      parseRubricScoresCsv('sample,score\nA,3\nB,n/a\n', { file: 'r.csv' }),
    );
    expect(error.where).toEqual({ file: 'r.csv', line: 3, field: 'score' });
  });
});
