// The wording of comparative judgement results, shared by the results page and the printed report:
// what each figure reads as, at the edges where rounding or a missing value could mislead.
import { describe, expect, it } from 'vitest';
import type { JudgingFigure } from '../../src-main/domain/judging-words.js';
import {
  bandRange,
  countsWords,
  intervalWords,
  levelBands,
  levelEstimateParts,
  levelName,
  meanSquare,
  namedBands,
  orderLikeness,
  rank,
  reliabilityFigure,
  rubricReading,
  rubricScore,
  scaleChartLabel,
  scaleRows,
  seconds,
  sentence,
  signed,
  strongestFirst,
  sure,
  surpriseWords,
  thresholdWords,
  twoDecimals,
} from '../../src-main/domain/judging-words.js';

const LEVELS = [
  { value: 1, label: 'Beginning' },
  { value: 2, label: 'Emerging' },
  { value: 3, label: 'Proficient' },
  { value: 4, label: 'Advanced' },
];

const stat = (value: number, lower: number | null, upper: number | null, n = 5): JudgingFigure => ({
  value,
  defined: true,
  n_used: n,
  ci95_lower: lower,
  ci95_upper: upper,
});

const UNDEFINED: JudgingFigure = { value: null, defined: false, n_used: 0 };

describe('the judging words', () => {
  it('order the scale strongest first, ties by code, leaving the input as it was', () => {
    const samples = [
      { sample: 'B', ability: 0, se: 1 },
      { sample: 'C', ability: 2, se: 1 },
      { sample: 'A', ability: 0, se: 1 },
      { sample: 'D', ability: -1.5, se: null },
    ];
    expect(strongestFirst(samples).map((s) => s.sample)).toEqual(['C', 'A', 'B', 'D']);
    expect(samples.map((s) => s.sample)).toEqual(['B', 'C', 'A', 'D']);
    expect(strongestFirst([])).toEqual([]);
  });

  it('write two decimals, never "-0.00"', () => {
    expect(twoDecimals(0.864)).toBe('0.86');
    expect(twoDecimals(-1.2)).toBe('-1.20');
    expect(twoDecimals(-0.004)).toBe('0.00');
    expect(twoDecimals(-0)).toBe('0.00');
  });

  it('sign an ability, but not one that rounds to zero', () => {
    expect(signed(1.234)).toBe('+1.23');
    expect(signed(-0.4)).toBe('-0.40');
    expect(signed(0)).toBe('0.00');
    expect(signed(-0)).toBe('0.00');
    expect(signed(0.004)).toBe('0.00');
    expect(signed(-0.004)).toBe('0.00');
  });

  it('write an ability’s 95% interval, or "no range" without a finite standard error', () => {
    expect(intervalWords(0.5, 0.5)).toBe('-0.48 to +1.48');
    expect(intervalWords(1, 0)).toBe('+1.00 to +1.00');
    expect(intervalWords(0, null)).toBe('no range');
    expect(intervalWords(0, Number.POSITIVE_INFINITY)).toBe('no range');
  });

  it('name a level by its label, or by its number when the rubric does not name it', () => {
    expect(levelName(3, LEVELS)).toBe('Proficient');
    expect(levelName(5, LEVELS)).toBe('Level 5');
    expect(levelName(1, [])).toBe('Level 1');
  });

  it('say how sure without rounding to certainty either way', () => {
    expect(sure(0.82)).toBe('82%');
    expect(sure(0.996)).toBe('more than 99%');
    expect(sure(1)).toBe('more than 99%');
    expect(sure(0.004)).toBe('less than 1%');
    expect(sure(0)).toBe('less than 1%');
  });

  it('give a level estimate, with its range only when the interval reaches other levels', () => {
    expect(
      levelEstimateParts({ level: 3, probability: 0.82, level_low: 2, level_high: 3 }, LEVELS),
    ).toEqual({ head: 'Proficient, 82% sure', range: 'could be Emerging to Proficient' });
    expect(
      levelEstimateParts({ level: 5, probability: 0.999, level_low: 5, level_high: 5 }, LEVELS),
    ).toEqual({ head: 'Level 5, more than 99% sure', range: null });
  });

  it('cut the scale into bands at the boundaries, in order whatever order they come in', () => {
    expect(
      levelBands([
        { below: 2, above: 3, at: 1.2 },
        { below: 1, above: 2, at: -0.8 },
      ]),
    ).toEqual([
      { level: 1, from: null, to: -0.8 },
      { level: 2, from: -0.8, to: 1.2 },
      { level: 3, from: 1.2, to: null },
    ]);
    expect(levelBands([{ below: 1, above: 4, at: 0 }])).toEqual([
      { level: 1, from: null, to: 0 },
      { level: 4, from: 0, to: null },
    ]);
    expect(levelBands([])).toEqual([]);
  });

  it('say where a band lies, open at either end', () => {
    expect(bandRange({ level: 1, from: null, to: -0.8 })).toBe('below -0.80');
    expect(bandRange({ level: 2, from: -0.8, to: 1.2 })).toBe('-0.80 to 1.20');
    expect(bandRange({ level: 3, from: 1.2, to: null })).toBe('from 1.20');
    expect(bandRange({ level: 1, from: null, to: null })).toBe('the whole scale');
    expect(bandRange({ level: 2, from: -0.001, to: 0.5 })).toBe('0.00 to 0.50');
  });

  it('write a reliability figure with its range, the range rule’s words, or why there is none', () => {
    expect(reliabilityFigure(stat(0.864, 0.8, 0.9, 20), true)).toEqual({
      value: '0.86',
      range: '(0.80 to 0.90)',
      words: null,
    });
    expect(reliabilityFigure(stat(0.72, 0.6, 0.8, 4), true)).toEqual({
      value: '0.72',
      range: null,
      words: 'too few samples for a range',
    });
    expect(
      reliabilityFigure({ ...stat(0.72, null, null, 20), ci95_reason: 'one split only' }, true),
    ).toEqual({ value: '0.72', range: null, words: 'one split only' });
    expect(reliabilityFigure(stat(1, 1, 1, 20), true).words).toBe(
      'no range: every sample gave the same result',
    );
    expect(reliabilityFigure(stat(0.9, 0.8, 0.95, 20), false)).toEqual({
      value: '0.90',
      range: null,
      words: null,
    });
    expect(reliabilityFigure({ ...UNDEFINED, reason: 'one judge only' }, true)).toEqual({
      value: null,
      range: null,
      words: 'Not available: one judge only',
    });
    expect(reliabilityFigure(UNDEFINED, false).words).toBe(
      'Not available: it cannot be computed for these judgements',
    );
  });

  it('end the engine’s verdict with one full stop', () => {
    expect(sentence('The order is reliable')).toBe('The order is reliable.');
    expect(sentence('The order is reliable.')).toBe('The order is reliable.');
  });

  it('say a surprising choice from the chosen sample’s side', () => {
    expect(surpriseWords({ left: 'A', right: 'B', winner: 'B', expected: 0.3 })).toBe(
      'chose B over A; the scale expected that 30% of the time',
    );
    expect(surpriseWords({ left: 'A', right: 'B', winner: 'A', expected: 0.001 })).toBe(
      'chose A over B; the scale expected that less than 1% of the time',
    );
  });

  it('write a judging time in seconds, with a decimal under ten', () => {
    expect(seconds(8_500)).toBe('8.5 s');
    expect(seconds(0)).toBe('0.0 s');
    expect(seconds(10_000)).toBe('10 s');
    expect(seconds(125_400)).toBe('125 s');
    expect(seconds(null)).toBe('not recorded');
  });

  it('write a mean square, or why there is none', () => {
    expect(meanSquare(1.234)).toBe('1.23');
    expect(meanSquare(-0)).toBe('0.00');
    expect(meanSquare(null)).toBe('too few judgements');
  });

  it('say where the flag line is, or that there is none', () => {
    expect(thresholdWords(1.5)).toContain('infit is above 1.50');
    expect(thresholdWords(null)).toBe(
      'With so few judges there is no fair line to draw, so no judge is flagged.',
    );
  });

  it('read how alike two orders are, at each step', () => {
    expect(orderLikeness(0.8)).toBe('in much the same order');
    expect(orderLikeness(0.79)).toBe('in broadly the same order');
    expect(orderLikeness(0.5)).toBe('in broadly the same order');
    expect(orderLikeness(0.2)).toBe('only loosely in the same order');
    expect(orderLikeness(0.19)).toBe('in orders that have little to do with each other');
    expect(orderLikeness(-0.19)).toBe('in orders that have little to do with each other');
    expect(orderLikeness(-0.2)).toBe('in largely opposite orders');
  });

  it('read the rubric comparison only as far as it is defined', () => {
    expect(rubricReading({ ...UNDEFINED, n_used: 2, reason: 'two pairs: too few' })).toEqual({
      headline: 'The two orders cannot be compared yet.',
      range: 'two pairs: too few',
    });
    expect(rubricReading(UNDEFINED).range).toBe(
      'A rank correlation needs at least three samples with both.',
    );
    expect(rubricReading(stat(0.9, 0.82, 0.96, 30))).toEqual({
      headline: 'Holistic judgement and rubric consensus rank the work in much the same order.',
      range: 'With 30 samples, the true figure very likely lies between 0.82 and 0.96.',
    });
    expect(rubricReading(stat(0.9, 0.5, 0.99, 4)).range).toBe(
      'No range: too few samples for a range.',
    );
    expect(rubricReading(stat(-0.5, -0.8, -0.1, 30)).headline).toContain(
      'in largely opposite orders',
    );
  });

  it('warn when the range’s low end reads less alike than the figure', () => {
    expect(rubricReading(stat(0.85, 0.6, 0.95, 30)).range).toBe(
      'With 30 samples, the true figure very likely lies between 0.60 and 0.95, so the two ' +
        'orders may be less alike than this figure suggests.',
    );
  });

  it('write a shared rank as tied', () => {
    expect(rank(3)).toBe('3');
    expect(rank(3.5)).toBe('3.5 (tied)');
  });

  it('name a rubric score by its level where it is one', () => {
    expect(rubricScore(3, LEVELS)).toBe('3 Proficient');
    expect(rubricScore(5, LEVELS)).toBe('5');
    expect(rubricScore(2.5, LEVELS)).toBe('2.50');
  });

  it('count judgements and judges, one or many', () => {
    expect(countsWords(240, 8)).toBe('240 judgements by 8 judges');
    expect(countsWords(1, 1)).toBe('1 judgement by 1 judge');
    expect(countsWords(0, 0)).toBe('0 judgements by 0 judges');
  });
});

describe('the scale’s chart', () => {
  const samples = [
    { sample: 'S-TOP', ability: 2.1, se: 0.6, adjusted: 'won_every_comparison' },
    { sample: 'S-MID', ability: 0.4, se: 0.5, adjusted: null },
    { sample: 'S-LOW', ability: -2.5, se: null, adjusted: null },
  ];
  const anchors = [{ code: 'S-MID', level: 3 }];
  const boundaries = [
    { below: 3, above: 4, at: 1.2 },
    { below: 2, above: 3, at: -0.8 },
  ];

  it('draws each sample in the order given, anchors by their level’s name', () => {
    expect(scaleRows(samples, anchors, LEVELS)).toEqual([
      { code: 'S-TOP', ability: 2.1, se: 0.6, anchorLevel: null, adjusted: true },
      { code: 'S-MID', ability: 0.4, se: 0.5, anchorLevel: 'Proficient', adjusted: false },
      { code: 'S-LOW', ability: -2.5, se: null, anchorLevel: null, adjusted: false },
    ]);
  });

  it('names the bands lowest first, and has none without boundaries', () => {
    expect(namedBands(boundaries, LEVELS)).toEqual([
      { level: 2, from: null, to: -0.8, label: 'Emerging' },
      { level: 3, from: -0.8, to: 1.2, label: 'Proficient' },
      { level: 4, from: 1.2, to: null, label: 'Advanced' },
    ]);
    expect(namedBands(null, LEVELS)).toEqual([]);
  });

  it('says in words what the chart shows', () => {
    const rows = scaleRows(samples, anchors, LEVELS);
    expect(scaleChartLabel(rows, namedBands(boundaries, LEVELS))).toBe(
      'The scale, strongest first: 3 samples from S-TOP at the top to S-LOW at the bottom, each ' +
        'with its 95% interval; 1 anchor marked with their agreed level; shaded bands for the ' +
        'levels Emerging, Proficient, Advanced. The table below has the same figures.',
    );
    expect(scaleChartLabel(scaleRows(samples, [], LEVELS), [])).toBe(
      'The scale, strongest first: 3 samples from S-TOP at the top to S-LOW at the bottom, each ' +
        'with its 95% interval. The table below has the same figures.',
    );
  });
});
