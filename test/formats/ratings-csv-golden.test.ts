// Golden outputs of parseRatingsCsv: everything it returns (or the refusal, with its line and
// field) for hand-picked files that reach each branch of header resolution, row reading and
// validation, and a digest of the same over thousands of damaged files. They pin the parser so
// that restructuring it is shown to change nothing; what the results mean is checked in
// ratings-csv.test.ts (here and under test/stats) and the fuzz test.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src-main/domain/errors.js';
import { parseRatingsCsv } from '../../src-main/formats/ratings-csv.js';
import type { ParseOptions } from '../../src-main/formats/ratings-csv.js';
import { mutants, utf8 } from '../fuzz/mutate.js';
import { golden } from '../helpers/golden.js';

/** The whole result, or the refusal with where it points. */
function outcome(data: Uint8Array | string, options: ParseOptions = {}): string {
  try {
    return golden(parseRatingsCsv(data, options), 1);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return `InputError ${JSON.stringify(error.where)} ${error.message}`;
  }
}

const CASES: [string, string, ParseOptions?][] = [
  [
    'plain',
    'sample,rater,criterion,score\nA,r1,Claim,3\nA,r2,Claim,4\nB,r1,Claim,\nB,r2,Claim,NA\n',
  ],
  [
    'aliases, extra columns, BOM, CRLF, quotes, blank lines, spaces',
    '\uFEFF Sample_ID , note,RATER_id,criterion_id,level\r\n\r\n' +
      ' "S 1" ,"a, ""b""\nc", r1 ,"Evi\r\ndence", 3.00 \r\nS2,,r2,Claim,-0\r\n\r\n',
    { file: 'ratings.csv' },
  ],
  ['no criterion column', 'sample,score,rater\nA,1,x\nB,+2,y\n', { singleCriterion: 'Overall' }],
  ['no criterion column, default id', 'sample,rater,score\nA,x,1\n'],
  [
    'round filter as text and number, session column',
    'session,round,sample,rater,score\ns1,1,A,x,1\ns1,01,A,y,2\ns2,2,B,x,3\ns2,,B,y,4\ns1,one,C,x,1\n',
    { round: ' 1 ' },
  ],
  ['round filter by text', 'round,sample,rater,score\none,A,x,1\n1,A,y,2\n', { round: 'one' }],
  ['semicolons after sep=', 'sep=;\nsample;rater;score\n"A;1";x;2\nB;y;3\n'],
  ['tabs', 'sample\trater\tscore\n A \t x \t 2\nB\ty\t\n'],
  ['tabs: a leading tab is an empty field', 'sample\trater\tscore\n\tB\t3\n'],
  ['non-ASCII ids', 'sample,rater,score\nÉlève-1,Zoë,1\n学生,Zoë,2\nÉlève-1,Ana,3\n'],
  ['many rows grow the columns', `sample,rater,score\n${'A,x,1\nB,y,2\n'.repeat(700)}`],
  ['last row without a newline', 'sample,rater,score\nA,x,1\nB,y,2'],
  ['repeated column', 'sample,rater,score,sample_id\nA,x,1,B\n', { file: 'f.csv' }],
  ['missing score column', 'sample,rater,grade\nA,x,1\n'],
  ['missing rater column after sep=', 'sep=;\nsample;score\nA;1\n'],
  ['empty sample id', 'sample,rater,score\nA,x,1\n,y,2\n'],
  ['empty rater id', 'sample,rater,score\nA,"",1\n'],
  ['empty criterion id', 'sample,rater,criterion,score\nA,x,,1\n'],
  ['score not an integer', 'sample,rater,score\nA,x,2.5\n'],
  ['score with a sign only', 'sample,rater,score\nA,x,-\n'],
  ['score too long', 'sample,rater,score\nA,x,1234567890123456\n'],
  ['long bad score is cut', `sample,rater,score\nA,x,${'é'.repeat(100)}\n`],
  ['short row', 'sample,rater,criterion,score\nA,x,Claim\n'],
  ['text after a closing quote', 'sample,rater,score\n"A"b,x,1\n'],
  ['text after a closing quote in the header', 'sample,"rater"x,score\n'],
  ['unclosed quote', 'sample,rater,score\nA,"x,1\n'],
  ['empty file', ''],
  ['header only', 'sample,rater,score\n'],
];

describe('parseRatingsCsv golden outputs', () => {
  it('hand-picked files, as text, bytes and a Buffer', () => {
    const out: Record<string, string> = {};
    for (const [name, text, options] of CASES) {
      out[name] = outcome(text, options);
      expect(outcome(utf8(text), options)).toBe(out[name]);
      expect(outcome(Buffer.from(text), options)).toBe(out[name]);
    }
    expect(out).toMatchSnapshot();
  });

  it('thousands of damaged files: the same result or refusal for each', () => {
    const seeds = [
      new Uint8Array(
        readFileSync(new URL('../fixtures/stats/krippendorff-2011.csv', import.meta.url)),
      ),
      ...CASES.slice(0, 9).map(([, text]) => utf8(text)),
    ];
    const hash = createHash('sha256');
    let refused = 0;
    for (const { bytes } of mutants(seeds, 3000, 0x601de)) {
      const o = outcome(bytes, { file: 'damaged.csv' });
      if (o.startsWith('InputError')) refused++;
      hash.update(o).update('\n');
    }
    expect({ refused, digest: hash.digest('hex') }).toMatchSnapshot();
  });
});
