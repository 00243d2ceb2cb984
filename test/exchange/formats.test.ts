import { describe, expect, it } from 'vitest';
import {
  csvCell,
  unsafeEntryName,
  writeFacets,
  writeLongCsv,
  writeWideCsv,
} from '../../src-main/formats/exchange/index.js';
import type { RatingRow } from '../../src-main/formats/exchange/index.js';
import { parseRatingsCsv } from '../../src-main/formats/ratings-csv.js';

const rows: RatingRow[] = [
  {
    session: 's1',
    round: 1,
    sample: 'S-AAAA',
    rater: 'R1',
    criterion: 'Claim, "stated"',
    score: 3,
  },
  {
    session: 's1',
    round: 1,
    sample: 'S-AAAA',
    rater: 'R2',
    criterion: 'Claim, "stated"',
    score: null,
  },
  { session: 's1', round: 1, sample: 'S-BBBB', rater: 'R2', criterion: 'Evidence', score: 2 },
];

describe('exchange writers', () => {
  it('quotes CSV cells and defuses spreadsheet formulas', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvCell(null)).toBe('');
    expect(csvCell(-1)).toBe('-1');
  });

  it('writes a long CSV the stats parser reads back exactly', () => {
    const parsed = parseRatingsCsv(writeLongCsv({ rows, raters: ['R1', 'R2'] }));
    expect(parsed.length).toBe(3);
    expect(parsed.criterionIds).toEqual(['Claim, "stated"', 'Evidence']);
    expect(parsed.rounds).toEqual(['1']);
    expect(Number.isNaN(parsed.score[1])).toBe(true);
    expect(parsed.score[2]).toBe(2);
  });

  it('writes one wide row per sample and criterion, empty for missing', () => {
    const text = writeWideCsv({ rows, raters: ['R1', 'R2', 'R3'] });
    expect(text).toBe(
      'session,round,sample,criterion,R1,R2,R3\n' +
        's1,1,S-AAAA,"Claim, ""stated""",3,,\n' +
        's1,1,S-BBBB,Evidence,,2,\n',
    );
  });

  it('writes FACETS labels without its syntax characters and skips missing scores', () => {
    const files = writeFacets({ title: 'T; x', rows, levels: [1, 2, 3, 4], dataFileName: 'd.txt' });
    expect(files.specification).toContain('1 = Claim  "stated"');
    expect(files.specification).toContain('Title = T  x');
    expect(files.data).toBe('1,1,1,3\n2,2,2,2\n');
  });

  it('adds a session_alias column to a long CSV across sessions, and only then', () => {
    const across = rows.map((r, i) => ({ ...r, session: `s${i}`, sessionAlias: `R${i + 4}` }));
    const text = writeLongCsv({ rows: across, raters: ['R1', 'R2'], acrossSessions: true });
    expect(text.split('\n')[0]).toBe('session,round,sample,rater,criterion,score,session_alias');
    expect(text.split('\n')[1]).toBe('s0,1,S-AAAA,R1,"Claim, ""stated""",3,R4');
    expect(parseRatingsCsv(text).raterIds).toEqual(['R1', 'R2']);
    expect(writeLongCsv({ rows, raters: ['R1', 'R2'] }).split('\n')[0]).toBe(
      'session,round,sample,rater,criterion,score',
    );
  });

  it('names unsafe zip entry names', () => {
    for (const name of [
      '../x',
      'a/../../x',
      '/etc/passwd',
      'C:\\x',
      'C:/x',
      'a\\b',
      'a//b',
      './a',
      'a\u0000b',
      '',
    ])
      expect(unsafeEntryName(name), name).not.toBeNull();
    for (const name of ['manifest.json', `samples/${'a'.repeat(64)}`, 'samples/'])
      expect(unsafeEntryName(name), name).toBeNull();
  });
});
