// Qualification checks: anchor sets with a pass rule, and raters' attempts with instant feedback.
import { z } from 'zod';
import type {
  AttemptHead,
  AttemptResult,
  AttemptSummary,
  EligibleAnchor,
  FeedbackItem,
  QualificationRule,
  QualificationSet,
  QualificationSetSummary,
} from '../../domain/qualification.js';
import { SAMPLE_KINDS } from '../../domain/sample.js';
import { empty, id, name } from './common.js';
import { RubricVersionSchema } from './rubrics.js';
import type { AreaMethods } from './topics.js';

const share = z.number().min(0, 'must be 0% or more').max(1, 'must be 100% or less');

export const QualificationRuleSchema = z
  .object({
    /** Least share of anchor items scored at exactly the reference level (0..1). */
    minExact: share.optional(),
    /** Least share of anchor items within one level of the reference (0..1). */
    minWithinOne: share.optional(),
    /** Most anchor items two or more levels from the reference. */
    maxNonAdjacent: z.number().int('must be a whole number').min(0).max(1000).optional(),
  })
  .strict() satisfies z.ZodType<QualificationRule>;

const SetFields = {
  title: name,
  rubricVersionId: id,
  sampleIds: z.array(id).max(100),
  rule: QualificationRuleSchema,
};

export const QualificationSetSchema = z.object({
  id,
  ...SetFields,
  title: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
}) satisfies z.ZodType<QualificationSet>;

export const QualificationSetSummarySchema = QualificationSetSchema.extend({
  rubricTitle: z.string(),
  attempts: z.number().int(),
  passed: z.number().int(),
}) satisfies z.ZodType<QualificationSetSummary>;

export const EligibleAnchorSchema = z.object({
  sampleId: id,
  code: z.string(),
  missingCriteria: z.array(z.string()),
}) satisfies z.ZodType<EligibleAnchor>;

const verdict = z.enum(['exact', 'adjacent', 'non-adjacent', 'missing']);

export const FeedbackItemSchema = z.object({
  sampleId: id,
  sampleCode: z.string(),
  criterionKey: z.string(),
  criterionName: z.string(),
  given: z.number().nullable(),
  reference: z.number(),
  verdict,
  rationale: z.string(),
}) satisfies z.ZodType<FeedbackItem>;

const figures = {
  passed: z.boolean(),
  items: z.number().int(),
  exact: z.number().int(),
  withinOne: z.number().int(),
  nonAdjacent: z.number().int(),
  missing: z.number().int(),
  exactShare: z.number(),
  withinOneShare: z.number(),
};

export const AttemptResultSchema = z.object({
  ...figures,
  rule: QualificationRuleSchema,
  reasons: z.array(z.string()),
  feedback: z.array(FeedbackItemSchema),
}) satisfies z.ZodType<AttemptResult>;

export const AttemptScoreSchema = z.object({
  sampleId: id,
  criterionKey: id,
  score: z.number().int(),
});

const AttemptHeadSchema = z.object({
  id,
  setId: id,
  setTitle: z.string(),
  personId: id,
  personName: z.string(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
}) satisfies z.ZodType<AttemptHead>;

/** A rater's view of an attempt: no reference score anywhere until `result` is set. */
export const AttemptViewSchema = AttemptHeadSchema.extend({
  rubric: RubricVersionSchema,
  samples: z.array(
    z.object({ id, code: z.string(), kind: z.enum(SAMPLE_KINDS), mediaType: z.string() }),
  ),
  scores: z.array(AttemptScoreSchema),
  result: AttemptResultSchema.nullable(),
});

export const AttemptSummarySchema = AttemptHeadSchema.extend({
  result: z.object(figures).nullable(),
}) satisfies z.ZodType<AttemptSummary>;

const attemptRef = z.object({ attemptId: id }).strict();

export const qualificationMethods = {
  'qualification.anchors': {
    input: z.object({ rubricVersionId: id }).strict(),
    output: z.array(EligibleAnchorSchema),
    reads: ['samples'],
    changes: [],
  },
  'qualification.sets': {
    input: empty,
    output: z.array(QualificationSetSummarySchema),
    reads: ['qualification'],
    changes: [],
  },
  'qualification.set': {
    input: z.object({ setId: id }).strict(),
    output: QualificationSetSchema,
    reads: ['qualification'],
    changes: [],
  },
  'qualification.createSet': {
    input: z.object(SetFields).strict(),
    output: QualificationSetSchema,
    reads: [],
    changes: ['qualification'],
  },
  'qualification.updateSet': {
    input: z.object({ setId: id, ...SetFields }).strict(),
    output: QualificationSetSchema,
    reads: [],
    changes: ['qualification'],
  },
  'qualification.attempts': {
    input: z.object({ setId: id.optional() }).strict(),
    output: z.array(AttemptSummarySchema),
    reads: ['qualification'],
    changes: [],
  },
  /** Starts an attempt and answers the token the rater takes it with (never the owner's). */
  'qualification.startAttempt': {
    input: z.object({ setId: id, personId: id }).strict(),
    output: z.object({ attempt: AttemptViewSchema, token: z.string() }),
    reads: [],
    changes: ['access', 'qualification'],
  },
  /** A fresh token to continue an unfinished attempt (the earlier one stops working). */
  'qualification.resumeAttempt': {
    input: attemptRef,
    output: z.object({ attempt: AttemptViewSchema, token: z.string() }),
    reads: [],
    changes: ['access'],
  },
  'qualification.attempt': {
    input: attemptRef,
    output: AttemptViewSchema,
    reads: ['qualification'],
    changes: [],
  },
  'qualification.score': {
    input: z.object({ attemptId: id, ...AttemptScoreSchema.shape }).strict(),
    output: AttemptViewSchema,
    reads: [],
    changes: [],
  },
  'qualification.submit': {
    input: attemptRef,
    output: AttemptViewSchema,
    reads: [],
    changes: ['qualification'],
  },
  /** One anchor's anonymized file, for the attempt whose set holds it. */
  'qualification.sample': {
    input: z.object({ attemptId: id, sampleId: id }).strict(),
    output: z.object({ mediaType: z.string(), base64: z.string() }),
    reads: ['samples'],
    changes: [],
  },
} as const satisfies AreaMethods;
