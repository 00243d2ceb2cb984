// Levels on a CJ scale from anchors: boundaries at the midpoints of adjacent levels' anchor
// means, each sample's band with its probability and 95% range, and the refusals in words.
import { describe, expect, it } from 'vitest';
import { cjLevels } from '../../src-main/stats/cj-levels.js';
import { normalCdf } from '../../src-main/stats/distributions.js';
import type { BtFit, BtSample } from '../../src-main/stats/cj-types.js';

const sample = (id: string, ability: number, se: number): BtSample => ({
  sample: id,
  ability,
  se,
  wins: 1,
  comparisons: 2,
  adjusted: null,
});

function fitOf(samples: BtSample[], components = 1): BtFit {
  return { samples, log_likelihood: -10, iterations: 5, converged: true, components, warnings: [] };
}

// Level 2's anchors B and C average (-0.5 + 0.2) / 2 = -0.15; A (level 1) is -1.5, E (level 4)
// 1.6. Boundaries: (-1.5 - 0.15) / 2 = -0.825 and (-0.15 + 1.6) / 2 = 0.725. G sits exactly on
// the upper boundary.
const G_ABILITY = ((-0.5 + 0.2) / 2 + 1.6) / 2;
const FIT = fitOf([
  sample('A', -1.5, 0.4),
  sample('B', -0.5, 0.3),
  sample('C', 0.2, 0.5),
  sample('D', 0.9, 0.35),
  sample('E', 1.6, 0.6),
  sample('F', 0, 0),
  sample('G', G_ABILITY, 0.2),
]);
const ANCHORS = [
  { sample: 'A', level: 1 },
  { sample: 'B', level: 2 },
  { sample: 'C', level: 2 },
  { sample: 'E', level: 4 },
];

describe('normalCdf', () => {
  it('matches R pnorm to 1e-15', () => {
    // R: options(digits = 17); pnorm(c(-8, -5, -3.3, -2.5, -1.96, -1, -0.3, 0, 0.3, 1, 1.96, 2.5, 3.3, 5, 8))
    const z = [-8, -5, -3.3, -2.5, -1.96, -1, -0.3, 0, 0.3, 1, 1.96, 2.5, 3.3, 5, 8];
    const r = [
      6.2209605742717849e-16, 2.8665157187919391e-7, 4.8342414238377744e-4, 6.2096653257761349e-3,
      2.4997895148220428e-2, 1.5865525393145705e-1, 3.8208857781104733e-1, 0.5,
      6.1791142218895267e-1, 8.4134474606854293e-1, 9.7500210485177963e-1, 9.9379033467422384e-1,
      9.9951657585761622e-1, 9.9999971334842808e-1, 9.9999999999999933e-1,
    ];
    z.forEach((v, i) => expect(Math.abs(normalCdf(v) - r[i]!)).toBeLessThan(1e-15));
    // The far tail keeps its relative accuracy.
    expect(Math.abs(normalCdf(-8) / r[0]! - 1)).toBeLessThan(1e-12);
    expect(normalCdf(-Infinity)).toBe(0);
    expect(normalCdf(Infinity)).toBe(1);
  });
});

describe('cjLevels', () => {
  const result = cjLevels(FIT, ANCHORS, [5, 4, 3, 2, 1]);

  it('places a boundary midway between adjacent anchored levels, joining across a gap', () => {
    expect(result.reason).toBeUndefined();
    expect(result.boundaries).toHaveLength(2);
    const [low, high] = result.boundaries!;
    expect(low).toMatchObject({ below: 1, above: 2 });
    expect(high).toMatchObject({ below: 2, above: 4 });
    expect(Math.abs(low!.at - -0.825)).toBeLessThan(1e-12);
    expect(Math.abs(high!.at - 0.725)).toBeLessThan(1e-12);
    expect(result.levels_without_anchors).toEqual([3, 5]);
  });

  it('gives every sample its band, the probability of that band and its 95% range', () => {
    // Probabilities from R (options(digits = 17)), b1 = -0.825, b2 = 0.725 as computed above:
    //   A: pnorm((b1 + 1.5) / 0.4)
    //   B: pnorm((b2 + 0.5) / 0.3) - pnorm((b1 + 0.5) / 0.3)
    //   C: pnorm((b2 - 0.2) / 0.5) - pnorm((b1 - 0.2) / 0.5)
    //   D: 1 - pnorm((b2 - 0.9) / 0.35);  E: 1 - pnorm((b2 - 1.6) / 0.6)
    // Ranges: ability -+ qnorm(.975) se, e.g. D 0.214..1.586 reaches levels 2 to 4.
    const expected = [
      { sample: 'A', level: 1, probability: 0.95424637503825882, level_low: 1, level_high: 2 },
      { sample: 'B', level: 2, probability: 0.86064755541428761, level_low: 1, level_high: 2 },
      { sample: 'C', level: 2, probability: 0.83295872821839978, level_low: 2, level_high: 4 },
      { sample: 'D', level: 4, probability: 0.69146246127401301, level_low: 2, level_high: 4 },
      { sample: 'E', level: 4, probability: 0.92762565669850217, level_low: 2, level_high: 4 },
      // No uncertainty: certainly in its band.
      { sample: 'F', level: 2, probability: 1, level_low: 2, level_high: 2 },
      // On a boundary: the level above, with an even chance.
      { sample: 'G', level: 4, probability: 0.5, level_low: 2, level_high: 4 },
    ];
    expect(result.samples.map((s) => s.sample)).toEqual(expected.map((e) => e.sample));
    result.samples.forEach((s, i) => {
      const e = expected[i]!;
      expect({ ...s, probability: 0 }).toEqual({ ...e, probability: 0 });
      expect(Math.abs(s.probability - e.probability)).toBeLessThan(1e-9);
    });
  });

  it('says why there are no boundaries with anchors at one level only', () => {
    const one = cjLevels(FIT, [ANCHORS[1]!, ANCHORS[2]!], [1, 2, 3]);
    expect(one).toEqual({
      boundaries: null,
      reason:
        'every anchor is at level 2: anchors at two or more levels are needed to place the boundaries between levels',
      samples: [],
      levels_without_anchors: [1, 3],
    });
    expect(cjLevels(FIT, [], [1, 2]).reason).toMatch(/^no anchors were given/);
  });

  it('says plainly when the anchors do not rise with their levels', () => {
    const swapped = cjLevels(
      FIT,
      [
        { sample: 'A', level: 1 },
        { sample: 'D', level: 2 },
        { sample: 'B', level: 3 },
      ],
      [1, 2, 3],
    );
    expect(swapped.boundaries).toBeNull();
    expect(swapped.samples).toEqual([]);
    expect(swapped.reason).toBe(
      "the anchors do not rise with their levels on this scale: the level 3 anchors average -0.50 logits, not above the level 2 anchors' 0.90 logits. Check the anchors' agreed levels, or judge more pairs that include them",
    );
  });

  it('gives a sample never compared no level, and leaves such an anchor out', () => {
    const withU = fitOf([...FIT.samples, sample('U', 0, 0.1)]);
    withU.samples[withU.samples.length - 1]!.se = null;
    const result = cjLevels(withU, [...ANCHORS, { sample: 'U', level: 5 }], [1, 2, 3, 4, 5]);
    // U would have made level 5 an anchored level; left out, the boundaries are as without it.
    expect(result.boundaries).toEqual(cjLevels(FIT, ANCHORS, [1, 2, 3, 4, 5]).boundaries);
    expect(result.anchors_not_compared).toEqual(['U']);
    expect(result.samples.map((s) => s.sample)).not.toContain('U');
    expect(cjLevels(FIT, ANCHORS, [1, 2, 4]).anchors_not_compared).toBeUndefined();
  });

  it('refuses to read levels across separate groups of comparisons', () => {
    const split = cjLevels(fitOf(FIT.samples, 2), ANCHORS, [1, 2, 3, 4]);
    expect(split.boundaries).toBeNull();
    expect(split.reason).toMatch(/2 separate groups/);
  });

  it('refuses anchors that are not samples, levels off the scale and repeated anchors', () => {
    expect(() => cjLevels(FIT, [{ sample: 'Z', level: 1 }], [1, 2])).toThrow(
      'anchors[0].sample: "Z" is not a sample of the fit',
    );
    expect(() => cjLevels(FIT, [{ sample: 'A', level: 7 }], [1, 2])).toThrow(
      'anchors[0].level: 7 is not a level of the scale (1, 2)',
    );
    expect(() =>
      cjLevels(
        FIT,
        [
          { sample: 'A', level: 1 },
          { sample: 'A', level: 2 },
        ],
        [1, 2],
      ),
    ).toThrow('anchors[1].sample: "A" is anchored twice');
    expect(() => cjLevels(FIT, ANCHORS, [1, 2, 2, 4])).toThrow(/repeats a level/);
  });
});
