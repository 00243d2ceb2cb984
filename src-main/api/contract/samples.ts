// Work samples as raters receive them, their owner-only identities, and anchors.
import { z } from 'zod';
import type { AnchorScore, Sample, SampleIdentity } from '../../domain/sample.js';
import { SAMPLE_KINDS } from '../../domain/sample.js';
import { empty, id } from './common.js';

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

export const sampleMethods = {
  'samples.list': { input: empty, output: z.array(SampleSchema) },
  'samples.identity': { input: z.object({ sampleId: id }), output: SampleIdentitySchema },
  'anchors.list': { input: empty, output: z.array(AnchorScoreSchema) },
  'samples.content': {
    input: z.object({ sampleId: id, sessionId: id.optional() }),
    output: z.object({ mediaType: z.string(), base64: z.string() }),
  },
} as const;
