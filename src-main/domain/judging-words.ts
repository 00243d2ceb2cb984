// The words and numbers of comparative judgement results, one wording for the results page and
// the printed report, so the screen and the report made from it never word the same figure
// differently. Nothing is estimated here: every ability, interval, level and figure is the
// engine's. Inputs are typed by shape, because the engine's types live in stats/ and the screen's
// in the API contract, and domain/ imports neither.
import { interval95 } from './interval.js';
import { percent } from './percent.js';
import type { RangedFigure } from './range-words.js';
import { noRangeWords } from './range-words.js';

/** A rubric level as the results name it. */
export interface NamedLevel {
  value: number;
  label: string;
}

/** A figure as the engine reports it: the range rule's fields, what it rests on, why it is missing. */
export interface JudgingFigure extends RangedFigure {
  n_used: number;
  reason?: string;
}

/** Why a sample's ability is not a plain estimate (the engine's `BtAdjustment`). */
export type AdjustmentKind = 'won_every_comparison' | 'lost_every_comparison';

export const FLAG_WORDS = 'Judges differently from the team';

export const ADJUSTED_WORDS: Record<AdjustmentKind, string> = {
  won_every_comparison: 'won every comparison — placed by the adjustment',
  lost_every_comparison: 'lost every comparison — placed by the adjustment',
};

/** A word of the results a teacher may not know, and what it means in plain words. */
export interface JudgingTerm {
  term: string;
  meaning: string;
}

/** The glossary: one line for every such word on the results page and in the report. */
export const JUDGING_TERMS: readonly JudgingTerm[] = [
  {
    term: 'Comparative judgement',
    meaning:
      'Judges see two pieces of work side by side and choose the better one, many times over; all the choices together put the work in order.',
  },
  {
    term: 'Ability',
    meaning:
      'Where a sample sits on the scale, in logits: 0 is the average sample. Of two samples 1 apart, judges choose the higher one about 73 times in 100; 2 apart, about 88.',
  },
  {
    term: '95% interval',
    meaning:
      'The range a sample’s true place very likely lies in, given the judgements so far. More judgements make it narrower; samples whose intervals overlap could swap places.',
  },
  {
    term: 'Anchor',
    meaning:
      'A sample whose rubric level the team has agreed. Anchors show where each level sits on the scale.',
  },
  {
    term: 'Level band and estimated level',
    meaning:
      'Each boundary between two levels lies midway between the anchors of those levels. “Proficient, 82% sure” means the sample very likely (82 in 100) belongs in the Proficient band; “could be Emerging to Proficient” names the bands its 95% interval reaches.',
  },
  {
    term: 'Placed by the adjustment',
    meaning:
      'A sample that won (or lost) every comparison has no exact place by the usual estimate, only “above (or below) everything”; a small adjustment places it just beyond the others, so read its exact place loosely.',
  },
  {
    term: 'Split-half reliability',
    meaning:
      'How closely two halves of the judges agree on the order, the halves drawn at random many times. The verdict rests on this figure.',
  },
  {
    term: 'Scale separation reliability',
    meaning:
      'How much of the spread between samples is real rather than uncertainty; pairing close samples can make it look better than it is.',
  },
  {
    term: 'Infit and outfit',
    meaning:
      'How far a judge’s choices follow the team’s order: about 1 is in line, well above 1 means many surprising choices. Outfit is pulled up by a few very surprising ones; infit by a steady pattern.',
  },
  {
    term: FLAG_WORDS,
    meaning:
      'The judge’s infit is above the line the judges’ own spread sets. A prompt to talk about the work together, not a mark against the judge.',
  },
  {
    term: 'Spearman’s rho',
    meaning:
      'How alike two orders of the same samples are: 1 the same order, 0 no likeness, −1 the reverse.',
  },
];

/** Strongest first; equal abilities by code, so the order never changes between two readings. */
export function strongestFirst<S extends { sample: string; ability: number }>(
  samples: readonly S[],
): S[] {
  return [...samples].sort(
    (a, b) => b.ability - a.ability || (a.sample < b.sample ? -1 : a.sample > b.sample ? 1 : 0),
  );
}

/** Two decimals; "0.00" rather than "-0.00" for a tiny negative. */
export function twoDecimals(value: number): string {
  const text = value.toFixed(2);
  return text === '-0.00' ? '0.00' : text;
}

/** An ability with its sign: "+1.23", "-0.40", "0.00". */
export function signed(value: number): string {
  const text = twoDecimals(value);
  return value > 0 && text !== '0.00' ? `+${text}` : text;
}

/** An ability's 95% interval, "-0.20 to +1.40", or "no range" without a standard error. */
export function intervalWords(ability: number, se: number | null): string {
  const interval = interval95(ability, se);
  return interval ? `${signed(interval.low)} to ${signed(interval.high)}` : 'no range';
}

/** A rubric level by its label, or "Level 3" for a value the rubric does not name. */
export function levelName(value: number, levels: readonly NamedLevel[]): string {
  return levels.find((l) => l.value === value)?.label ?? `Level ${value}`;
}

/** "82%", but "more than 99%" and "less than 1%" where rounding would claim certainty. */
export function sure(probability: number): string {
  if (probability > 0.995) return 'more than 99%';
  if (probability < 0.005) return 'less than 1%';
  return percent(probability);
}

/** A level estimate in two parts: "Proficient, 82% sure" and "could be Emerging to Proficient". */
export function levelEstimateParts(
  level: { level: number; probability: number; level_low: number; level_high: number },
  levels: readonly NamedLevel[],
): { head: string; range: string | null } {
  const head = `${levelName(level.level, levels)}, ${sure(level.probability)} sure`;
  if (level.level_low === level.level_high) return { head, range: null };
  const [low, high] = [levelName(level.level_low, levels), levelName(level.level_high, levels)];
  return { head, range: `could be ${low} to ${high}` };
}

/** A level band: where a level begins and ends on the scale (null: no end on that side). */
export interface LevelBand {
  level: number;
  from: number | null;
  to: number | null;
}

/**
 * The bands the boundaries cut the scale into, lowest first: the lowest anchored level below the
 * first boundary, each `above` level from its boundary to the next, the highest one open-ended.
 */
export function levelBands(
  boundaries: readonly { below: number; above: number; at: number }[],
): LevelBand[] {
  const sorted = [...boundaries].sort((a, b) => a.at - b.at);
  const first = sorted[0];
  if (!first) return [];
  return [
    { level: first.below, from: null, to: first.at },
    ...sorted.map((b, i) => ({ level: b.above, from: b.at, to: sorted[i + 1]?.at ?? null })),
  ];
}

/** A level band with its level's name, as the chart shades it. */
export interface NamedBand extends LevelBand {
  label: string;
}

/** The named bands of a scale, or none where the anchors gave no boundaries. */
export function namedBands(
  boundaries: readonly { below: number; above: number; at: number }[] | null,
  levels: readonly NamedLevel[],
): NamedBand[] {
  return (boundaries ? levelBands(boundaries) : []).map((b) => ({
    ...b,
    label: levelName(b.level, levels),
  }));
}

/** One sample as the scale's chart draws it. */
export interface ScaleRow {
  code: string;
  ability: number;
  se: number | null;
  /** The agreed level's name for an anchor; null for any other sample. */
  anchorLevel: string | null;
  adjusted: boolean;
}

/** The chart's rows, in the order given (strongest first), anchors named by their level. */
export function scaleRows(
  samples: readonly { sample: string; ability: number; se: number | null; adjusted: unknown }[],
  anchors: readonly { code: string; level: number }[],
  levels: readonly NamedLevel[],
): ScaleRow[] {
  const anchorLevel = new Map(anchors.map((a) => [a.code, a.level] as const));
  return samples.map((s) => {
    const anchor = anchorLevel.get(s.sample);
    return {
      code: s.sample,
      ability: s.ability,
      se: s.se,
      anchorLevel: anchor === undefined ? null : levelName(anchor, levels),
      adjusted: s.adjusted !== null,
    };
  });
}

/** What the scale's chart shows, in words, for people who cannot see it. */
export function scaleChartLabel(rows: readonly ScaleRow[], bands: readonly NamedBand[]): string {
  const anchors = rows.filter((r) => r.anchorLevel !== null).length;
  return (
    `The scale, strongest first: ${rows.length} samples from ${rows[0]?.code ?? ''} at the top ` +
    `to ${rows.at(-1)?.code ?? ''} at the bottom, each with its 95% interval` +
    (anchors > 0
      ? `; ${anchors} anchor${anchors === 1 ? '' : 's'} marked with their agreed level`
      : '') +
    (bands.length > 0
      ? `; shaded bands for the levels ${bands.map((b) => b.label).join(', ')}`
      : '') +
    '. The table below has the same figures.'
  );
}

/** Where a band lies: "below -0.80", "-0.80 to 1.20", "from 1.20", or "the whole scale". */
export function bandRange(band: LevelBand): string {
  if (band.from === null && band.to === null) return 'the whole scale';
  if (band.from === null) return `below ${twoDecimals(band.to!)}`;
  if (band.to === null) return `from ${twoDecimals(band.from)}`;
  return `${twoDecimals(band.from)} to ${twoDecimals(band.to)}`;
}

/**
 * A reliability figure in parts: the value with its range ("0.86", "(0.80 to 0.90)"), or the range
 * rule's words in place of the range (domain/range-words.ts), or why there is no figure at all.
 * `ranged` is false for a figure that never has a range (scale separation reliability).
 */
export function reliabilityFigure(
  stat: JudgingFigure,
  ranged: boolean,
): { value: string | null; range: string | null; words: string | null } {
  if (!stat.defined || stat.value === null) {
    const reason = stat.reason ?? 'it cannot be computed for these judgements';
    return { value: null, range: null, words: `Not available: ${reason}` };
  }
  const value = twoDecimals(stat.value);
  if (!ranged) return { value, range: null, words: null };
  const words = noRangeWords(stat, stat.n_used);
  if (words !== null) return { value, range: null, words };
  const range = `(${twoDecimals(stat.ci95_lower!)} to ${twoDecimals(stat.ci95_upper!)})`;
  return { value, range, words: null };
}

/** The engine's verdict as one sentence. */
export function sentence(text: string): string {
  return text.endsWith('.') ? text : `${text}.`;
}

/** "chose S-7F3K over S-2Q9M; the scale expected that 12% of the time". */
export function surpriseWords(residual: {
  left: string;
  right: string;
  winner: string;
  expected: number;
}): string {
  const other = residual.winner === residual.left ? residual.right : residual.left;
  return `chose ${residual.winner} over ${other}; the scale expected that ${sure(residual.expected)} of the time`;
}

/** A median judging time: "42 s", "8.5 s" under ten seconds; null when none was recorded. */
export function seconds(ms: number | null): string {
  if (ms === null) return 'not recorded';
  const s = ms / 1000;
  return s < 10 ? `${s.toFixed(1)} s` : `${Math.round(s)} s`;
}

/** A mean square (infit, outfit), or why there is none. */
export function meanSquare(value: number | null): string {
  return value === null ? 'too few judgements' : twoDecimals(value);
}

/** The line above which a judge is flagged, in words, or why there is none. */
export function thresholdWords(threshold: number | null): string {
  if (threshold === null) {
    return 'With so few judges there is no fair line to draw, so no judge is flagged.';
  }
  return (
    `A judge is flagged when their infit is above ${twoDecimals(threshold)}: the judges’ ` +
    'average infit plus twice their usual spread, well beyond how much judges normally differ.'
  );
}

/** How alike two orders are, in words, from Spearman's rho. */
export function orderLikeness(rho: number): string {
  if (rho >= 0.8) return 'in much the same order';
  if (rho >= 0.5) return 'in broadly the same order';
  if (rho >= 0.2) return 'only loosely in the same order';
  if (rho > -0.2) return 'in orders that have little to do with each other';
  return 'in largely opposite orders';
}

/**
 * The rubric comparison's headline and the words on its range. The range is read like any other
 * (domain/range-words.ts); when its lower end reads differently from the figure, the sentence
 * says the orders may be less alike than the figure suggests.
 */
export function rubricReading(rho: JudgingFigure): { headline: string; range: string } {
  if (!rho.defined || rho.value === null) {
    return {
      headline: 'The two orders cannot be compared yet.',
      range: rho.reason ?? 'A rank correlation needs at least three samples with both.',
    };
  }
  const headline = `Holistic judgement and rubric consensus rank the work ${orderLikeness(rho.value)}.`;
  const words = noRangeWords(rho, rho.n_used);
  if (words !== null) return { headline, range: `No range: ${words}.` };
  const [low, high] = [rho.ci95_lower!, rho.ci95_upper!];
  const caution =
    orderLikeness(low) !== orderLikeness(rho.value)
      ? ', so the two orders may be less alike than this figure suggests'
      : '';
  return {
    headline,
    range: `With ${rho.n_used} samples, the true figure very likely lies between ${twoDecimals(low)} and ${twoDecimals(high)}${caution}.`,
  };
}

/** A rank; a shared (averaged) rank says so: "3.5 (tied)". */
export function rank(value: number): string {
  return Number.isInteger(value) ? String(value) : `${value.toFixed(1)} (tied)`;
}

/** A rubric consensus score, named by its level where it is one. */
export function rubricScore(score: number, levels: readonly NamedLevel[]): string {
  const level = levels.find((l) => l.value === score);
  if (level) return `${score} ${level.label}`;
  return Number.isInteger(score) ? String(score) : twoDecimals(score);
}

/** "240 judgements by 8 judges". */
export function countsWords(judgements: number, judges: number): string {
  return `${judgements} judgement${judgements === 1 ? '' : 's'} by ${judges} judge${judges === 1 ? '' : 's'}`;
}

/**
 * How the figures are computed, in three paragraphs (the scale; reliability; judges, levels and
 * the rubric): the one place the page and the report name methods and their authors. `splits`:
 * how many times split-half reliability split the judges, where the reader has the figure.
 */
export function methodParagraphs(splits?: number): string[] {
  const times = splits !== undefined && splits > 1 ? `${splits} times` : 'many times';
  return [
    'The scale is a Bradley–Terry model (Bradley & Terry, 1952) fitted to every choice by ' +
      'maximum likelihood, as Pollitt (2012) set out for adaptive comparative judgement: each ' +
      'sample’s ability is centred so that the average sample is 0, with a standard error; the 95% ' +
      'interval is the ability plus or minus 1.96 standard errors. A sample that won or lost every ' +
      'comparison is placed by an adjustment of the data, since its plain estimate is infinite.',
    `Split-half reliability splits the judges at random into two halves ${times}, fits a scale ` +
      'to each half, correlates the two and corrects for the halved number of judges ' +
      '(Spearman–Brown); the figure is the median over the splits, the range the middle 95% of ' +
      'them. Scale separation reliability is the share of the abilities’ variance that is not ' +
      'error variance; Bramley (2015) showed that adaptive pairing inflates it, so the verdict ' +
      'does not rest on it.',
    'A judge’s infit and outfit are the information-weighted and unweighted mean squares of ' +
      'their choices’ standardised residuals; a judge is flagged above the judges’ mean infit ' +
      'plus two standard deviations. Level boundaries lie midway between the mean abilities of ' +
      'the anchors of adjacent levels; how sure a level is comes from taking the ability as ' +
      'normally distributed with its standard error. Spearman’s rho compares the abilities with ' +
      'the rubric consensus, with a 95% interval by Fisher’s z and the standard error of Bonett ' +
      '& Wright (2000).',
  ];
}
