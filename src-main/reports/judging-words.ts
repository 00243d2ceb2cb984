// The words and numbers a comparative judgement report writes. They read exactly as the app's
// results page writes them (src-renderer/pages/results/judging/judging-words.ts), so a printed
// report and the screen it came from never word the same figure differently. Nothing is estimated
// here: every ability, interval, level and figure is the engine's.
import { interval95 } from '../domain/interval.js';
import { percent } from '../domain/percent.js';
import { noRangeWords } from '../domain/range-words.js';
import type { BtSample, JudgementResidual, LevelBoundary, SampleLevel } from '../stats/cj-types.js';
import type { Stat } from '../stats/types.js';

export interface RubricLevel {
  value: number;
  label: string;
}

export const FLAG_WORDS = 'Judges differently from the team';

export const ADJUSTED_WORDS: Record<NonNullable<BtSample['adjusted']>, string> = {
  won_every_comparison: 'won every comparison — placed by the adjustment',
  lost_every_comparison: 'lost every comparison — placed by the adjustment',
};

/** Strongest first; equal abilities by code, so two reports of the same data read alike. */
export function strongestFirst(samples: readonly BtSample[]): BtSample[] {
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
export function ability(value: number): string {
  const text = twoDecimals(value);
  return value > 0 && text !== '0.00' ? `+${text}` : text;
}

export function intervalWords(value: number, se: number | null): string {
  const interval = interval95(value, se);
  return interval ? `${ability(interval.low)} to ${ability(interval.high)}` : 'no range';
}

/** A rubric level by its label, or "Level 3" for a value the rubric does not name. */
export function levelName(value: number, levels: readonly RubricLevel[]): string {
  return levels.find((l) => l.value === value)?.label ?? `Level ${value}`;
}

/** "82%", but "more than 99%" and "less than 1%" where rounding would claim certainty. */
export function sure(probability: number): string {
  if (probability > 0.995) return 'more than 99%';
  if (probability < 0.005) return 'less than 1%';
  return percent(probability);
}

/** "Proficient, 82% sure" and, when the interval reaches other bands, "could be A to B". */
export function levelEstimateParts(
  level: SampleLevel,
  levels: readonly RubricLevel[],
): { head: string; range: string | null } {
  const head = `${levelName(level.level, levels)}, ${sure(level.probability)} sure`;
  if (level.level_low === level.level_high) return { head, range: null };
  const low = levelName(level.level_low, levels);
  const high = levelName(level.level_high, levels);
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
export function levelBands(boundaries: readonly LevelBoundary[]): LevelBand[] {
  const sorted = [...boundaries].sort((a, b) => a.at - b.at);
  const first = sorted[0];
  if (!first) return [];
  return [
    { level: first.below, from: null, to: first.at },
    ...sorted.map((b, i) => ({ level: b.above, from: b.at, to: sorted[i + 1]?.at ?? null })),
  ];
}

export function bandRange(band: LevelBand): string {
  if (band.from === null && band.to === null) return 'the whole scale';
  if (band.from === null) return `below ${twoDecimals(band.to!)}`;
  if (band.to === null) return `from ${twoDecimals(band.from)}`;
  return `${twoDecimals(band.from)} to ${twoDecimals(band.to)}`;
}

/**
 * A reliability figure as a report cell writes it: the value with its range ("0.86", "(0.80 to
 * 0.90)"), or the range rule's words in place of the range, or why there is no figure at all.
 * `ranged` is false for a figure that never has a range (scale separation reliability).
 */
export function reliabilityFigure(
  stat: Stat,
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
export function surpriseWords(residual: JudgementResidual): string {
  const other = residual.winner === residual.left ? residual.right : residual.left;
  return `chose ${residual.winner} over ${other}; the scale expected that ${sure(residual.expected)} of the time`;
}

/** A median judging time: "42 s", "8.5 s" under ten seconds. */
export function seconds(ms: number | null): string {
  if (ms === null) return 'not recorded';
  const s = ms / 1000;
  return s < 10 ? `${s.toFixed(1)} s` : `${Math.round(s)} s`;
}

/** A mean square (infit, outfit), or why there is none. */
export function meanSquare(value: number | null): string {
  return value === null ? 'too few judgements' : twoDecimals(value);
}

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
 * The rubric comparison's headline and the words on its range; when the range's lower end reads
 * differently from the figure, the orders may be less alike than the figure suggests.
 */
export function rubricReading(rho: Stat): { headline: string; range: string } {
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
export function rubricScore(score: number, levels: readonly RubricLevel[]): string {
  const level = levels.find((l) => l.value === score);
  if (level) return `${score} ${level.label}`;
  return Number.isInteger(score) ? String(score) : twoDecimals(score);
}

/** "240 judgements by 8 judges". */
export function countsWords(judgements: number, judges: number): string {
  return `${judgements} judgement${judgements === 1 ? '' : 's'} by ${judges} judge${judges === 1 ? '' : 's'}`;
}
