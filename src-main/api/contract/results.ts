// Session results: the statistics engine's report for each round, exactly as `concord stats`
// computes it from the session's exported ratings.
import { z } from 'zod';
import type {
  AccuracyFigures,
  AgreementReport,
  ColleagueFigures,
  CriterionReport,
  IccForm,
  ReadingScheme,
  SampleSpread,
  SeverityGrid,
  SeverityRater,
  Stat,
  Verdict,
} from '../../stats/index.js';
import { id, sessionRef } from './common.js';
import { PerformanceLevelSchema } from './rubrics.js';
import type { AreaMethods } from './topics.js';
import { FIGURES_READ } from './topics.js';

const num = z.number();

export const StatSchema = z.object({
  value: num.nullable(),
  defined: z.boolean(),
  n_used: num,
  reason: z.string().optional(),
  p_observed: num.optional(),
  p_expected: num.optional(),
  ci95_lower: num.nullable().optional(),
  ci95_upper: num.nullable().optional(),
  ci95_reason: z.string().optional(),
  interpretation: z.string().optional(),
  paradox: z.string().optional(),
}) satisfies z.ZodType<Stat>;

const family = <K extends string>(keys: readonly K[]) =>
  z.object(
    Object.fromEntries(keys.map((key) => [key, StatSchema])) as Record<K, typeof StatSchema>,
  );

const agreement = family([
  'sample_mean',
  'pooled_pairs',
  'rater_pair_mean',
  'all_raters_agree_complete_samples',
]);
const weighted = family(['unweighted', 'linear', 'quadratic']);
const scaleVariants = family(['full_scale', 'observed_categories']);

const ICC_FORMS = [
  'oneway_single',
  'oneway_average',
  'agreement_single',
  'agreement_average',
  'consistency_single',
  'consistency_average',
] as const satisfies readonly IccForm[];

const SeverityRaterSchema = z.object({
  n_ratings: num,
  mean_score: StatSchema,
  vs_median_of_others: StatSchema,
  vs_mean_of_others: StatSchema,
  exact_with_others: StatSchema,
  adjacent_with_others: StatSchema,
}) satisfies z.ZodType<SeverityRater>;

export const CriterionReportSchema = z.object({
  counts: z.object({
    n_samples_rated: num,
    n_samples_pairable: num,
    n_samples_complete: num,
    n_raters: num,
    n_ratings: num,
    levels_observed: z.array(num),
  }),
  raters: z.array(z.string()),
  statistics: z.object({
    exact_agreement: agreement.optional(),
    adjacent_agreement: agreement.optional(),
    cohen_kappa: z
      .object({
        pairs: z.array(
          weighted.extend({
            rater_a: z.string(),
            rater_b: z.string(),
            n_common: num,
            linear_observed_levels: StatSchema,
            quadratic_observed_levels: StatSchema,
          }),
        ),
        mean_over_pairs: weighted,
      })
      .optional(),
    fleiss_kappa: family(['complete_cases', 'count_table', 'all_ratings_gwet']).optional(),
    conger_kappa: StatSchema.optional(),
    krippendorff_alpha: family(['nominal', 'ordinal', 'interval', 'ratio']).optional(),
    icc: family(ICC_FORMS).optional(),
    gwet_ac1: scaleVariants.optional(),
    gwet_ac2_linear: scaleVariants.optional(),
    gwet_ac2_quadratic: scaleVariants.optional(),
    brennan_prediger: scaleVariants.optional(),
    brennan_prediger_linear: scaleVariants.optional(),
    brennan_prediger_quadratic: scaleVariants.optional(),
    kendall_w: family(['uncorrected', 'tie_corrected']).optional(),
    severity: z.object({ per_rater: z.record(z.string(), SeverityRaterSchema) }).optional(),
  }),
  kappa_paradox: z.object({
    detected: z.boolean(),
    explanation: z.string().optional(),
    dominant_level: num.optional(),
    dominant_share: num.optional(),
  }),
}) satisfies z.ZodType<CriterionReport>;

export const AgreementReportSchema = z.object({
  levels: z.array(num),
  criteria: z.record(z.string(), CriterionReportSchema),
}) satisfies z.ZodType<AgreementReport>;

export const VerdictSchema = z.object({
  level: z.enum(['reliable', 'tentative', 'unreliable', 'none']),
  label: z.string(),
  meaning: z.string(),
  value: z.string().nullable(),
}) satisfies z.ZodType<Verdict>;

export const ReadingSchemeSchema = z.object({
  bands: z.object({ reliable: num, tentative: num }),
  rangeMinSamples: num,
  noRange: z.object({
    tooFewSamples: z.string(),
    notDefined: z.string(),
    singlePoint: z.string(),
  }),
  icc: z.object({
    form: z.enum(ICC_FORMS),
    name: z.string(),
    short: z.string(),
    words: z.string(),
  }),
}) satisfies z.ZodType<ReadingScheme>;

export const SessionResultsSchema = z.object({
  sessionId: id,
  title: z.string(),
  heldOn: z.string(),
  levels: z.array(PerformanceLevelSchema),
  /** Reports are keyed by criterion name, sample code and rater label, as in the export. */
  criteria: z.array(z.object({ id, name: z.string() })),
  raters: z.array(
    z.object({
      label: z.string(),
      personId: id.nullable(),
      name: z.string().nullable(),
      you: z.boolean(),
    }),
  ),
  namesHidden: z.boolean(),
  /** When a range is worth showing and which ICC is shown (the scheme of stats/interpret.ts). */
  scheme: ReadingSchemeSchema,
  rounds: z.array(
    z.object({
      round: num,
      report: AgreementReportSchema,
      reading: z.string(),
      /** The one verdict per criterion (and all criteria together), keyed as `report.criteria`. */
      verdicts: z.record(z.string(), VerdictSchema),
      warnings: z.array(
        z.object({ criteria: z.array(z.string()), samples: num, message: z.string() }),
      ),
    }),
  ),
});

const matrix = z.array(z.array(num));

export const SessionChartsSchema = z.object({
  sessionId: id,
  levels: z.array(num),
  consensusCount: num,
  rounds: z.array(
    z.object({
      round: num,
      pairConfusion: z.record(z.string(), matrix),
      severity: z.object({
        raters: z.array(z.string()),
        criteria: z.array(z.string()),
        n: matrix,
        vsConsensus: z.array(z.array(num.nullable())),
        vsOthers: z.array(z.array(num.nullable())),
      }) satisfies z.ZodType<SeverityGrid>,
      spread: z.array(
        z.object({
          sample: z.string(),
          criterion: z.string(),
          n: num,
          min: num,
          max: num,
          mean: num,
          sd: num.nullable(),
          range: num,
        }) satisfies z.ZodType<SampleSpread>,
      ),
    }),
  ),
});

const AccuracySchema = z.object({
  n: num,
  exact: num.nullable(),
  withinOne: num.nullable(),
  severity: num.nullable(),
}) satisfies z.ZodType<AccuracyFigures>;

const OwnFiguresSchema = z.object({
  n: num,
  consensus: AccuracySchema,
  anchors: AccuracySchema,
  colleagues: z.object({
    pairs: num,
    exact: num.nullable(),
    withinOne: num.nullable(),
  }) satisfies z.ZodType<ColleagueFigures>,
});

export const RaterOwnResultsSchema = z.object({
  sessionId: id,
  rater: z.string(),
  rounds: z.array(
    z.object({
      round: num,
      overall: OwnFiguresSchema,
      criteria: z.array(OwnFiguresSchema.extend({ criterion: z.string() })),
      lean: z.object({
        criterion: z.string().nullable(),
        lean: num.nullable(),
        against: z.enum(['consensus', 'colleagues']),
        message: z.string(),
      }),
    }),
  ),
});

export const resultMethods = {
  'results.session': {
    input: sessionRef,
    output: SessionResultsSchema,
    reads: FIGURES_READ,
    changes: [],
  },
  /** Data of the results charts (owner). */
  'results.charts': {
    input: sessionRef,
    output: SessionChartsSchema,
    reads: FIGURES_READ,
    changes: [],
  },
  /** One rater's own figures; a rater may ask only for their own (personId left out). */
  'results.mine': {
    input: z.object({ sessionId: id, personId: id.optional() }).strict(),
    output: RaterOwnResultsSchema,
    reads: FIGURES_READ,
    changes: [],
  },
} as const satisfies AreaMethods;
