// The long ratings CSV parser: aliases, quoting, CRLF, BOM, missing scores, rounds, errors.
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src-main/cli/command.js';
import { parseRatingsCsv } from '../../src-main/formats/ratings-csv.js';
import type { ParsedRatings } from '../../src-main/formats/ratings-csv.js';

function rows(p: ParsedRatings): (string | number | null)[][] {
  const out: (string | number | null)[][] = [];
  for (let i = 0; i < p.length; i++) {
    const v = p.score[i]!;
    out.push([
      p.sampleIds[p.sample[i]!]!,
      p.raterIds[p.rater[i]!]!,
      p.criterionIds[p.criterion[i]!]!,
      Number.isNaN(v) ? null : v,
      p.line[i]!,
    ]);
  }
  return out;
}

function error(text: string, file = 'r.csv'): InputError {
  try {
    parseRatingsCsv(text, { file });
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return e as InputError;
  }
  throw new Error('expected an InputError');
}

describe('parseRatingsCsv', () => {
  it('reads the plain form with interned ids', () => {
    const p = parseRatingsCsv('sample,rater,criterion,score\nS1,R1,C1,3\nS1,R2,C1,4\nS2,R1,C1,\n');
    expect(rows(p)).toEqual([
      ['S1', 'R1', 'C1', 3, 2],
      ['S1', 'R2', 'C1', 4, 3],
      ['S2', 'R1', 'C1', null, 4],
    ]);
    expect(p.sampleIds).toEqual(['S1', 'S2']);
    expect(p.raterIds).toEqual(['R1', 'R2']);
  });

  it('accepts aliases, extra columns, BOM, CRLF, quotes, blank lines and spaces', () => {
    const text =
      '\uFEFFnote,Sample_ID,level,rater_id,criterion_id,extra\r\n' +
      '"a, b",S-1,2,"Ms ""O"" Brien",Evidence,x\r\n' +
      '\r\n' +
      'z, S-2 ,  3 ,"multi\nline",Evidence,y\r\n' +
      'q,S-3,NA,R,"Claim",\r\n';
    const p = parseRatingsCsv(new TextEncoder().encode(text));
    expect(rows(p)).toEqual([
      ['S-1', 'Ms "O" Brien', 'Evidence', 2, 2],
      ['S-2', 'multi\nline', 'Evidence', 3, 4],
      ['S-3', 'R', 'Claim', null, 6],
    ]);
    expect(p.header).toEqual({
      sample: 'Sample_ID',
      rater: 'rater_id',
      criterion: 'criterion_id',
      score: 'level',
    });
  });

  it('uses one criterion when the column is absent, and accepts "3.0"', () => {
    const p = parseRatingsCsv('sample,rater,score\na,r,3.0\n', { singleCriterion: 'all' });
    expect(rows(p)).toEqual([['a', 'r', 'all', 3, 2]]);
  });

  it('filters a round and lists the rounds', () => {
    const text = 'sample,rater,score,round\na,r1,1,1\na,r2,2,1\na,r1,3,2\n';
    expect(parseRatingsCsv(text).rounds).toEqual(['1', '2']);
    const p = parseRatingsCsv(text, { round: '2' });
    expect(rows(p)).toEqual([['a', 'r1', 'all', 3, 4]]);
    expect(parseRatingsCsv(text, { round: '01' }).length).toBe(2);
  });

  it('reads a session column', () => {
    const p = parseRatingsCsv('sample,rater,score,session\na,r1,1,S9\n');
    expect(p.sessionIds).toEqual(['S9']);
    expect(p.session[0]).toBe(0);
  });

  it('names file, line and field in errors', () => {
    let e = error('sample,rater,criterion,score\nS1,R1,C1,3\nS1,R2,C1,2.5\n');
    expect(e.message).toBe(
      'r.csv, line 3, field "score": score "2.5" is not an integer (leave it empty when not scored)',
    );
    expect(e.where).toEqual({ file: 'r.csv', line: 3, field: 'score' });
    e = error('sample,judge,score\nS1,R1,3\n');
    expect(e.where).toMatchObject({ line: 1, field: 'rater' });
    expect(e.message).toMatch(/missing column "rater" \(or "rater_id"\)/);
    e = error('sample,rater,level\nS1,R1,three\n');
    expect(e.where).toMatchObject({ line: 2, field: 'level' });
    e = error('sample,rater,score\nS1,R1\n');
    expect(e.where).toMatchObject({ line: 2, field: 'score' });
    e = error('sample,rater,score\n,R1,2\n');
    expect(e.where).toMatchObject({ line: 2, field: 'sample' });
    e = error('sample,rater,score\nS1,"R1,2\n');
    expect(e.message).toMatch(/not closed/);
  });

  it('parses 200k rows quickly and exactly', () => {
    const parts = ['sample,rater,criterion,score\n'];
    for (let i = 0; i < 200_000; i++) parts.push(`S${i >> 3},R${i & 7},C${i % 3},${1 + (i % 4)}\n`);
    const t = performance.now();
    const p = parseRatingsCsv(parts.join(''));
    const ms = performance.now() - t;
    expect(p.length).toBe(200_000);
    expect(p.sampleIds.length).toBe(25_000);
    expect(p.score[12345]).toBe(1 + (12345 % 4));
    expect(p.sampleIds[p.sample[12345]!]).toBe(`S${12345 >> 3}`);
    expect(ms).toBeLessThan(5000);
  });
});
