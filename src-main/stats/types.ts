// Public types of the agreement statistics engine. The report object is exactly what
// `concord stats --format json` prints, so the app's screens and reports show the same numbers.
import type { RangeRule } from '../domain/range-words.js';
import { GWET_KEYS } from './gwet.js';

/** One rating as a caller (database, tests) holds it; `score: null` = not scored (missing). */
export interface Rating {
  sample: string;
  rater: string;
  /** Omitted when the data has a single criterion. */
  criterion?: string;
  score: number | null;
}

/**
 * Columnar ratings with interned ids, as produced by the CSV parser: row i is
 * (sampleIds[sample[i]], raterIds[rater[i]], criterionIds[criterion[i]], score[i]).
 * `score[i]` is NaN for a missing rating.
 */
export interface RatingsColumns {
  length: number;
  sample: Int32Array;
  rater: Int32Array;
  criterion: Int32Array;
  score: Float64Array;
  sampleIds: string[];
  raterIds: string[];
  criterionIds: string[];
}

/**
 * Every statistic. `value` is null (and `defined` false, with a `reason`) whenever the math is
 * undefined for the data; values are never NaN.
 */
export interface Stat {
  value: number | null;
  defined: boolean;
  /** How many units (or rater pairs, for pair means) the value is computed from. */
  n_used: number;
  reason?: string;
  /** Observed (weighted) agreement and chance agreement, for chance-corrected coefficients. */
  p_observed?: number;
  p_expected?: number;
  ci95_lower?: number | null;
  ci95_upper?: number | null;
  /**
   * Why the interval is missing (bounds null) although the value is defined: e.g. an ICC whose
   * F-based bounds do not contain the estimate or leave the range an ICC can take.
   */
  ci95_reason?: string;
  /**
   * Plain words: the verdict band on Krippendorff's alpha (the one verdict scheme, see
   * interpret.ts), or what an agreement share means. Other coefficients carry none.
   */
  interpretation?: string;
  /** Set on kappa-type values when the kappa paradox applies (see `kappa_paradox`). */
  paradox?: string;
}

export interface AgreementFamily {
  sample_mean: Stat;
  pooled_pairs: Stat;
  rater_pair_mean: Stat;
  all_raters_agree_complete_samples: Stat;
}

export interface WeightedTriple {
  unweighted: Stat;
  linear: Stat;
  quadratic: Stat;
}

export interface CohenPair extends WeightedTriple {
  rater_a: string;
  rater_b: string;
  n_common: number;
  linear_observed_levels: Stat;
  quadratic_observed_levels: Stat;
}

export interface CohenFamily {
  pairs: CohenPair[];
  mean_over_pairs: WeightedTriple;
}

export interface FleissFamily {
  complete_cases: Stat;
  count_table: Stat;
  all_ratings_gwet: Stat;
}

export interface AlphaFamily {
  nominal: Stat;
  ordinal: Stat;
  interval: Stat;
  ratio: Stat;
}

export interface IccFamily {
  oneway_single: Stat;
  oneway_average: Stat;
  agreement_single: Stat;
  agreement_average: Stat;
  consistency_single: Stat;
  consistency_average: Stat;
}

export interface ScaleVariants {
  full_scale: Stat;
  observed_categories: Stat;
}

export interface KendallFamily {
  uncorrected: Stat;
  tie_corrected: Stat;
}

export interface SeverityRater {
  n_ratings: number;
  mean_score: Stat;
  vs_median_of_others: Stat;
  vs_mean_of_others: Stat;
  exact_with_others: Stat;
  adjacent_with_others: Stat;
}

export interface SeverityFamily {
  per_rater: Record<string, SeverityRater>;
}

export interface Statistics {
  exact_agreement?: AgreementFamily;
  adjacent_agreement?: AgreementFamily;
  cohen_kappa?: CohenFamily;
  fleiss_kappa?: FleissFamily;
  conger_kappa?: Stat;
  krippendorff_alpha?: AlphaFamily;
  icc?: IccFamily;
  gwet_ac1?: ScaleVariants;
  gwet_ac2_linear?: ScaleVariants;
  gwet_ac2_quadratic?: ScaleVariants;
  brennan_prediger?: ScaleVariants;
  brennan_prediger_linear?: ScaleVariants;
  brennan_prediger_quadratic?: ScaleVariants;
  kendall_w?: KendallFamily;
  severity?: SeverityFamily;
}

export type StatKey = keyof Statistics;

/** The top-level statistic keys, in report order (also the valid `--stats` values). */
export const STAT_KEYS: readonly StatKey[] = [
  'exact_agreement',
  'adjacent_agreement',
  'cohen_kappa',
  'fleiss_kappa',
  'conger_kappa',
  'krippendorff_alpha',
  'icc',
  ...GWET_KEYS,
  'kendall_w',
  'severity',
];

export interface Counts {
  /** Units with at least one rating. */
  n_samples_rated: number;
  /** Units with at least two ratings. */
  n_samples_pairable: number;
  /** Units rated by every rater of the criterion. */
  n_samples_complete: number;
  n_raters: number;
  n_ratings: number;
  /** Scale values that at least one rating used, ascending. */
  levels_observed: number[];
}

export interface KappaParadox {
  detected: boolean;
  explanation?: string;
  /** The level most scores sit on, and its share of all ratings. */
  dominant_level?: number;
  dominant_share?: number;
}

export interface CriterionReport {
  counts: Counts;
  /** Raters of this criterion (at least one rating), in byte order of their ids. */
  raters: string[];
  statistics: Statistics;
  kappa_paradox: KappaParadox;
}

export interface AgreementReport {
  /** The full ordered scale the statistics were computed on. */
  levels: number[];
  /** Per criterion (byte order of ids), then `__pooled__` when there are 2+ criteria. */
  criteria: Record<string, CriterionReport>;
}

export type CiOption = { kind: 'none' } | { kind: 'bootstrap'; reps?: number; seed?: number };

export interface ReportOptions {
  /** The rubric's full ordered scale; levels nobody used still belong to it. */
  levels: readonly number[];
  /** Default: no intervals except the analytic ICC ones. */
  ci?: CiOption;
  /** Top-level statistic keys to compute; default all. */
  stats?: readonly StatKey[];
}

export const POOLED = '__pooled__';

/** Where the one verdict of a criterion stands (see interpret.ts for the scheme). */
export type VerdictLevel = 'reliable' | 'tentative' | 'unreliable' | 'none';

/** The one verdict per criterion, from Krippendorff's alpha (ordinal) with its bands. */
export interface Verdict {
  level: VerdictLevel;
  /** A word or two: "Reliable", "Tentative", "Not reliable yet", "No verdict". */
  label: string;
  /** One plain sentence for the team: what the scores are good for, or why there is no verdict. */
  meaning: string;
  /**
   * The alpha the verdict follows, written so that it reads as the same band (0.7996 is
   * "0.799" beside "Tentative", never "0.80"); null when alpha is undefined.
   */
  value: string | null;
}

/** The ICC forms of `IccFamily`, by key. */
export type IccForm = keyof IccFamily;

/**
 * How figures are read on screens and in reports: the parts of the scheme a screen needs. When a
 * 95% range is shown, and the words in its place, are domain/range-words.ts's rule.
 */
export interface ReadingScheme extends RangeRule {
  /** The verdict bands' lower bounds on alpha (inclusive). */
  bands: { reliable: number; tentative: number };
  /**
   * The one ICC form shown as a detail: its name, the form in a few words ("one rater’s scores")
   * and in a plain sentence.
   */
  icc: { form: IccForm; name: string; short: string; words: string };
}
