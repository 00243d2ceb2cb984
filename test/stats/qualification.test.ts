// Qualification check against anchors, computed by hand.
//   item         reference  given  distance  verdict
//   a1/Evidence  3          3      0         exact
//   a1/Claim     2          2      0         exact
//   a2/Evidence  4          4      0         exact
//   a2/Claim     1          2      1         adjacent
//   a3/Evidence  2          4      2         non-adjacent
// -> exact 3/5 = 60%, within one 4/5 = 80%, non-adjacent 1.
import { describe, expect, it } from 'vitest';
import { evaluateQualification } from '../../src-main/stats/index.js';

const LEVELS = [1, 2, 3, 4];
const ANCHORS = [
  {
    sampleId: 'a1',
    criterionKey: 'Evidence',
    score: 3,
    rationale: 'Two relevant sources, one explained',
  },
  { sampleId: 'a1', criterionKey: 'Claim', score: 2 },
  {
    sampleId: 'a2',
    criterionKey: 'Evidence',
    score: 4,
    rationale: 'Sources weighed against each other',
  },
  { sampleId: 'a2', criterionKey: 'Claim', score: 1, rationale: 'No arguable claim' },
  { sampleId: 'a3', criterionKey: 'Evidence', score: 2 },
];
const ATTEMPT = [
  { sampleId: 'a1', criterionKey: 'Evidence', score: 3 },
  { sampleId: 'a1', criterionKey: 'Claim', score: 2 },
  { sampleId: 'a2', criterionKey: 'Evidence', score: 4 },
  { sampleId: 'a2', criterionKey: 'Claim', score: 2 },
  { sampleId: 'a3', criterionKey: 'Evidence', score: 4 },
];

describe('evaluateQualification', () => {
  it('counts and per-item feedback with rationales', () => {
    const r = evaluateQualification(ATTEMPT, ANCHORS, {}, LEVELS);
    expect([r.items, r.exact, r.withinOne, r.nonAdjacent, r.missing]).toEqual([5, 3, 4, 1, 0]);
    expect(r.exactShare).toBeCloseTo(0.6, 12);
    expect(r.withinOneShare).toBeCloseTo(0.8, 12);
    expect(r.perItem.map((i) => i.verdict)).toEqual([
      'exact',
      'exact',
      'exact',
      'adjacent',
      'non-adjacent',
    ]);
    expect(r.perItem[3]).toEqual({
      sampleId: 'a2',
      criterionKey: 'Claim',
      given: 2,
      reference: 1,
      verdict: 'adjacent',
      rationale: 'No arguable claim',
    });
    expect(r.perItem[1]!.rationale).toBeNull();
    expect(r.passed).toBe(true);
  });

  it('80% exact fails at 60%', () => {
    const r = evaluateQualification(ATTEMPT, ANCHORS, { minExact: 0.8 }, LEVELS);
    expect(r.passed).toBe(false);
    expect(r.reasons).toEqual(['Exact matches 60% (3 of 5); needed 80%.']);
  });

  it('all conditions must hold: within one and at most 1 non-adjacent', () => {
    expect(
      evaluateQualification(ATTEMPT, ANCHORS, { minWithinOne: 0.8, maxNonAdjacent: 1 }, LEVELS)
        .passed,
    ).toBe(true);
    const r = evaluateQualification(
      ATTEMPT,
      ANCHORS,
      { minWithinOne: 1, maxNonAdjacent: 0 },
      LEVELS,
    );
    expect(r.passed).toBe(false);
    expect(r.reasons).toEqual([
      'Within one level 80% (4 of 5); needed 100%.',
      '1 score was two or more levels away; at most 0 allowed.',
    ]);
    // Boundary: exactly 60% exact passes a 60% rule.
    expect(evaluateQualification(ATTEMPT, ANCHORS, { minExact: 0.6 }, LEVELS).passed).toBe(true);
  });

  it('a missing item fails the attempt and counts against the shares', () => {
    const r = evaluateQualification(ATTEMPT.slice(0, 4), ANCHORS, { minWithinOne: 0.8 }, LEVELS);
    expect(r.perItem[4]!.verdict).toBe('missing');
    expect(r.perItem[4]!.given).toBeNull();
    // Within one: 4 of 5 still (missing is not within one) = 80%, but an item was not scored.
    expect(r.withinOneShare).toBeCloseTo(0.8, 12);
    expect(r.passed).toBe(false);
    expect(r.reasons).toEqual(['1 anchor item was not scored.']);
  });

  it('without levels, scores are level positions', () => {
    const r = evaluateQualification(ATTEMPT, ANCHORS, { minWithinOne: 0.8 });
    expect([r.exact, r.withinOne, r.nonAdjacent]).toEqual([3, 4, 1]);
    // On a scale 0, 2, 4, 6 a 2-point gap is one level: a2/Claim (1 vs 2) is not on that scale.
    expect(() => evaluateQualification(ATTEMPT, ANCHORS, {}, [0, 2, 4, 6])).toThrow(RangeError);
  });

  it('refuses scores outside the scale and bad rules', () => {
    expect(() =>
      evaluateQualification([{ ...ATTEMPT[0]!, score: 9 }], ANCHORS, {}, LEVELS),
    ).toThrow(RangeError);
    expect(() => evaluateQualification(ATTEMPT, ANCHORS, { minExact: 80 }, LEVELS)).toThrow(
      /minExact/,
    );
  });
});
