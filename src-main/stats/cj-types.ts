// Public types of comparative judgement (CJ): judges choose the better of two samples, and a
// Bradley-Terry model turns the choices into one scale. Like the agreement report, a CJ report is
// a statistics document: its keys are snake_case, exactly as `concord cj --format json` prints.
import type { Stat } from './types.js';

/** One comparative judgement: `judge` saw `left` and `right` and chose `winner` (one of them). */
export interface Judgement {
  judge: string;
  left: string;
  right: string;
  winner: string;
  /** How long the judge took, in milliseconds; null when unknown (a file without times). */
  ms: number | null;
}

/** Why a sample's ability is not a plain maximum-likelihood estimate. */
export type BtAdjustment = 'won_every_comparison' | 'lost_every_comparison';

export interface BtSample {
  sample: string;
  /** Ability in logits, centred so that the samples' mean is 0. */
  ability: number;
  /**
   * Standard error of the ability (from the information matrix of the centred model); null for a
   * sample with no comparison, which nothing measures (its ability is then 0, the centre).
   */
  se: number | null;
  wins: number;
  comparisons: number;
  /** Set when the sample won or lost every comparison and was estimated by the adjustment. */
  adjusted: BtAdjustment | null;
}

export interface BtFit {
  /** Every sample, in the order given to the fit. */
  samples: BtSample[];
  /**
   * Log-likelihood of the judgements at the reported abilities: the maximum when no sample needed
   * the adjustment (see bradley-terry.ts).
   */
  log_likelihood: number;
  iterations: number;
  converged: boolean;
  /**
   * Connected parts of the comparison graph. With more than one, abilities are comparable only
   * within a part: the fit centres each part on its own and says so in `warnings`.
   */
  components: number;
  warnings: string[];
}

export interface CjReliability {
  /** Scale separation reliability: (observed variance - mean error variance) / observed variance. */
  scale_separation: Stat;
  /**
   * Split-half reliability: the judges split at random into two halves, each half's scale
   * correlated with the other's and Spearman-Brown corrected; the median over many splits, with
   * the 2.5 and 97.5 percentiles of the splits as `ci95_lower` / `ci95_upper`.
   */
  split_half: Stat & { splits: number };
  /** Plain words, resting on split-half (adaptive pairing inflates scale separation). */
  interpretation: string;
}

/** One judgement with how far it was from what the scale expects. */
export interface JudgementResidual {
  left: string;
  right: string;
  winner: string;
  /** Probability, on the fitted scale, that the chosen sample wins. */
  expected: number;
  /** Squared standardised residual (x - p)^2 / (p (1 - p)). */
  z2: number;
}

export interface JudgeFit {
  judge: string;
  judgements: number;
  /** Information-weighted mean square; about 1 for a judge who agrees with the team's scale. */
  infit: number | null;
  /** Unweighted mean square: sensitive to a few surprising choices. */
  outfit: number | null;
  /** Infit above the threshold (see cj-fit.ts). */
  misfit: boolean;
  /** Median time per judgement in milliseconds, null when no time was recorded. */
  median_ms: number | null;
  /** The judge's most surprising judgements, worst first (at most 5). */
  worst: JudgementResidual[];
}

export interface JudgeFitReport {
  judges: JudgeFit[];
  /** The infit above which a judge is flagged (mean + 2 SD of the judges' infits). */
  threshold: number | null;
}

/** Where one level begins on the scale, read from the anchors. */
export interface LevelBoundary {
  /** The level below and the level above the boundary. */
  below: number;
  above: number;
  /** Ability (logits) at the boundary. */
  at: number;
}

export interface SampleLevel {
  sample: string;
  /** The level band the ability falls in. */
  level: number;
  /** Probability that the sample's true ability is in that band, from ability +- se. */
  probability: number;
  /** Lowest and highest levels the 95% interval of the ability reaches. */
  level_low: number;
  level_high: number;
}

export interface CjLevels {
  /** Null with a reason when the anchors cannot give boundaries. */
  boundaries: LevelBoundary[] | null;
  reason?: string;
  samples: SampleLevel[];
  /**
   * Added with cj-levels.ts: levels of the scale no anchor illustrates, ascending. They get no
   * band, so no sample is placed there (cjLevels always sets it).
   */
  levels_without_anchors?: number[];
  /**
   * Added with cj-levels.ts: anchors never compared, so without an ability; left out of the
   * boundaries. Absent when every anchor was compared.
   */
  anchors_not_compared?: string[];
}

export interface RubricDisagreement {
  sample: string;
  /** Rank on the CJ scale and by rubric consensus (1 = strongest; ties share an average rank). */
  cj_rank: number;
  rubric_rank: number;
  rubric_score: number;
}

export interface RubricComparison {
  /** Spearman's rho between ability and rubric consensus, with a 95% interval. */
  spearman_rho: Stat;
  /** The samples whose two ranks differ most, largest difference first (at most 5). */
  disagreements: RubricDisagreement[];
}

export interface CjReport {
  fit: BtFit;
  reliability: CjReliability;
  judges: JudgeFitReport;
  /** Present when anchors with agreed levels were given. */
  levels?: CjLevels;
  /** Present when rubric consensus scores were given. */
  rubric?: RubricComparison;
}
