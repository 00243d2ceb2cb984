// Scores, the reveal board, consensus and clarifications.
import { z } from 'zod';
import type { RevealCell, RevealSample } from '../../domain/reveal.js';
import { MAX_LEVELS } from '../../domain/rubric.js';
import { SAMPLE_KINDS } from '../../domain/sample.js';
import type { Clarification, ConsensusScore, ScoreEntry } from '../../domain/scores.js';
import { SESSION_PHASES } from '../../domain/session.js';
import { done, id, name, sessionRef, text } from './common.js';
import { RubricVersionSchema } from './rubrics.js';
import type { AreaMethods } from './topics.js';

export const ScoreEntrySchema = z.object({
  sessionId: id,
  round: z.number().int().min(1),
  sampleId: id,
  raterId: id,
  criterionId: id,
  score: z.number().int().nullable(),
  note: z.string(),
  recordedAt: z.string(),
}) satisfies z.ZodType<ScoreEntry>;

export const ConsensusScoreSchema = z.object({
  sessionId: id,
  sampleId: id,
  criterionId: id,
  score: z.number().int(),
  rationale: z.string(),
  recordedAt: z.string(),
}) satisfies z.ZodType<ConsensusScore>;

export const AssignmentSchema = z.object({
  sessionId: id,
  title: z.string(),
  round: z.number().int(),
  phase: z.enum(SESSION_PHASES),
  raterId: id,
  raterName: z.string(),
  submitted: z.boolean(),
  rubric: RubricVersionSchema,
  samples: z.array(
    z.object({ id, code: z.string(), kind: z.enum(SAMPLE_KINDS), mediaType: z.string() }),
  ),
  revealedSampleIds: z.array(id),
  scores: z.array(ScoreEntrySchema),
});

const RevealCellSchema = z.object({
  criterionId: id,
  scores: z.array(
    z.object({
      alias: z.string(),
      name: z.string().nullable(),
      you: z.boolean(),
      score: z.number().int().nullable(),
    }),
  ),
  min: z.number().int().nullable(),
  max: z.number().int().nullable(),
  nonAdjacent: z.boolean(),
  reference: z.number().int().nullable(),
  consensus: z.number().int().nullable(),
}) satisfies z.ZodType<RevealCell>;

export const RevealViewSchema = z.object({
  round: z.number().int(),
  samples: z.array(
    z.object({
      sampleId: id,
      code: z.string(),
      revealed: z.boolean(),
      cells: z.array(RevealCellSchema),
      contestedness: z.number(),
      flagged: z.boolean(),
    }) satisfies z.ZodType<RevealSample>,
  ),
});

export const ClarificationSchema = z.object({
  id,
  criterionId: id.nullable(),
  text: z.string(),
  createdAt: z.string(),
}) satisfies z.ZodType<Clarification>;

export const scoringMethods = {
  'scores.list': {
    input: z.object({ sessionId: id, round: z.number().int().min(1).optional() }),
    output: z.array(ScoreEntrySchema),
    reads: ['scores'],
    changes: [],
  },
  'scores.record': {
    input: z.object({
      sessionId: id,
      sampleId: id,
      criterionId: id,
      score: z.number().int().min(0).max(MAX_LEVELS).nullable(),
      note: text(2000).default(''),
      /** Owner only (one-device scoring): whose score this is. A rater always scores as itself. */
      raterId: id.optional(),
    }),
    output: ScoreEntrySchema,
    reads: [],
    changes: ['scores'],
  },
  'scores.submit': {
    input: z.object({ sessionId: id, raterId: id.optional() }),
    output: done,
    reads: [],
    changes: ['sessions'],
  },
  'scoring.assignment': {
    input: z.object({ sessionId: id, raterId: id.optional() }),
    output: AssignmentSchema,
    reads: ['scores', 'sessions'],
    changes: [],
  },
  'reveal.view': {
    input: z.object({ sessionId: id, round: z.number().int().min(1).optional() }),
    output: RevealViewSchema,
    reads: ['scores', 'sessions', 'consensus'],
    changes: [],
  },
  'consensus.list': {
    input: sessionRef,
    output: z.array(ConsensusScoreSchema),
    reads: ['consensus'],
    changes: [],
  },
  'consensus.record': {
    input: z.object({
      sessionId: id,
      sampleId: id,
      criterionId: id,
      score: z.number().int().min(0).max(MAX_LEVELS),
      rationale: text(4000).default(''),
    }),
    output: ConsensusScoreSchema,
    reads: [],
    changes: ['consensus'],
  },
  'clarifications.list': {
    input: sessionRef,
    output: z.array(ClarificationSchema),
    reads: ['consensus'],
    changes: [],
  },
  'clarifications.add': {
    input: z.object({ sessionId: id, criterionId: id.nullable().default(null), text: name }),
    output: ClarificationSchema,
    reads: [],
    changes: ['consensus'],
  },
} as const satisfies AreaMethods;
