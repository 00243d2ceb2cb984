// The one verdict scheme: the band follows the unrounded alpha, the value written beside it never
// reads as another band, ranges that mean nothing are said in words, and the too-few-samples
// caution is said once when every criterion has the same number of samples.
import { describe, expect, it } from 'vitest';
import { computeAgreementReport } from '../../src-main/stats/index.js';
import type { CriterionReport, Rating } from '../../src-main/stats/index.js';
import {
  alphaBand,
  criterionVerdict,
  noRangeWords,
  READING,
  verdictLevel,
  verdictValue,
} from '../../src-main/stats/interpret.js';
import { sampleSizeNotes } from '../../src-main/stats/sample-size.js';

const LEVELS = [1, 2, 3, 4];

/** Two raters over the given score pairs, one criterion per call. */
function pairs(scores: [number, number][], criterion = 'Claim'): Rating[] {
  return scores.flatMap(([a, b], i) => [
    { sample: `s${String(i).padStart(2, '0')}`, rater: 'A', criterion, score: a },
    { sample: `s${String(i).padStart(2, '0')}`, rater: 'B', criterion, score: b },
  ]);
}

function only(ratings: Rating[]): CriterionReport {
  const report = computeAgreementReport(ratings, { levels: LEVELS, ci: { kind: 'none' } });
  return Object.values(report.criteria)[0]!;
}

/** A real report with its alpha set to `value`, to test the bands at their edges. */
function withAlpha(value: number): CriterionReport {
  const c = only(
    pairs([
      [1, 1],
      [2, 2],
      [3, 4],
    ]),
  );
  c.statistics.krippendorff_alpha!.ordinal.value = value;
  return c;
}

describe('the verdict', () => {
  it('follows the unrounded alpha at the band edges', () => {
    expect(verdictLevel(0.8)).toBe('reliable');
    expect(verdictLevel(0.7996)).toBe('tentative');
    expect(verdictLevel(0.667)).toBe('tentative');
    expect(verdictLevel(0.6669)).toBe('unreliable');
    expect(verdictLevel(-0.11)).toBe('unreliable');
  });

  it('never writes a value that reads as another band', () => {
    // 0.7996 rounds to 0.80 (and 0.800): cut at three decimals instead.
    expect(verdictValue(0.7996)).toBe('0.799');
    // 0.79899 rounds to 0.80, but 0.799 at three decimals stays in its band.
    expect(verdictValue(0.79899)).toBe('0.799');
    // 0.6669 rounds to 0.67 and 0.667, both tentative, while it is below 0.667.
    expect(verdictValue(0.6669)).toBe('0.666');
    expect(verdictValue(0.6651)).toBe('0.665');
    // No band boundary crossed: two decimals as everywhere else.
    expect(verdictValue(0.8)).toBe('0.80');
    expect(verdictValue(0.8004)).toBe('0.80');
    expect(verdictValue(0.6674)).toBe('0.67');
    expect(verdictValue(0.72)).toBe('0.72');
    expect(verdictValue(-0.113)).toBe('-0.11');
    expect(verdictValue(-0.001)).toBe('0.00');
    // The report writes three decimals, with the same rule.
    expect(verdictValue(0.79996, 3)).toBe('0.7999');
    expect(verdictValue(0.7996, 3)).toBe('0.7996');
    expect(verdictValue(0.843, 3)).toBe('0.843');
    // Whatever the value, the written one is in the same band.
    for (let v = 0.6; v < 0.85; v += 0.00013) {
      for (const d of [2, 3]) {
        expect(verdictLevel(Number(verdictValue(v, d))), `${v} at ${d}`).toBe(verdictLevel(v));
      }
    }
  });

  it('gives one verdict per criterion with its value, in plain words', () => {
    const tentative = criterionVerdict(withAlpha(0.7996));
    expect(tentative).toEqual({
      level: 'tentative',
      label: 'Tentative',
      meaning: 'Consistent enough for tentative conclusions only.',
      value: '0.799',
    });
    expect(criterionVerdict(withAlpha(0.8))).toMatchObject({ level: 'reliable', value: '0.80' });
    expect(criterionVerdict(withAlpha(-0.11))).toMatchObject({
      level: 'unreliable',
      label: 'Not reliable yet',
      value: '-0.11',
    });
    expect(criterionVerdict(withAlpha(0.7996), 3).value).toBe('0.7996');
    for (const level of ['reliable', 'tentative', 'unreliable'] as const) {
      const v = { reliable: 0.9, tentative: 0.7, unreliable: 0.2 }[level];
      const words = JSON.stringify(criterionVerdict(withAlpha(v)));
      expect(words).not.toMatch(/Landis|Koch|Koo|Krippendorff|\d{4}/);
    }
  });

  it('gives no verdict, with the reason in words, when alpha is undefined', () => {
    // Every paired score on level 3: alpha has nothing to tell agreement from chance with.
    const same = criterionVerdict(
      only(
        pairs([
          [3, 3],
          [3, 3],
        ]),
      ),
    );
    expect(same).toMatchObject({ level: 'none', label: 'No verdict', value: null });
    expect(same.meaning).toMatch(/same level/);
    const unpaired = criterionVerdict(only([{ sample: 'a', rater: 'A', score: 2 }]));
    expect(unpaired.meaning).toBe('No sample was scored by two or more raters yet.');
  });

  it('is the band `concord stats` prints beside alpha', () => {
    expect(alphaBand(0.7996)).toMatch(/^tentative/);
    expect(alphaBand(0.8)).toMatch(/^reliable/);
    expect(alphaBand(0.5)).toMatch(/^not reliable yet/);
    // Kappa, ICC and the rest get no words of their own from the engine.
    const c = only(
      pairs([
        [1, 1],
        [2, 3],
        [3, 3],
        [4, 4],
        [2, 2],
      ]),
    );
    expect(c.statistics.krippendorff_alpha!.ordinal.interpretation).toBe(
      alphaBand(c.statistics.krippendorff_alpha!.ordinal.value!),
    );
    expect(c.statistics.cohen_kappa!.mean_over_pairs.quadratic.interpretation).toBeUndefined();
  });
});

describe('ranges', () => {
  const stat = { value: 0.5, defined: true, n_used: 8, ci95_lower: 0.2, ci95_upper: 0.7 };

  it('are shown from the scheme’s number of samples on', () => {
    expect(noRangeWords(stat, READING.rangeMinSamples)).toBeNull();
    expect(noRangeWords(stat, READING.rangeMinSamples - 1)).toBe('too few samples for a range');
  });

  it('are said in words when undefined or a single point', () => {
    expect(noRangeWords({ ...stat, ci95_lower: null }, 20)).toBe('no range for this figure');
    expect(noRangeWords({ value: 0.5, defined: true, n_used: 8 }, 20)).toBe(
      'no range for this figure',
    );
    expect(noRangeWords({ ...stat, ci95_lower: 0, ci95_upper: 0 }, 20)).toBe(
      'no range: every sample gave the same result',
    );
    expect(noRangeWords(undefined, 20)).toBe('no range for this figure');
  });

  it('say why the engine dropped a range, in its place', () => {
    const why = 'no 95% interval: the F-based formula gives [0.400, 0.300]';
    const dropped = { ...stat, ci95_lower: null, ci95_upper: null, ci95_reason: why };
    expect(noRangeWords(dropped, 20)).toBe(why);
    // Where the samples are too few, that is what a team can act on: the formula is not shown.
    expect(noRangeWords(dropped, 2)).toBe('too few samples for a range');
    // A reason beside bounds that stand is not the engine's: the range is shown.
    expect(noRangeWords({ ...stat, ci95_reason: why }, 20)).toBeNull();
  });

  it('for the ICC rest on the samples every rater scored', () => {
    expect(READING.icc.form).toBe('agreement_single');
    const c = only(
      pairs([
        [1, 1],
        [2, 3],
        [3, 3],
        [4, 4],
        [2, 2],
        [1, 2],
      ]),
    );
    const icc = c.statistics.icc!.agreement_single;
    // Analytic F-interval, computed even without a bootstrap.
    expect(icc.ci95_lower).toBeLessThan(icc.value!);
    expect(icc.n_used).toBe(6);
    expect(noRangeWords(icc, icc.n_used)).toBeNull();
  });
});

describe('the too-few-samples caution', () => {
  const three: [number, number][] = [
    [1, 1],
    [2, 2],
    [3, 4],
  ];

  it('is said once when every criterion has the same number of samples', () => {
    const report = computeAgreementReport([...pairs(three, 'Claim'), ...pairs(three, 'Style')], {
      levels: LEVELS,
      ci: { kind: 'none' },
    });
    expect(sampleSizeNotes(report)).toEqual([
      {
        criteria: ['Claim', 'Style'],
        samples: 3,
        message:
          'Only 3 samples were scored by two or more raters on each criterion: the agreement figures are not stable yet (at least 10 needed).',
      },
    ]);
  });

  it('names the criteria, grouped by number, where the numbers differ', () => {
    const report = computeAgreementReport(
      [
        ...pairs(three, 'Claim'),
        ...pairs(three.slice(0, 2), 'Style'),
        ...pairs(three, 'Evidence'),
        ...pairs(
          Array.from({ length: 12 }, () => [2, 2] as [number, number]),
          'Voice',
        ),
      ],
      { levels: LEVELS, ci: { kind: 'none' } },
    );
    const notes = sampleSizeNotes(report, { order: ['Style', 'Evidence', 'Voice', 'Claim'] });
    expect(notes.map((n) => [n.samples, n.criteria])).toEqual([
      [2, ['Style']],
      [3, ['Evidence', 'Claim']],
    ]);
    expect(notes[1]!.message).toBe(
      'Only 3 samples of Evidence and Claim were scored by two or more raters: the agreement figures are not stable yet (at least 10 needed).',
    );
    expect(sampleSizeNotes(report, { minSamples: 2 })).toEqual([]);
  });

  it('speaks of one criterion without "each"', () => {
    const report = computeAgreementReport(pairs(three.slice(0, 1)), {
      levels: LEVELS,
      ci: { kind: 'none' },
    });
    expect(sampleSizeNotes(report)[0]!.message).toBe(
      'Only 1 sample was scored by two or more raters: the agreement figures are not stable yet (at least 10 needed).',
    );
  });
});
