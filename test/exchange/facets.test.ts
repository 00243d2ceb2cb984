// The FACETS writer, read back by the manual's rules (facets-reader.ts): element numbers that
// exist, scores within the model's scale, one `?` per facet, and the K that keeps a level
// nobody used.
import { describe, expect, it } from 'vitest';
import { writeFacets } from '../../src-main/formats/exchange/index.js';
import type { RatingRow } from '../../src-main/formats/exchange/index.js';
import { labelled, readFacetsData, readFacetsSpec } from './facets-reader.js';

const row = (over: Partial<RatingRow>): RatingRow => ({
  session: 's1',
  round: 1,
  sample: 'S-AAAA',
  rater: 'R1',
  criterion: 'Claim',
  score: 1,
  ...over,
});

function read(files: { specification: string; data: string }) {
  const spec = readFacetsSpec(files.specification);
  return { spec, observations: readFacetsData(spec, files.data) };
}

describe('FACETS writer', () => {
  it('keeps a level nobody used: R<highest>K, and every score within it', () => {
    // Levels 1-4; nobody gave a 3. Without K, FACETS would renumber 4 as 3.
    const rows = [1, 2, 4, 4, 2].map((score, i) =>
      row({ sample: `S-${i}`, rater: `R${(i % 2) + 1}`, score }),
    );
    const files = writeFacets({ title: 't', rows, levels: [1, 2, 3, 4], dataFileName: 'd.txt' });
    const { spec, observations } = read(files);
    expect(spec.facets).toBe(3);
    expect(spec.models).toEqual([
      { terms: ['?', '?', '?'], scale: { code: 'R4K', max: 4, keep: true } },
    ]);
    expect(files.specification).toContain('Models = ?,?,?,R4K');
    expect(spec.dataFile).toBe('d.txt');
    expect(spec.labels.map((b) => [b.number, b.name, b.anchoring])).toEqual([
      [1, 'Samples', ''],
      [2, 'Raters', ''],
      [3, 'Criteria', ''],
    ]);
    expect(observations.map((o) => o.score)).toEqual([1, 2, 4, 4, 2]);
    expect(observations.map((o) => labelled(spec, o))).toEqual(
      rows.map((r) => [r.sample, r.rater, r.criterion]),
    );
  });

  it('does not keep gaps a rubric made on purpose', () => {
    const rows = [0, 2, 4].map((score, i) => row({ sample: `S-${i}`, score }));
    const files = writeFacets({ title: 't', rows, levels: [0, 2, 4], dataFileName: 'd.txt' });
    const { spec } = read(files);
    expect(spec.models[0]!.scale).toEqual({ code: 'R4', max: 4, keep: false });
    expect(spec.comments.join(' ')).toMatch(/skip values/);
  });

  it('spans sessions and rounds with dummy facets and one interaction per model line', () => {
    const rows: RatingRow[] = [];
    for (const session of ['june', 'feb'])
      for (const round of [1, 2])
        for (const rater of ['R2', 'R1'])
          for (const criterion of ['Claim', 'Evidence'])
            rows.push(
              row({ session, round, rater, criterion, sample: `S-${session}`, score: round + 1 }),
            );
    rows.push(row({ session: 'june', round: 2, rater: 'R3', score: null }));
    const files = writeFacets({
      title: 'Argument writing',
      rows,
      levels: [1, 2, 3, 4],
      dataFileName: 'd.txt',
      raters: ['R1', 'R2', 'R3'],
      sessions: [
        { id: 'feb', label: '2026-02-11 Calibration, February' },
        { id: 'june', label: '2026-06-03 Calibration; June' },
      ],
      notes: ['Raters appear by one alias per person.'],
    });
    const { spec, observations } = read(files);
    expect(spec.facets).toBe(5);
    expect(spec.labels.map((b) => [b.name, b.anchoring])).toEqual([
      ['Samples', ''],
      ['Raters', ''],
      ['Criteria', ''],
      ['Sessions', 'D'],
      ['Rounds', 'D'],
    ]);
    // The rater who only recorded "cannot score" has no observation, so no element.
    expect([...spec.labels[1]!.elements]).toEqual([
      [1, 'R1'],
      [2, 'R2'],
    ]);
    expect([...spec.labels[3]!.elements]).toEqual([
      [1, '2026-02-11 Calibration  February'],
      [2, '2026-06-03 Calibration  June'],
    ]);
    expect([...spec.labels[4]!.elements]).toEqual([
      [1, 'Round 1'],
      [2, 'Round 2'],
    ]);
    // rater x session, then rater x round: B on the rater and on the facet it meets.
    expect(spec.models.map((m) => m.terms.join(','))).toEqual(['?,?B,?,?B,?', '?,?B,?,?,?B']);
    expect(spec.models.every((m) => m.scale.code === 'R4K')).toBe(true);
    expect(spec.comments).toContain('Raters appear by one alias per person.');
    expect(observations).toHaveLength(16);
    const sessionLabel: Record<string, string> = {
      feb: '2026-02-11 Calibration  February',
      june: '2026-06-03 Calibration  June',
    };
    expect(observations.map((o) => [...labelled(spec, o), o.score].join('|')).sort()).toEqual(
      rows
        .filter((r) => r.score !== null)
        .map((r) =>
          [
            r.sample,
            r.rater,
            r.criterion,
            sessionLabel[r.session],
            `Round ${r.round}`,
            r.score,
          ].join('|'),
        )
        .sort(),
    );
  });

  it('has a round facet for one session scored twice, and none for one round', () => {
    const rows = [1, 2].flatMap((round) =>
      ['R1', 'R2'].map((rater) => row({ round, rater, score: round + 2 })),
    );
    const both = read(writeFacets({ title: 't', rows, levels: [1, 2, 3, 4], dataFileName: 'd' }));
    expect(both.spec.labels.map((b) => b.name)).toEqual([
      'Samples',
      'Raters',
      'Criteria',
      'Rounds',
    ]);
    expect(both.spec.models.map((m) => m.terms.join(','))).toEqual(['?,?B,?,?B']);
    expect(both.observations.map((o) => o.elements[3])).toEqual([1, 1, 2, 2]);
    const one = read(
      writeFacets({
        title: 't',
        rows: rows.filter((r) => r.round === 2),
        levels: [1, 2, 3, 4],
        dataFileName: 'd',
      }),
    );
    expect(one.spec.facets).toBe(3);
  });

  it('the reader refuses what FACETS would refuse', () => {
    const files = writeFacets({
      title: 't',
      rows: [row({ score: 3 })],
      levels: [1, 2, 3],
      dataFileName: 'd',
    });
    const spec = readFacetsSpec(files.specification);
    expect(() => readFacetsData(spec, '1,1,1,4\n')).toThrow(/above R3/);
    expect(() => readFacetsData(spec, '1,2,1,3\n')).toThrow(/element 2 is not in facet 2/);
    expect(() => readFacetsData(spec, '1,1,3\n')).toThrow(/fields/);
    expect(() => readFacetsSpec(files.specification.replace('?,?,?,R3K', '?,?,R3K'))).toThrow(
      /2 facet terms/,
    );
  });
});
