// Which of the engine's figures the results screen shows, in which words, and how they are
// written. Nothing is computed here: every value, interval and verdict is the engine's, and the
// scheme (when a range means something, which ICC) comes with the results.
import type { MethodOutput } from '../../../src-main/api/contract.js';
import { noRangeWords } from '../../../src-main/domain/range-words.js';
import { percent } from '../../../src-main/domain/percent.js';

type Results = MethodOutput<'results.session'>;
export type CriterionReport = Results['rounds'][number]['report']['criteria'][string];
export type Verdict = Results['rounds'][number]['verdicts'][string];
export type Scheme = Results['scheme'];
type Statistics = CriterionReport['statistics'];
export type Stat = NonNullable<Statistics['conger_kappa']>;

/** The engine's key for the figures over all criteria together. */
export const POOLED_KEY = '__pooled__';

export type FigureKey =
  'exact' | 'withinOne' | 'alpha' | 'kappaQuadratic' | 'ac2' | 'icc' | 'kappaUnweighted' | 'ac1';

export interface FigureDefinition {
  key: FigureKey;
  name: string;
  /** One line, no jargon, for teachers who have never met the statistic. */
  explanation: string;
  /** Proportions are written as percentages, coefficients with two decimals. */
  kind: 'share' | 'coefficient';
  /** The verdict's figure, or a detail shown as a figure only. */
  role: 'main' | 'detail';
  pick(s: Statistics, scheme: Scheme): Stat | undefined;
  /** How many samples the figure rests on, for whether its range means anything. */
  samples(report: CriterionReport, scheme: Scheme): number;
}

const pairable = (report: CriterionReport): number => report.counts.n_samples_pairable;

export const FIGURES: readonly FigureDefinition[] = [
  {
    key: 'alpha',
    name: 'Krippendorff’s alpha (ordinal)',
    explanation:
      'Agreement beyond what chance would give, counting near misses as partly right; 1 is perfect, 0 is chance. The verdict follows this figure.',
    kind: 'coefficient',
    role: 'main',
    pick: (s) => s.krippendorff_alpha?.ordinal,
    samples: pairable,
  },
  {
    key: 'exact',
    name: 'Exact agreement',
    explanation: 'How often two raters gave the same sample exactly the same score.',
    kind: 'share',
    role: 'main',
    pick: (s) => s.exact_agreement?.pooled_pairs,
    samples: pairable,
  },
  {
    key: 'withinOne',
    name: 'Agreement within one level',
    explanation: 'How often two raters’ scores for the same sample were at most one level apart.',
    kind: 'share',
    role: 'main',
    pick: (s) => s.adjacent_agreement?.pooled_pairs,
    samples: pairable,
  },
  {
    key: 'kappaQuadratic',
    name: 'Weighted kappa (quadratic)',
    explanation:
      'Agreement beyond chance for each pair of raters, averaged; big disagreements weigh more than near misses.',
    kind: 'coefficient',
    role: 'detail',
    pick: (s) => s.cohen_kappa?.mean_over_pairs.quadratic,
    samples: pairable,
  },
  {
    key: 'ac2',
    name: 'Gwet’s AC2 (quadratic)',
    explanation: 'Like weighted kappa, but it stays trustworthy when most scores sit on one level.',
    kind: 'coefficient',
    role: 'detail',
    pick: (s) => s.gwet_ac2_quadratic?.full_scale,
    samples: pairable,
  },
  {
    key: 'icc',
    name: 'Intraclass correlation (ICC)',
    explanation:
      'How much of the spread in scores comes from real differences between samples rather than from who scored them; 1 is perfect. Counted on the samples every rater scored.',
    kind: 'coefficient',
    role: 'detail',
    pick: (s, scheme) => s.icc?.[scheme.icc.form],
    // The ICC uses the samples every rater scored, which its own count says.
    samples: (report, scheme) => report.statistics.icc?.[scheme.icc.form].n_used ?? 0,
  },
];

/** Shown beside kappa when the kappa paradox occurs. */
export const PARADOX_FIGURES: readonly FigureDefinition[] = [
  {
    key: 'kappaUnweighted',
    name: 'Kappa (unweighted)',
    explanation:
      'Agreement beyond chance for each pair of raters, averaged; only identical scores count.',
    kind: 'coefficient',
    role: 'detail',
    pick: (s) => s.cohen_kappa?.mean_over_pairs.unweighted,
    samples: pairable,
  },
  {
    key: 'ac1',
    name: 'Gwet’s AC1',
    explanation:
      'Agreement beyond chance on identical scores that, unlike kappa, is not pulled down when most scores sit on one level.',
    kind: 'coefficient',
    role: 'detail',
    pick: (s) => s.gwet_ac1?.full_scale,
    samples: pairable,
  },
];

/** The figures to show for one criterion (or overall): the paradox pair only when it occurs. */
export function figuresFor(report: CriterionReport): FigureDefinition[] {
  return report.kappa_paradox.detected ? [...FIGURES, ...PARADOX_FIGURES] : [...FIGURES];
}

/** "72%" for a share, "0.72" for a coefficient; "not available" when undefined. */
export function formatValue(value: number | null | undefined, kind: FigureDefinition['kind']) {
  if (value === null || value === undefined) return 'not available';
  if (kind === 'share') return percent(value);
  // Avoid "-0.00" for tiny negative values.
  const text = value.toFixed(2);
  return text === '-0.00' ? '0.00' : text;
}

/**
 * "95% interval: 55% to 85%", or words where a range would mean nothing (too few samples, none
 * computed, a single point) or was dropped (the engine's reason); null for a figure that is itself
 * not available. The rule and its words are domain/range-words.ts's, with the scheme's settings.
 */
export function formatInterval(
  stat: Stat | undefined,
  kind: FigureDefinition['kind'],
  samples: number,
  scheme: Scheme,
): string | null {
  if (!stat || !stat.defined || stat.value === null) return null;
  const words = noRangeWords(stat, samples, scheme);
  if (words !== null) return words;
  const [from, to] = [formatValue(stat.ci95_lower, kind), formatValue(stat.ci95_upper, kind)];
  return from === to
    ? `95% interval: about ${from} (a very narrow range)`
    : `95% interval: ${from} to ${to}`;
}

/**
 * The words under a figure: why it is not available, or what a share means. Coefficients carry no
 * verdict words: the criterion's one verdict says it.
 */
export function labelOf(stat: Stat | undefined, figure: FigureDefinition): string | null {
  if (!stat) return null;
  if (!stat.defined) return stat.reason ?? 'Cannot be computed for these scores.';
  return figure.kind === 'share' ? (stat.interpretation ?? null) : null;
}

/** A figure's name on screen: the ICC says which form it is. */
export function figureName(figure: FigureDefinition, scheme: Scheme): string {
  return figure.key === 'icc' ? `${figure.name}, ${scheme.icc.short}` : figure.name;
}

/** A figure's line in the glossary: the ICC adds what its form measures. */
export function figureExplanation(figure: FigureDefinition, scheme: Scheme): string {
  return figure.key === 'icc' ? `${figure.explanation} ${scheme.icc.words}` : figure.explanation;
}

/** Criteria in rubric order, then "All criteria" when the engine pooled two or more. */
export function criterionSections(
  criteria: readonly { name: string }[],
  report: { criteria: Record<string, CriterionReport> },
): { key: string; title: string }[] {
  const sections = criteria
    .filter((c) => report.criteria[c.name] !== undefined)
    .map((c) => ({ key: c.name, title: c.name }));
  const pooled = report.criteria[POOLED_KEY]
    ? [{ key: POOLED_KEY, title: 'All criteria together' }]
    : [];
  return [...pooled, ...sections];
}

/** What the screen calls a rater: the R-label for the room, or the name when shown. */
export function raterDisplay(
  raters: readonly { label: string; name: string | null }[],
  showNames: boolean,
): (label: string) => string {
  const names = new Map(raters.map((r) => [r.label, r.name]));
  return (label) => (showNames ? (names.get(label) ?? label) : label);
}
