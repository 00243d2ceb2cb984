// Raters across sessions (the coach's view): drift figures and the many-facet Rasch estimate.
import { z } from 'zod';
import type {
  DriftReport,
  DriftThresholds,
  RaschCategory,
  RaschElement,
  RaschFacet,
  RaschResult,
} from '../../stats/index.js';
import { empty, id } from './common.js';
import type { AreaMethods } from './topics.js';
import { FIGURES_READ, NAMED_FIGURES_READ } from './topics.js';

const num = z.number();
const share = num.nullable();

export const DriftThresholdsSchema = z.object({
  exactWithConsensus: num.min(0).max(1),
  withinOneWithConsensus: num.min(0).max(1),
  meanSeverity: num.min(0).max(10),
  declinePoints: num.min(0).max(100),
}) satisfies z.ZodType<DriftThresholds>;

const accuracy = z.object({ n: num, exact: share, withinOne: share, severity: share });
const colleagues = z.object({ pairs: num, exact: share, withinOne: share });
const scaleUse = z.object({ counts: z.array(num), shares: z.array(num) });
const alertKind = z.enum(['exact', 'within-one', 'severity', 'decline']);
const alert = z.object({
  rater: z.string(),
  session: z.string(),
  kind: alertKind,
  value: num,
  threshold: num,
  message: z.string(),
});
/** An alert the figures call for that was not raised, and why. */
const heldBack = z.object({
  rater: z.string(),
  session: z.string(),
  reason: z.enum(['few-ratings', 'no-consensus']),
  kinds: z.array(alertKind),
  compared: num,
  needed: num,
  message: z.string(),
});
/** Every alert a rater ever had, with whether it still stands. */
const alertRecord = alert.extend({
  date: z.string(),
  label: z.string(),
  status: z.enum(['current', 'earlier', 'resolved']),
  resolvedIn: z.object({ session: z.string(), date: z.string(), label: z.string() }).nullable(),
  cameBackIn: z.object({ session: z.string(), date: z.string(), label: z.string() }).nullable(),
});

export const DriftReportSchema = z.object({
  levels: z.array(num),
  sessions: z.array(z.object({ id: z.string(), date: z.string(), label: z.string(), order: num })),
  raters: z.array(
    z.object({
      rater: z.string(),
      name: z.string(),
      sessions: z.array(
        z.object({
          session: z.string(),
          order: num,
          date: z.string(),
          label: z.string(),
          n: num,
          consensus: accuracy,
          anchors: accuracy,
          colleagues,
          scaleUse,
          alerts: z.array(alert),
          heldBack: heldBack.nullable(),
        }),
      ),
      overall: z.object({ n: num, consensus: accuracy, anchors: accuracy, colleagues, scaleUse }),
      trend: z.object({ slope: num.nullable(), sessions: num }),
      middleOnly: z.object({
        flag: z.boolean(),
        avoidsLowest: z.boolean(),
        avoidsHighest: z.boolean(),
        n: num,
      }),
      alerts: z.array(alert),
      history: z.array(alertRecord),
    }),
  ),
  thresholds: DriftThresholdsSchema,
  minRatings: num,
}) satisfies z.ZodType<DriftReport>;

const RaschElementSchema = z.object({
  id: z.string(),
  index: num,
  measure: num,
  se: num,
  infit: num.nullable(),
  outfit: num.nullable(),
  infitZ: num.nullable(),
  outfitZ: num.nullable(),
  count: num,
  totalCount: num,
  score: num,
  observedAverage: num.nullable(),
  fairAverage: num,
  extreme: z.enum(['minimum', 'maximum']).nullable(),
}) satisfies z.ZodType<RaschElement>;

const RaschFacetSchema = z.object({
  elements: z.array(RaschElementSchema),
  nMeasured: num,
  mean: num,
  sd: num,
  rmse: num,
  trueSd: num,
  separation: num,
  strata: num,
  reliability: num,
  chiSquare: num,
  df: num,
}) satisfies z.ZodType<RaschFacet>;

export const RaschResultSchema = z.object({
  examinees: RaschFacetSchema,
  raters: RaschFacetSchema,
  criteria: RaschFacetSchema,
  categories: z.array(
    z.object({
      category: num,
      value: num,
      count: num,
      share: num,
      threshold: num.nullable(),
      expectedCount: num,
    }) satisfies z.ZodType<RaschCategory>,
  ),
  iterations: num,
  converged: z.boolean(),
  maxChange: num,
  maxResidual: num,
  nObservations: num,
  nUsed: num,
}) satisfies z.ZodType<RaschResult>;

const versionChoice = z.object({ rubricVersionId: id.optional() }).strict();

export const driftMethods = {
  'drift.versions': {
    input: empty,
    output: z.array(
      z.object({ rubricVersionId: id, title: z.string(), version: num, sessions: num }),
    ),
    reads: NAMED_FIGURES_READ,
    changes: [],
  },
  'drift.report': {
    input: versionChoice,
    output: z.object({ rubricVersionId: id, report: DriftReportSchema }),
    reads: NAMED_FIGURES_READ,
    changes: [],
  },
  'drift.thresholds': { input: empty, output: DriftThresholdsSchema, reads: [], changes: [] },
  'drift.setThresholds': {
    input: DriftThresholdsSchema,
    output: DriftThresholdsSchema,
    reads: [],
    changes: [],
  },
  'rasch.estimate': {
    input: versionChoice,
    output: z.object({ rubricVersionId: id, result: RaschResultSchema }),
    reads: FIGURES_READ,
    changes: [],
  },
} as const satisfies AreaMethods;
