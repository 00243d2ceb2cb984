// Rubrics and their versions.
import { z } from 'zod';
import type {
  PerformanceLevel,
  RubricDraft,
  RubricSummary,
  RubricVersion,
} from '../../domain/rubric.js';
import { MAX_LEVELS } from '../../domain/rubric.js';
import type {
  CriterionChange,
  DescriptorChange,
  LevelChange,
  RubricDiff,
  TextChange,
} from '../../domain/rubric-diff.js';
import { id, name, text } from './common.js';
import type { AreaMethods } from './topics.js';

export const PerformanceLevelSchema = z.object({
  value: z.number().int().min(0).max(MAX_LEVELS),
  label: name,
}) satisfies z.ZodType<PerformanceLevel>;

export const CriterionSchema = z.object({
  id,
  key: id,
  name,
  competencyId: id.nullable(),
  descriptors: z.record(z.string(), text(4000)),
});

export const RubricVersionSchema = z.object({
  id,
  rubricId: id,
  version: z.number().int().min(1),
  title: name,
  description: text(4000),
  gradeBandId: id.nullable(),
  levels: z.array(PerformanceLevelSchema),
  criteria: z.array(CriterionSchema),
  frozenAt: z.string().nullable(),
  createdAt: z.string(),
}) satisfies z.ZodType<RubricVersion>;

export const RubricSummarySchema = z.object({
  id,
  title: name,
  latestVersionId: id,
  latestVersion: z.number().int(),
  criteriaCount: z.number().int(),
  levelsCount: z.number().int(),
  archived: z.boolean(),
  frozen: z.boolean(),
}) satisfies z.ZodType<RubricSummary>;

export const RubricDraftSchema = z.object({
  title: name,
  description: text(4000).default(''),
  gradeBandId: id.nullable().default(null),
  levels: z.array(PerformanceLevelSchema).min(3).max(6),
  criteria: z
    .array(
      z.object({
        name,
        competencyId: id.nullable().default(null),
        descriptors: z.record(z.string(), text(4000)),
      }),
    )
    .min(1)
    .max(30),
}) satisfies z.ZodType<RubricDraft>;

/** An edit of a version: each criterion may carry the key of the criterion it continues. */
export const RubricEditDraftSchema = RubricDraftSchema.extend({
  criteria: z
    .array(
      z.object({
        key: id.optional(),
        name,
        competencyId: id.nullable().default(null),
        descriptors: z.record(z.string(), text(4000)),
      }),
    )
    .min(1)
    .max(30),
});

const TextChangeSchema = z.object({
  before: z.string(),
  after: z.string(),
}) satisfies z.ZodType<TextChange>;

export const RubricDiffSchema = z.object({
  title: TextChangeSchema.nullable(),
  description: TextChangeSchema.nullable(),
  gradeBand: z.object({ before: z.string().nullable(), after: z.string().nullable() }).nullable(),
  levels: z.array(
    z.object({
      kind: z.enum(['added', 'removed', 'relabelled']),
      value: z.number().int(),
      before: z.string().nullable(),
      after: z.string().nullable(),
    }) satisfies z.ZodType<LevelChange>,
  ),
  criteria: z.array(
    z.object({
      kind: z.enum(['added', 'removed', 'renamed', 'competency']),
      key: z.string(),
      name: z.string(),
      before: z.string().nullable(),
      after: z.string().nullable(),
    }) satisfies z.ZodType<CriterionChange>,
  ),
  reordered: z.boolean(),
  descriptors: z.array(
    z.object({
      key: z.string(),
      criterion: z.string(),
      value: z.number().int(),
      level: z.string(),
      before: z.string(),
      after: z.string(),
    }) satisfies z.ZodType<DescriptorChange>,
  ),
}) satisfies z.ZodType<RubricDiff>;

export const RubricHistorySchema = z.object({
  rubricId: id,
  archived: z.boolean(),
  versions: z.array(
    z.object({
      id,
      version: z.number().int(),
      title: z.string(),
      changeNote: z.string(),
      createdAt: z.string(),
      frozenAt: z.string().nullable(),
      diff: RubricDiffSchema.nullable(),
    }),
  ),
});

export const RUBRIC_FORMATS = ['csv', 'json', 'case'] as const;
export const RubricFormatSchema = z.enum(RUBRIC_FORMATS);
/** Rubric files are small; 2 MB of text is far beyond any real one. */
export const RUBRIC_FILE_MAX_CHARS = 2_000_000;

export const rubricMethods = {
  'rubrics.list': {
    input: z.object({ includeArchived: z.boolean().default(false) }).strict(),
    output: z.array(RubricSummarySchema),
    reads: ['rubrics', 'sessions'],
    changes: [],
  },
  'rubrics.get': {
    input: z.object({ versionId: id }),
    output: RubricVersionSchema,
    reads: ['rubrics', 'sessions'],
    changes: [],
  },
  'rubrics.create': {
    input: RubricDraftSchema,
    output: RubricVersionSchema,
    reads: [],
    changes: ['rubrics'],
  },
  /** Edits in place when no session uses the version; otherwise saves version n+1 and returns it. */
  'rubrics.update': {
    input: z
      .object({ versionId: id, draft: RubricEditDraftSchema, changeNote: text(1000).default('') })
      .strict(),
    output: RubricVersionSchema,
    reads: [],
    changes: ['rubrics'],
  },
  'rubrics.history': {
    input: z.object({ rubricId: id }).strict(),
    output: RubricHistorySchema,
    reads: ['rubrics', 'sessions'],
    changes: [],
  },
  'rubrics.duplicate': {
    input: z.object({ versionId: id, title: name }).strict(),
    output: RubricVersionSchema,
    reads: [],
    changes: ['rubrics'],
  },
  'rubrics.archive': {
    input: z.object({ rubricId: id, archived: z.boolean() }).strict(),
    output: RubricSummarySchema,
    reads: [],
    changes: ['rubrics'],
  },
  'rubrics.import': {
    input: z
      .object({
        fileName: z.string().trim().min(1, 'must not be empty').max(260),
        text: z.string().max(RUBRIC_FILE_MAX_CHARS, 'the file is larger than 2 MB'),
        format: RubricFormatSchema.optional(),
      })
      .strict(),
    output: z.object({
      version: RubricVersionSchema,
      createdCompetencies: z.array(z.string()),
      createdGradeBands: z.array(z.string()),
    }),
    reads: [],
    changes: ['rubrics'],
  },
  'rubrics.export': {
    input: z.object({ versionId: id, format: RubricFormatSchema }).strict(),
    output: z.object({ fileName: z.string(), text: z.string() }),
    reads: ['rubrics'],
    changes: [],
  },
} as const satisfies AreaMethods;
