// What the comparative judgement results page words on its own: the contract's shapes under the
// page's names, and the one-line forms the screen joins the shared parts into. The wording itself
// is shared with the printed report (src-main/domain/judging-words.ts).
import type { MethodOutput } from '../../../../src-main/api/contract.js';
import type { NamedLevel } from '../../../../src-main/domain/judging-words.js';
import {
  levelEstimateParts,
  reliabilityFigure,
} from '../../../../src-main/domain/judging-words.js';

export type JudgingResults = MethodOutput<'judging.results'>;
export type CjReport = JudgingResults['report'];
export type ScaleSample = CjReport['fit']['samples'][number];
export type JudgeFit = CjReport['judges']['judges'][number];
export type SampleLevel = NonNullable<CjReport['levels']>['samples'][number];
export type Stat = CjReport['reliability']['scale_separation'];
export type RubricLevel = JudgingResults['levels'][number];

/** "Proficient, 82% sure — could be Emerging to Proficient". */
export function levelEstimate(level: SampleLevel, levels: readonly NamedLevel[]): string {
  const { head, range } = levelEstimateParts(level, levels);
  return range === null ? head : `${head} — ${range}`;
}

/**
 * A reliability figure with its range on one line: "0.86 (0.80 to 0.90)", or the range rule's
 * words in the brackets instead, or why there is no figure.
 */
export function figureWithRange(stat: Stat): string {
  const { value, range, words } = reliabilityFigure(stat, true);
  if (value === null) return words!;
  return `${value} ${range ?? `(${words!})`}`;
}

/** A figure shown without a range (scale separation reliability has none). */
export function figureAlone(stat: Stat): string {
  const { value, words } = reliabilityFigure(stat, false);
  return value ?? words!;
}
