// The many-facet Rasch estimate's input, options and result (the model: rasch.ts).

export interface RaschData {
  /** Per observation: examinee index (0-based). */
  examinee: Int32Array;
  rater: Int32Array;
  criterion: Int32Array;
  /** Category index 0..nCategories-1 (lowest = 0). */
  category: Int32Array;
  nCategories: number;
  examineeIds?: readonly string[];
  raterIds?: readonly string[];
  criterionIds?: readonly string[];
  /** Score value of each category (default 0..nCategories-1); used for averages only. */
  categoryValues?: readonly number[];
}

export interface RaschOptions {
  /** Iteration cap (default 500). */
  maxIterations?: number;
  /** Largest change in logits of any parameter for convergence (default 0.001). */
  maxChange?: number;
  /** Largest |observed - expected| raw score of any element for convergence (default 0.01). */
  maxResidual?: number;
  /** Score points an extreme element's score is moved inwards (default 0.3, as FACETS). */
  extremeAdjustment?: number;
}

export interface RaschElement {
  id: string;
  index: number;
  /** Logits. Examinees: ability; raters: severity (higher = harsher); criteria: difficulty. */
  measure: number;
  /** Model standard error, 1 / sqrt(information). */
  se: number;
  /** Null for extreme elements. */
  infit: number | null;
  outfit: number | null;
  infitZ: number | null;
  outfitZ: number | null;
  /** Ratings used in the estimation (with non-extreme partners). */
  count: number;
  /** All ratings of the element. */
  totalCount: number;
  /** Raw score over the counted ratings, in category indexes (0-based, after recoding). */
  score: number;
  /** Mean of the category values over all the element's ratings. */
  observedAverage: number | null;
  /**
   * FACETS' Fair(M) average: expected rating (category values) for this element when every
   * other facet is at the mean measure of its non-extreme elements.
   */
  fairAverage: number;
  extreme: 'minimum' | 'maximum' | null;
}

export interface RaschFacet {
  elements: RaschElement[];
  /** Over non-extreme elements. */
  nMeasured: number;
  mean: number;
  /** Population SD of the measures. */
  sd: number;
  /** Root mean square of the standard errors. */
  rmse: number;
  /** sqrt(max(0, sd^2 - rmse^2)). */
  trueSd: number;
  separation: number;
  /** (4 * separation + 1) / 3. */
  strata: number;
  /** (observed variance - mean square error) / observed variance; 0 when no variance. */
  reliability: number;
  /** Fixed (all same) chi-square: sum of w (measure - weighted mean)^2, w = 1/se^2. */
  chiSquare: number;
  df: number;
}

export interface RaschCategory {
  /** Input category index. */
  category: number;
  value: number;
  count: number;
  share: number;
  /** Rasch-Andrich threshold F_k (null for the lowest category). */
  threshold: number | null;
  expectedCount: number;
}

export interface RaschResult {
  examinees: RaschFacet;
  raters: RaschFacet;
  criteria: RaschFacet;
  /** Observed categories only, ascending. */
  categories: RaschCategory[];
  iterations: number;
  converged: boolean;
  /** At the last iteration. */
  maxChange: number;
  maxResidual: number;
  nObservations: number;
  /** Observations whose three elements are all non-extreme (those that estimate the model). */
  nUsed: number;
}

/** One rating as the services hold it; the examinee is e.g. `${session}/${sample}`. */
export interface RaschRating {
  examinee: string;
  rater: string;
  criterion: string;
  score: number | null;
}
