// Work samples as raters receive them, their owner-only identities, and anchors.
import { z } from 'zod';
import type {
  AnchorEntry,
  AnchorScore,
  ImportResult,
  NameCandidateReview,
  Redaction,
  Sample,
  SampleIdentity,
} from '../../domain/sample.js';
import { SAMPLE_KINDS } from '../../domain/sample.js';
import { done, empty, id } from './common.js';
import type { AreaMethods } from './topics.js';

export const SampleSchema = z.object({
  id,
  code: z.string(),
  kind: z.enum(SAMPLE_KINDS),
  mediaType: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  size: z.number().int().nonnegative(),
  gradeBandId: id.nullable(),
  competencyId: id.nullable(),
  isAnchor: z.boolean(),
}) satisfies z.ZodType<Sample>;

export const SampleIdentitySchema = z.object({
  sampleId: id,
  originalFileName: z.string(),
  studentName: z.string().nullable(),
}) satisfies z.ZodType<SampleIdentity>;

export const AnchorScoreSchema = z.object({
  sampleId: id,
  criterionKey: id,
  score: z.number().int(),
  rationale: z.string(),
}) satisfies z.ZodType<AnchorScore>;

export const ImportResultSchema = z.object({
  name: z.string(),
  status: z.enum(['imported', 'duplicate', 'skipped']),
  reason: z.string().optional(),
  sampleId: id.optional(),
  code: z.string().optional(),
  kind: z.enum(SAMPLE_KINDS).optional(),
  rosterNames: z.array(z.string()).optional(),
  candidates: z.number().int().nonnegative().optional(),
}) satisfies z.ZodType<ImportResult>;

export const RedactionSchema = z.object({
  id,
  sampleId: id,
  kind: z.enum(['roster_name', 'confirmed_name', 'box']),
  name: z.string().nullable(),
  page: z.number().int().nullable(),
  x: z.number().nullable(),
  y: z.number().nullable(),
  width: z.number().nullable(),
  height: z.number().nullable(),
}) satisfies z.ZodType<Redaction>;

export const NameCandidateSchema = z.object({
  name: z.string(),
  occurrences: z.number().int(),
  context: z.string(),
  status: z.enum(['pending', 'confirmed', 'dismissed']),
}) satisfies z.ZodType<NameCandidateReview>;

export const AnchorEntrySchema = z.object({
  sampleId: id,
  code: z.string(),
  kind: z.enum(SAMPLE_KINDS),
  gradeBandId: id.nullable(),
  gradeBandName: z.string().nullable(),
  level: z.number().int().nullable(),
  rubricId: id,
  rubricTitle: z.string(),
  scores: z.array(
    z.object({
      criterionKey: z.string(),
      criterionName: z.string(),
      score: z.number().int(),
      rationale: z.string(),
    }),
  ),
}) satisfies z.ZodType<AnchorEntry>;

/** Files travel as base64 in JSON; the HTTP transport allows this method a larger body. */
export const MAX_IMPORT_FILE_BYTES = 40 * 1024 * 1024;
const fraction = z.number().min(0).max(1);
const rosterNames = z.array(z.string().trim().min(1).max(200)).max(2000);

export const sampleMethods = {
  'samples.list': { input: empty, output: z.array(SampleSchema), reads: ['samples'], changes: [] },
  'samples.identity': {
    input: z.object({ sampleId: id }),
    output: SampleIdentitySchema,
    reads: ['samples'],
    changes: [],
  },
  'anchors.list': {
    input: empty,
    output: z.array(AnchorScoreSchema),
    reads: ['samples'],
    changes: [],
  },
  'samples.content': {
    input: z.object({ sampleId: id, sessionId: id.optional() }),
    output: z.object({ mediaType: z.string(), base64: z.string() }),
    reads: ['samples'],
    changes: [],
  },
  'samples.import': {
    input: z
      .object({
        files: z
          .array(
            z.object({
              name: z.string().trim().min(1).max(255),
              base64: z.string().max(Math.ceil(MAX_IMPORT_FILE_BYTES / 3) * 4),
            }),
          )
          .min(1)
          .max(50),
        roster: rosterNames.optional(),
        gradeBandId: id.nullable().optional(),
        competencyId: id.nullable().optional(),
      })
      .strict(),
    output: z.object({ results: z.array(ImportResultSchema) }),
    reads: [],
    changes: ['samples', 'work'],
  },
  /** A roster file's text (CSV with first/last or name columns, or one name a line) as names. */
  'samples.parseRoster': {
    input: z.object({ text: z.string().max(1_000_000), fileName: z.string().max(255).optional() }),
    output: z.object({ names: z.array(z.string()) }),
    reads: [],
    changes: [],
  },
  /** Owner-only: per sample, suggested names still waiting for review (samples with none omitted). */
  'samples.reviewQueue': {
    input: empty,
    output: z.array(z.object({ sampleId: id, pendingNames: z.number().int().nonnegative() })),
    reads: ['samples'],
    changes: [],
  },
  'samples.redactions': {
    input: z.object({ sampleId: id }),
    output: z.array(RedactionSchema),
    reads: ['samples'],
    changes: [],
  },
  'samples.candidates': {
    input: z.object({ sampleId: id }),
    output: z.array(NameCandidateSchema),
    reads: ['samples'],
    changes: [],
  },
  'samples.confirmNames': {
    input: z.object({ sampleId: id, names: z.array(z.string().max(200)).min(1).max(100) }).strict(),
    output: SampleSchema,
    reads: [],
    changes: ['samples', 'work'],
  },
  'samples.dismissNames': {
    input: z.object({ sampleId: id, names: z.array(z.string().max(200)).min(1).max(100) }).strict(),
    output: done,
    reads: [],
    changes: ['samples'],
  },
  'samples.addRedactionBox': {
    input: z
      .object({
        sampleId: id,
        page: z.number().int().min(1),
        x: fraction,
        y: fraction,
        width: fraction.refine((w) => w > 0, 'must be more than 0'),
        height: fraction.refine((h) => h > 0, 'must be more than 0'),
      })
      .strict(),
    output: RedactionSchema,
    reads: [],
    changes: ['samples', 'work'],
  },
  'samples.removeRedactionBox': {
    input: z.object({ sampleId: id, redactionId: id }).strict(),
    output: SampleSchema,
    reads: [],
    changes: ['samples', 'work'],
  },
  /** Owner-only: the file as it arrived. Never reachable by raters, never exported. */
  'samples.original': {
    input: z.object({ sampleId: id }),
    output: z.object({ mediaType: z.string(), fileName: z.string(), base64: z.string() }),
    reads: ['samples'],
    changes: [],
  },
  'samples.setAnchor': {
    input: z
      .object({
        sampleId: id,
        rubricId: id,
        scores: z
          .array(
            z.object({
              criterionKey: id,
              score: z.number().int(),
              rationale: z.string().trim().min(1, 'must not be empty').max(4000),
            }),
          )
          .min(1),
        gradeBandId: id.nullable().optional(),
        level: z.number().int().nullable().optional(),
      })
      .strict(),
    output: z.array(AnchorEntrySchema),
    reads: [],
    changes: ['samples'],
  },
  'samples.clearAnchor': {
    input: z.object({ sampleId: id }).strict(),
    output: done,
    reads: [],
    changes: ['samples'],
  },
  'anchors.library': {
    input: empty,
    output: z.array(AnchorEntrySchema),
    reads: ['samples'],
    changes: [],
  },
} as const satisfies AreaMethods;
