// Comparative judgement sessions: set up, the judges' pairs and choices, the live scale and the
// results. What a judge receives names no other judge and carries no choice but its own.
import { z } from 'zod';
import type { JudgingTurn } from '../../domain/judging.js';
import { SAMPLE_KINDS } from '../../domain/sample.js';
import type {
  BtFit,
  CjLevels,
  CjReliability,
  CjReport,
  JudgeFitReport,
  RubricComparison,
} from '../../stats/cj-types.js';
import { id, sessionRef, text } from './common.js';
import { ExportFileSchema } from './exchange.js';
import { StatSchema } from './results.js';
import { JudgingSetupSchema, SessionDetailSchema, SessionDraftSchema } from './sessions.js';
import type { AreaMethods } from './topics.js';

const num = z.number();

export const JudgingDraftSchema = SessionDraftSchema.omit({ options: true, raterIds: true }).extend(
  {
    sampleIds: z.array(id).min(3, 'choose at least three samples to compare').max(200),
    judgeIds: z.array(id).min(1, 'choose at least one judge').max(100),
    judging: JudgingSetupSchema,
    hideRaterNames: z.boolean().default(true),
  },
);

const JudgedSampleSchema = z.object({
  id,
  code: z.string(),
  kind: z.enum(SAMPLE_KINDS),
  mediaType: z.string(),
});

export const JudgingTurnSchema = z.object({
  sessionId: id,
  title: z.string(),
  question: z.string(),
  phase: z.enum(['draft', 'scoring', 'revealed', 'closed']),
  judgeId: id,
  judgeName: z.string(),
  done: z.number().int(),
  total: z.number().int(),
  pair: z.object({ pairId: id, left: JudgedSampleSchema, right: JudgedSampleSchema }).nullable(),
}) satisfies z.ZodType<JudgingTurn>;

export const JudgeProgressSchema = z.object({
  personId: id,
  alias: z.string(),
  name: z.string(),
  done: z.number().int(),
  total: z.number().int(),
  joined: z.boolean(),
});

export const LiveScaleSchema = z.object({
  judgements: z.number().int(),
  components: z.number().int(),
  samples: z.array(
    z.object({
      sampleId: id,
      code: z.string(),
      isAnchor: z.boolean(),
      ability: num,
      se: num.nullable(),
      wins: z.number().int(),
      comparisons: z.number().int(),
    }),
  ),
});

const BtFitSchema = z.object({
  samples: z.array(
    z.object({
      sample: z.string(),
      ability: num,
      se: num.nullable(),
      wins: num,
      comparisons: num,
      adjusted: z.enum(['won_every_comparison', 'lost_every_comparison']).nullable(),
    }),
  ),
  log_likelihood: num,
  iterations: num,
  converged: z.boolean(),
  components: num,
  warnings: z.array(z.string()),
}) satisfies z.ZodType<BtFit>;

const ReliabilitySchema = z.object({
  scale_separation: StatSchema,
  split_half: StatSchema.extend({ splits: num }),
  interpretation: z.string(),
}) satisfies z.ZodType<CjReliability>;

const ResidualSchema = z.object({
  left: z.string(),
  right: z.string(),
  winner: z.string(),
  expected: num,
  z2: num,
});

const JudgeFitSchema = z.object({
  judges: z.array(
    z.object({
      judge: z.string(),
      judgements: num,
      infit: num.nullable(),
      outfit: num.nullable(),
      misfit: z.boolean(),
      median_ms: num.nullable(),
      worst: z.array(ResidualSchema),
    }),
  ),
  threshold: num.nullable(),
}) satisfies z.ZodType<JudgeFitReport>;

const LevelsSchema = z.object({
  boundaries: z.array(z.object({ below: num, above: num, at: num })).nullable(),
  reason: z.string().optional(),
  levels_without_anchors: z.array(num).optional(),
  anchors_not_compared: z.array(z.string()).optional(),
  samples: z.array(
    z.object({
      sample: z.string(),
      level: num,
      probability: num,
      level_low: num,
      level_high: num,
    }),
  ),
}) satisfies z.ZodType<CjLevels>;

const RubricComparisonSchema = z.object({
  spearman_rho: StatSchema,
  disagreements: z.array(
    z.object({ sample: z.string(), cj_rank: num, rubric_rank: num, rubric_score: num }),
  ),
}) satisfies z.ZodType<RubricComparison>;

export const CjReportSchema = z.object({
  fit: BtFitSchema,
  reliability: ReliabilitySchema,
  judges: JudgeFitSchema,
  levels: LevelsSchema.optional(),
  rubric: RubricComparisonSchema.optional(),
}) satisfies z.ZodType<CjReport>;

/** The results of a judgement session: its report, samples by code and judges by alias. */
export const JudgingResultsSchema = z.object({
  sessionId: id,
  question: z.string(),
  judgements: z.number().int(),
  judges: z.number().int(),
  report: CjReportSchema,
  /** Anchors by code with the level agreed for them. */
  anchors: z.array(z.object({ code: z.string(), level: num })),
  /** The rubric's levels, lowest first, to name the level bands. */
  levels: z.array(z.object({ value: num, label: z.string() })),
  /** How many of the session's samples have rubric scores to compare with. */
  rubricScored: z.number().int(),
});

export const judgingMethods = {
  'judging.create': {
    input: JudgingDraftSchema,
    output: SessionDetailSchema,
    reads: [],
    changes: ['sessions', 'rubrics'],
  },
  'judging.turn': {
    input: z.object({ sessionId: id, judgeId: id.optional() }).strict(),
    output: JudgingTurnSchema,
    reads: ['sessions', 'judgements'],
    changes: [],
  },
  'judging.choose': {
    input: z
      .object({
        sessionId: id,
        pairId: id,
        winner: z.enum(['left', 'right']),
        note: text(2000).default(''),
        ms: z.number().int().min(0).nullable().default(null),
        judgeId: id.optional(),
      })
      .strict(),
    output: JudgingTurnSchema,
    reads: [],
    changes: ['judgements'],
  },
  'judging.progress': {
    input: sessionRef,
    output: z.array(JudgeProgressSchema),
    reads: ['sessions', 'judgements', 'people'],
    changes: [],
  },
  'judging.scale': {
    input: sessionRef,
    output: LiveScaleSchema,
    reads: ['sessions', 'judgements', 'samples'],
    changes: [],
  },
  'judging.results': {
    input: sessionRef,
    output: JudgingResultsSchema,
    reads: ['sessions', 'judgements', 'samples', 'scores', 'consensus', 'rubrics'],
    changes: [],
  },
  'judging.export': {
    input: z.object({ sessionId: id, what: z.enum(['judgements', 'estimates']) }).strict(),
    output: ExportFileSchema,
    reads: ['sessions', 'judgements', 'samples'],
    changes: [],
  },
} as const satisfies AreaMethods;
