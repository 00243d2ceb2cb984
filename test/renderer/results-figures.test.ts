// The results screen's choices and writing of the engine's figures, and the charts' folding of
// the engine's counts, checked against figures worked out by hand.
import { describe, expect, it } from 'vitest';
import { computeAgreementReport } from '../../src-main/stats/index.js';
import { READING } from '../../src-main/stats/interpret.js';
import { confusionOption, foldPairs, pairTotals } from '../../src-renderer/charts/confusion.js';
import { diverging, sequential } from '../../src-renderer/charts/palette.js';
import { formatLean, severityOption } from '../../src-renderer/charts/severity.js';
import {
  criterionSections,
  figureExplanation,
  figureName,
  FIGURES,
  figuresFor,
  formatInterval,
  formatValue,
  labelOf,
  raterDisplay,
} from '../../src-renderer/pages/results/figures.js';

describe('figures shown', () => {
  // Ten samples, three raters: all give level 3 except one rater on sample 10 (level 2).
  // 29 of 30 ratings sit on one level: identical pairs 28/30, kappa low - the kappa paradox.
  const ratings = Array.from({ length: 10 }, (_, i) =>
    ['A', 'B', 'C'].map((rater) => ({
      sample: `s${String(i).padStart(2, '0')}`,
      rater,
      score: i === 9 && rater === 'C' ? 2 : 3,
    })),
  ).flat();
  const report = computeAgreementReport(ratings, { levels: [1, 2, 3, 4], ci: { kind: 'none' } });
  const only = Object.values(report.criteria)[0]!;

  it('add kappa and AC1 to the details when the kappa paradox occurs', () => {
    expect(only.kappa_paradox.detected).toBe(true);
    expect(figuresFor(only).map((f) => [f.key, f.role])).toEqual([
      ['alpha', 'main'],
      ['exact', 'main'],
      ['withinOne', 'main'],
      ['kappaQuadratic', 'detail'],
      ['ac2', 'detail'],
      ['icc', 'detail'],
      ['kappaUnweighted', 'detail'],
      ['ac1', 'detail'],
    ]);
    const exact = figuresFor(only)[1]!.pick(only.statistics, READING)!;
    // 30 pairs (3 per sample), the two pairs with rater C on sample 10 differ.
    expect(exact.value).toBeCloseTo(28 / 30, 12);
    expect(formatValue(exact.value, 'share')).toBe('93%');
  });

  it('show the usual six without a paradox', () => {
    const spread = computeAgreementReport(
      [
        { sample: 'a', rater: 'A', score: 1 },
        { sample: 'a', rater: 'B', score: 2 },
        { sample: 'b', rater: 'A', score: 3 },
        { sample: 'b', rater: 'B', score: 3 },
      ],
      { levels: [1, 2, 3], ci: { kind: 'none' } },
    );
    const c = Object.values(spread.criteria)[0]!;
    expect(c.kappa_paradox.detected).toBe(false);
    expect(figuresFor(c)).toHaveLength(6);
  });

  it('show the ICC form the scheme names, on the samples every rater scored', () => {
    const icc = FIGURES.find((f) => f.key === 'icc')!;
    const stat = icc.pick(only.statistics, READING)!;
    expect(stat).toBe(only.statistics.icc!.agreement_single);
    expect(icc.samples(only, READING)).toBe(10);
    expect(figureName(icc, READING)).toBe('Intraclass correlation (ICC), one rater’s scores');
    expect(figureExplanation(icc, READING)).toMatch(/always harsher or more lenient/);
    // Its interval is the engine's F-interval, written like the others.
    expect(formatInterval(stat, 'coefficient', 10, READING)).toBe(
      `95% interval: ${stat.ci95_lower!.toFixed(2)} to ${stat.ci95_upper!.toFixed(2)}`,
    );
  });

  it('write shares as percentages and coefficients with two decimals', () => {
    expect(formatValue(0.7149, 'share')).toBe('71%');
    expect(formatValue(0.725, 'coefficient')).toBe('0.72');
    expect(formatValue(-0.001, 'coefficient')).toBe('0.00');
    expect(formatValue(null, 'coefficient')).toBe('not available');
    const stat = { value: 0.7, defined: true, n_used: 10, ci95_lower: 0.55, ci95_upper: 0.851 };
    expect(formatInterval(stat, 'share', 10, READING)).toBe('95% interval: 55% to 85%');
    expect(formatInterval(stat, 'coefficient', 10, READING)).toBe('95% interval: 0.55 to 0.85');
  });

  it('say in words where an interval means nothing', () => {
    const stat = { value: 0, defined: true, n_used: 2, ci95_lower: 0, ci95_upper: 0 };
    // "0% to 0%" over two samples: too few for a range.
    expect(formatInterval(stat, 'share', 2, READING)).toBe('too few samples for a range');
    expect(formatInterval(stat, 'share', 12, READING)).toBe(
      'no range: every sample gave the same result',
    );
    expect(formatInterval({ ...stat, ci95_lower: null }, 'share', 12, READING)).toBe(
      'no range for this figure',
    );
    expect(
      formatInterval({ ...stat, ci95_lower: 0.501, ci95_upper: 0.504 }, 'coefficient', 12, READING),
    ).toBe('95% interval: about 0.50 (a very narrow range)');
    // A range the engine dropped says the engine's reason where the range would be.
    const why =
      'no 95% interval: the F-based formula gives [-0.306, -0.282], which does not contain the estimate (-0.280)';
    expect(
      formatInterval(
        {
          value: -0.28,
          defined: true,
          n_used: 5,
          ci95_lower: null,
          ci95_upper: null,
          ci95_reason: why,
        },
        'coefficient',
        5,
        READING,
      ),
    ).toBe(why);
    // A figure that is itself not available has no interval line at all.
    expect(
      formatInterval({ value: null, defined: false, n_used: 0 }, 'share', 12, READING),
    ).toBeNull();
  });

  it('take the rule’s settings and words from the scheme the results came with', () => {
    const scheme = {
      ...READING,
      rangeMinSamples: 20,
      noRange: { tooFewSamples: 'few', notDefined: 'none', singlePoint: 'one point' },
    };
    const stat = { value: 0.7, defined: true, n_used: 10, ci95_lower: 0.55, ci95_upper: 0.85 };
    expect(formatInterval(stat, 'coefficient', 10, scheme)).toBe('few');
    expect(formatInterval(stat, 'coefficient', 20, scheme)).toBe('95% interval: 0.55 to 0.85');
    expect(formatInterval({ ...stat, ci95_upper: null }, 'coefficient', 20, scheme)).toBe('none');
    expect(formatInterval({ ...stat, ci95_upper: 0.55 }, 'coefficient', 20, scheme)).toBe(
      'one point',
    );
  });

  it('label undefined figures with the reason, shares in words, coefficients with none', () => {
    const [alpha, exact] = FIGURES;
    expect(
      labelOf({ value: null, defined: false, n_used: 0, reason: 'no variation' }, alpha!),
    ).toBe('no variation');
    expect(
      labelOf({ value: 0.9, defined: true, n_used: 3, interpretation: 'reliable (alpha)' }, alpha!),
    ).toBeNull();
    expect(
      labelOf(
        { value: 0.5, defined: true, n_used: 3, interpretation: '50% of paired scores' },
        exact!,
      ),
    ).toBe('50% of paired scores');
  });

  it('list all criteria together first, then the criteria in rubric order', () => {
    const two = computeAgreementReport(
      [
        { sample: 'a', rater: 'A', criterion: 'Zeta', score: 1 },
        { sample: 'a', rater: 'B', criterion: 'Zeta', score: 2 },
        { sample: 'a', rater: 'A', criterion: 'Alpha', score: 1 },
        { sample: 'a', rater: 'B', criterion: 'Alpha', score: 1 },
      ],
      { levels: [1, 2], ci: { kind: 'none' } },
    );
    expect(criterionSections([{ name: 'Zeta' }, { name: 'Alpha' }], two)).toEqual([
      { key: '__pooled__', title: 'All criteria together' },
      { key: 'Zeta', title: 'Zeta' },
      { key: 'Alpha', title: 'Alpha' },
    ]);
  });

  it('name raters R1..Rn unless names are shown', () => {
    const raters = [
      { label: 'R1', name: 'Dana' },
      { label: 'R2', name: null },
    ];
    expect(['R1', 'R2'].map(raterDisplay(raters, false))).toEqual(['R1', 'R2']);
    expect(['R1', 'R2'].map(raterDisplay(raters, true))).toEqual(['Dana', 'R2']);
  });
});

describe('charts', () => {
  // The engine's symmetric counts for one criterion on levels 1..3: (1,1) x2, (1,2) x3,
  // (2,2) x1, (1,3) x1.
  const matrix = [
    [2, 3, 1],
    [3, 1, 0],
    [1, 0, 0],
  ];

  it('count each rater pair once, with exact agreement on the diagonal', () => {
    const cells = foldPairs(matrix);
    expect(cells).toEqual([
      { lower: 0, higher: 0, pairs: 2 },
      { lower: 0, higher: 1, pairs: 3 },
      { lower: 0, higher: 2, pairs: 1 },
      { lower: 1, higher: 1, pairs: 1 },
      { lower: 1, higher: 2, pairs: 0 },
      { lower: 2, higher: 2, pairs: 0 },
    ]);
    expect(pairTotals(cells)).toEqual({ pairs: 7, same: 3, farApart: 1 });
    const series = confusionOption(cells, ['1', '2', '3']).series as { data: unknown[] }[];
    expect(series[0]!.data).toHaveLength(6);
  });

  it('write lean with its sign and leave blank cells out of the heat map', () => {
    expect(formatLean(0.5)).toBe('+0.50');
    expect(formatLean(-0.125)).toBe('\u22120.13');
    expect(formatLean(-0.001)).toBe('0.00');
    expect(formatLean(null)).toBe('no scores');
    const option = severityOption(
      {
        raters: ['R1', 'R2'],
        criteria: ['Claim'],
        values: [[-0.5], [null]],
      },
      (r) => r,
    );
    const data = (option.series as { data: { value: number[] }[] }[])[0]!.data;
    expect(data.map((d) => d.value)).toEqual([[0, 0, -0.5]]);
  });

  it('colour from light grey to orange (harsher) or blue (more lenient)', () => {
    expect(diverging(0)).toBe('#f7f7f7');
    expect(diverging(-1)).toBe('#e69f00');
    expect(diverging(1)).toBe('#56b4e9');
    expect(diverging(-5)).toBe('#e69f00');
    expect(sequential(1)).toBe('#56b4e9');
  });
});
