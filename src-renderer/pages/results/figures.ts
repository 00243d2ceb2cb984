// Which of the engine's figures the results screen shows, in which words, and how they are
// written. Nothing is computed here: every value, interval and label is the engine's.
import type { MethodOutput } from '../../../src-main/api/contract.js';

type Results = MethodOutput<'results.session'>;
export type CriterionReport = Results['rounds'][number]['report']['criteria'][string];
type Statistics = CriterionReport['statistics'];
export type Stat = NonNullable<Statistics['conger_kappa']>;

/** The engine's key for the figures over all criteria together. */
export const POOLED_KEY = '__pooled__';

export type FigureKey =
  'exact' | 'withinOne' | 'alpha' | 'kappaQuadratic' | 'ac2' | 'kappaUnweighted' | 'ac1';

export interface FigureDefinition {
  key: FigureKey;
  name: string;
  /** One line, no jargon, for teachers who have never met the statistic. */
  explanation: string;
  /** Proportions are written as percentages, coefficients with two decimals. */
  kind: 'share' | 'coefficient';
  pick(s: Statistics): Stat | undefined;
}

export const FIGURES: readonly FigureDefinition[] = [
  {
    key: 'exact',
    name: 'Exact agreement',
    explanation: 'How often two raters gave the same sample exactly the same score.',
    kind: 'share',
    pick: (s) => s.exact_agreement?.pooled_pairs,
  },
  {
    key: 'withinOne',
    name: 'Agreement within one level',
    explanation: 'How often two raters’ scores for the same sample were at most one level apart.',
    kind: 'share',
    pick: (s) => s.adjacent_agreement?.pooled_pairs,
  },
  {
    key: 'alpha',
    name: 'Krippendorff’s alpha (ordinal)',
    explanation:
      'Agreement beyond what chance would give, counting near misses as partly right; 1 is perfect, 0 is chance, 0.8 or more is reliable.',
    kind: 'coefficient',
    pick: (s) => s.krippendorff_alpha?.ordinal,
  },
  {
    key: 'kappaQuadratic',
    name: 'Weighted kappa (quadratic)',
    explanation:
      'Agreement beyond chance for each pair of raters, averaged; big disagreements weigh more than near misses.',
    kind: 'coefficient',
    pick: (s) => s.cohen_kappa?.mean_over_pairs.quadratic,
  },
  {
    key: 'ac2',
    name: 'Gwet’s AC2 (quadratic)',
    explanation: 'Like weighted kappa, but it stays trustworthy when most scores sit on one level.',
    kind: 'coefficient',
    pick: (s) => s.gwet_ac2_quadratic?.full_scale,
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
    pick: (s) => s.cohen_kappa?.mean_over_pairs.unweighted,
  },
  {
    key: 'ac1',
    name: 'Gwet’s AC1',
    explanation:
      'Agreement beyond chance on identical scores that, unlike kappa, is not pulled down when most scores sit on one level.',
    kind: 'coefficient',
    pick: (s) => s.gwet_ac1?.full_scale,
  },
];

/** The figures to show for one criterion (or overall): the paradox pair only when it occurs. */
export function figuresFor(report: CriterionReport): FigureDefinition[] {
  return report.kappa_paradox.detected ? [...FIGURES, ...PARADOX_FIGURES] : [...FIGURES];
}

/** "72%" for a share, "0.72" for a coefficient; "not available" when undefined. */
export function formatValue(value: number | null | undefined, kind: FigureDefinition['kind']) {
  if (value === null || value === undefined) return 'not available';
  if (kind === 'share') return `${Math.round(value * 100)}%`;
  // Avoid "-0.00" for tiny negative values.
  const text = value.toFixed(2);
  return text === '-0.00' ? '0.00' : text;
}

/** "55% to 85%" or "0.41 to 0.83"; null when the engine gives no interval. */
export function formatInterval(stat: Stat | undefined, kind: FigureDefinition['kind']) {
  if (!stat) return null;
  const { ci95_lower: lower, ci95_upper: upper } = stat;
  if (lower === null || lower === undefined || upper === null || upper === undefined) return null;
  return `${formatValue(lower, kind)} to ${formatValue(upper, kind)}`;
}

/** The engine's plain-language label, or why the figure cannot be computed. */
export function labelOf(stat: Stat | undefined): string | null {
  if (!stat) return null;
  if (!stat.defined) return stat.reason ?? 'Cannot be computed for these scores.';
  return stat.interpretation ?? null;
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
