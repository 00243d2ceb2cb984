// Sessions: setting up, running the room, moving through the phases.
import { z } from 'zod';
import type {
  ProtocolPhase,
  SessionDetail,
  SessionOptions,
  SessionSummary,
} from '../../domain/session.js';
import { SESSION_KINDS, SESSION_PHASES } from '../../domain/session.js';
import type { JudgingSetup } from '../../domain/judging.js';
import type { NetworkAddress, RoomInfo } from '../../domain/room.js';
import { done, empty, id, name, sessionRef } from './common.js';
import type { AreaMethods } from './topics.js';

export const ProtocolPhaseSchema = z.object({
  name,
  minutes: z.number().int().min(1).max(240),
  perSample: z.boolean(),
}) satisfies z.ZodType<ProtocolPhase>;

export const SessionOptionsSchema = z.object({
  blind: z.boolean(),
  randomizeOrder: z.boolean(),
  hideRaterNames: z.boolean(),
  rounds: z.union([z.literal(1), z.literal(2)]),
  protocol: z.array(ProtocolPhaseSchema).max(12),
}) satisfies z.ZodType<SessionOptions>;

export const JudgingSetupSchema = z.object({
  question: z.string().trim().min(1, 'write the question judges answer').max(500),
  competencyId: id.nullable(),
  perJudge: z.number().int().min(1).max(500),
}) satisfies z.ZodType<JudgingSetup>;

export const SessionSummarySchema = z.object({
  id,
  kind: z.enum(SESSION_KINDS),
  title: name,
  heldOn: z.string(),
  phase: z.enum(SESSION_PHASES),
  currentRound: z.number().int().min(1),
  rubricVersionId: id,
  rubricTitle: z.string(),
  sampleCount: z.number().int(),
  raterCount: z.number().int(),
}) satisfies z.ZodType<SessionSummary>;

export const SessionDetailSchema = SessionSummarySchema.extend({
  options: SessionOptionsSchema,
  facilitatorId: id.nullable(),
  sampleIds: z.array(id),
  raters: z.array(z.object({ personId: id, alias: z.string(), name: z.string() })),
  revealedSampleIds: z.array(id),
  timer: z.object({ phaseIndex: z.number().int().min(0), startedAt: z.string() }).nullable(),
  judging: JudgingSetupSchema.nullable(),
}) satisfies z.ZodType<SessionDetail>;

export const SessionDraftSchema = z.object({
  title: name,
  heldOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like 2026-10-14'),
  rubricVersionId: id,
  facilitatorId: id.nullable().default(null),
  sampleIds: z.array(id).min(1, 'choose at least one sample').max(200),
  raterIds: z.array(id).min(1, 'choose at least one rater').max(100),
  options: SessionOptionsSchema.partial().default({}),
});

export const RaterProgressSchema = z.object({
  personId: id,
  alias: z.string(),
  name: z.string(),
  done: z.number().int(),
  total: z.number().int(),
  samplesComplete: z.array(z.boolean()),
  submitted: z.boolean(),
  /** Claimed their name, took a turn on the facilitator's device, or has scores. */
  joined: z.boolean(),
});

export const NetworkAddressSchema = z.object({
  name: z.string(),
  address: z.string(),
  internal: z.boolean(),
}) satisfies z.ZodType<NetworkAddress>;

export const RoomInfoSchema = z.object({
  code: z.string().nullable(),
  joinUrl: z.string().nullable(),
  lockedOut: z.boolean(),
}) satisfies z.ZodType<RoomInfo>;

export const sessionMethods = {
  'sessions.list': {
    input: empty,
    output: z.array(SessionSummarySchema),
    reads: ['sessions', 'rubrics', 'samples', 'people'],
    changes: [],
  },
  'sessions.get': {
    input: sessionRef,
    output: SessionDetailSchema,
    reads: ['sessions', 'rubrics', 'samples', 'people'],
    changes: [],
  },
  'sessions.create': {
    input: SessionDraftSchema,
    output: SessionDetailSchema,
    reads: [],
    changes: ['sessions', 'rubrics'],
  },
  'sessions.start': {
    input: sessionRef,
    output: SessionDetailSchema,
    reads: [],
    changes: ['sessions'],
  },
  'sessions.progress': {
    input: sessionRef,
    output: z.array(RaterProgressSchema),
    reads: ['sessions', 'scores'],
    changes: [],
  },
  'sessions.nudge': {
    input: z.object({ sessionId: id, raterId: id }),
    output: done,
    reads: [],
    changes: ['nudge'],
  },
  'sessions.endScoring': { input: sessionRef, output: done, reads: [], changes: ['sessions'] },
  'sessions.reveal': {
    input: z.object({ sessionId: id, sampleId: id.optional() }),
    output: SessionDetailSchema,
    reads: [],
    changes: ['sessions', 'scores'],
  },
  'sessions.startSecondRound': {
    input: sessionRef,
    output: SessionDetailSchema,
    reads: [],
    changes: ['sessions', 'scores'],
  },
  'sessions.close': {
    input: sessionRef,
    output: SessionDetailSchema,
    reads: [],
    changes: ['access', 'sessions'],
  },
  'sessions.startTimer': {
    input: z.object({ sessionId: id, phaseIndex: z.number().int().min(0) }),
    output: SessionDetailSchema,
    reads: [],
    changes: ['sessions'],
  },
  'room.joinCode': {
    input: sessionRef,
    output: z.object({ code: z.string() }),
    reads: [],
    changes: [],
  },
  'room.addresses': { input: empty, output: z.array(NetworkAddressSchema), reads: [], changes: [] },
  'room.host': {
    input: z.object({ sessionId: id, address: z.string().max(64) }),
    output: RoomInfoSchema,
    reads: [],
    changes: [],
  },
  'room.info': { input: sessionRef, output: RoomInfoSchema, reads: [], changes: [] },
  'room.resetRater': {
    input: z.object({ sessionId: id, personId: id }),
    output: done,
    reads: [],
    changes: ['access', 'sessions'],
  },
  'sessions.issueRaterToken': {
    input: z.object({ sessionId: id, personId: id }),
    output: z.object({ token: z.string() }),
    reads: [],
    changes: [],
  },
} as const satisfies AreaMethods;
