// Rubrics and their versions.
import { z } from 'zod';
import type {
  PerformanceLevel,
  RubricDraft,
  RubricSummary,
  RubricVersion,
} from '../../domain/rubric.js';
import { MAX_LEVELS } from '../../domain/rubric.js';
import { empty, id, name, text } from './common.js';

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

export const rubricMethods = {
  'rubrics.list': { input: empty, output: z.array(RubricSummarySchema) },
  'rubrics.get': { input: z.object({ versionId: id }), output: RubricVersionSchema },
  'rubrics.create': { input: RubricDraftSchema, output: RubricVersionSchema },
} as const;
