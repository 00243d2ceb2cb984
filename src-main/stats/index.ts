// Public API of the agreement statistics engine (pure TypeScript: no I/O, no Node imports).
//
//   computeAgreementReport(ratings | columns, { levels, ci?, stats? }) -> AgreementReport
//
// The returned object is exactly what `concord stats --format json` prints; the app's results
// screen and PDF reports call it on scores from the database (per criterion, with the rubric's
// full scale) and so show the same numbers as the CLI.
//
// Decisions where the issue is silent:
// - A criterion's raters are the raters with at least one (non-missing) rating on it; a unit is
//   a sample with at least one rating; "complete" = rated by every one of those raters. Rows with
//   an empty score are ignored (also as duplicates); two scores by one rater for one unit are an
//   error (RatingsDataError with the row).
// - `__pooled__` appears only with 2+ criteria; its units are (criterion, sample) pairs, its
//   raters the union. All criteria share the one scale given.
// - "Adjacent" = index positions at most one apart on the full scale. Cohen's and Gwet's
//   weights use index positions; `*_observed_levels` / `observed_categories` re-index over the
//   observed levels (per rater pair for Cohen, as irr::kappa2; per table for Gwet / BP).
//   Krippendorff's interval and ratio metrics use the level values; ordinal is rank-based with
//   the marginals over the full scale's order.
// - Conger's kappa and Fleiss' `all_ratings_gwet` follow Gwet's missing-data forms (irrCAC):
//   p_a over units with 2+ ratings; Conger's p_e from each rater's own level shares.
// - ICC uses values of the complete units and irr::icc's F-based intervals; where an interval
//   is not finite (zero residual variance) its bounds are null.
// - Severity: others = the other raters of the same unit; differences in scale values.
// - Bootstrap: units resampled with replacement (mulberry32, seed default 1, 1,000 replicates),
//   units ordered by sample id so a seed gives the same interval whatever the row order;
//   percentile 2.5 / 97.5 (R type 7) over the replicates where the value is defined; the set
//   of observed levels stays that of the data. Intervals: agreement proportions, alpha, AC1/AC2,
//   Brennan-Prediger and Fleiss' missing-data form.
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
export { kappaBand, alphaBand, iccBand, kendallBand, proportionBand } from './interpret.js';
export { estimateRasch, raschExpected, raschFromRatings } from './rasch.js';
export type {
  RaschCategory,
  RaschData,
  RaschElement,
  RaschFacet,
  RaschOptions,
  RaschRating,
  RaschResult,
} from './rasch.js';
export {
  computeDrift,
  consensusConfusion,
  defaultThresholds,
  leastSquaresSlope,
  monthLabel,
  pairConfusion,
  raterLean,
  sampleSizeWarnings,
  sampleSpread,
  sessionReading,
  severityGrid,
} from './monitoring.js';
export type {
  AccuracyFigures,
  AlertKind,
  AnchorReference,
  ColleagueFigures,
  ConsensusScore,
  DriftAlert,
  DriftInput,
  DriftOptions,
  DriftReport,
  DriftThresholds,
  MiddleOnly,
  MonitorRating,
  RaterDrift,
  RaterSessionFigures,
  SampleSpread,
  ScaleUse,
  SessionConsensus,
  SessionInfo,
  SessionRating,
  SeverityGrid,
} from './monitoring.js';
export { evaluateQualification } from './qualification.js';
export type {
  AnchorItem,
  QualificationItem,
  QualificationResult,
  QualificationRule,
  QualificationScore,
  QualificationVerdict,
} from './qualification.js';
