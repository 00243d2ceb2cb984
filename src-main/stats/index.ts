// Public API of the agreement statistics engine (pure TypeScript: no I/O, no Node imports).
//
//   computeAgreementReport(ratings | columns, { levels, ci?, stats? }) -> AgreementReport
//
// The returned object is exactly what `concord stats --format json` prints. The app's results
// screen and reports get the same figures through jobs/shared-report.ts, which runs the same
// tables (`reportForTable`) and shares the bootstrap replicates between threads
// (`tableBootstrapPlan`, `percentileIntervals`, `applyIntervals`); a replicate's values depend
// only on the table, the seed and its index, so the intervals are the same however it is split.
//
// Definitions, and the choice made where references differ:
// - A criterion's raters are the raters with at least one (non-missing) rating on it; a unit is
//   a sample with at least one rating; "complete" = rated by every one of those raters. Rows with
//   an empty score are ignored (also as duplicates); two scores by one rater for one unit are an
//   error (RatingsDataError with the row).
// - `__pooled__` appears only with 2+ criteria; its units are (criterion, sample) pairs, its
//   raters the union. All criteria share the one scale given.
// - "Adjacent" = index positions at most one apart on the full scale.
// - Weights. Cohen's `linear` / `quadratic` and Gwet's / Brennan-Prediger's `full_scale` weigh
//   levels by position on the full scale (irrCAC reads `categ.labels` as text). Cohen's
//   `*_observed_levels` re-index the levels each rater pair used, by rank (irr::kappa2). Gwet's /
//   Brennan-Prediger's `observed_categories` weigh the levels observed in the table by value,
//   the lowest and highest observed values being the ends (irrCAC without `categ.labels`).
//   Krippendorff's interval and ratio metrics use the level values; ordinal is rank-based with
//   the marginals over the full scale's order.
// - Conger's kappa and Fleiss' `all_ratings_gwet` follow Gwet's missing-data forms (irrCAC):
//   p_a over units with 2+ ratings; Conger's p_e from each rater's own level shares.
// - ICC: values of the complete units, irr::icc's formulas and F-based intervals, with these
//   exceptions (icc.ts): at perfect agreement the ICC is 1 with the interval [1, 1]; an estimate
//   outside the range an ICC can take is undefined; an interval that misses its estimate, leaves
//   that range or has no finite bounds is dropped (bounds null) with `ci95_reason`.
// - Severity: others = the other raters of the same unit; differences in scale values.
// - Bootstrap: units resampled with replacement (mulberry32, seed default 1, 1,000 replicates;
//   replicate r reads draws r * n .. (r + 1) * n - 1 of the seed's stream), units ordered by
//   sample id so a seed gives the same interval whatever the row order; percentile 2.5 / 97.5
//   (R type 7) over the replicates where the value is defined; the set of observed levels stays
//   that of the data. Intervals: the agreement shares (rater-pair means too), alpha, Cohen's
//   kappa averaged over pairs, AC1/AC2, Brennan-Prediger and Fleiss' missing-data form; the ICC
//   has its F-based ones.
// - Undefined math gives `value: null, defined: false, reason`; never NaN and never a 1 for
//   single-valued data.
export { computeAgreementReport, reportForTable, checkStatKeys } from './report.js';
export { DEFAULT_BOOTSTRAP_REPS, DEFAULT_BOOTSTRAP_SEED } from './report.js';
export { applyIntervals, percentileIntervals, tableBootstrapPlan } from './bootstrap.js';
export type { BootstrapPlan, Intervals, ReplicateBlock } from './bootstrap.js';
export {
  RatingsDataError,
  columnsFromRatings,
  compareIds,
  prepare,
  SINGLE_CRITERION,
} from './input.js';
export type { UnitTable, Prepared } from './input.js';
export { POOLED, STAT_KEYS } from './types.js';
export type * from './types.js';
export { fQuantile, fCdf, incompleteBeta } from './distributions.js';
export { alphaBand, proportionBand } from './interpret.js';
export * from './rasch.js';
export * from './monitoring.js';
export { evaluateQualification } from './qualification.js';
export type {
  AnchorItem,
  QualificationItem,
  QualificationResult,
  QualificationRule,
  QualificationScore,
  QualificationVerdict,
} from './qualification.js';
