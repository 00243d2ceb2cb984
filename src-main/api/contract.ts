// The API contract: every method's input and output schema. Pure (zod only), shared by the main
// side, which validates every call, and the renderer, which validates every answer.
import { z } from 'zod';
import { CHANGE_TOPICS } from '../domain/change.js';
import type { Competency, GradeBand } from '../domain/competency.js';
import type { Person } from '../domain/people.js';
import { PERSON_ROLES } from '../domain/people.js';
import type {
  PerformanceLevel,
  RubricDraft,
  RubricSummary,
  RubricVersion,
} from '../domain/rubric.js';
import { MAX_LEVELS } from '../domain/rubric.js';
import type { AnchorScore, Sample, SampleIdentity } from '../domain/sample.js';
import { SAMPLE_KINDS } from '../domain/sample.js';
import type { RevealCell, RevealSample } from '../domain/reveal.js';
import type { Clarification, ConsensusScore, ScoreEntry } from '../domain/scores.js';
import type {
  ProtocolPhase,
  SessionDetail,
  SessionOptions,
  SessionSummary,
} from '../domain/session.js';
import { SESSION_PHASES } from '../domain/session.js';

const id = z.string().min(1).max(64);
const text = (max: number) => z.string().max(max);
const name = z.string().trim().min(1, 'must not be empty').max(200);
const empty = z.object({}).strict();

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

export const GradeBandSchema = z.object({ id, name }) satisfies z.ZodType<GradeBand>;
export const CompetencySchema = z.object({
  id,
  name,
  description: text(4000),
  archived: z.boolean(),
}) satisfies z.ZodType<Competency>;

export const PersonSchema = z.object({
  id,
  name,
  roles: z.array(z.enum(PERSON_ROLES)),
  archived: z.boolean(),
}) satisfies z.ZodType<Person>;

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

export const SessionSummarySchema = z.object({
  id,
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
}) satisfies z.ZodType<SessionDetail>;

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
});

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
  scores: z.array(z.object({ rater: z.string(), raterId: id, score: z.number().int().nullable() })),
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

export const JoinLookupSchema = z.object({
  sessionId: id,
  title: z.string(),
  raters: z.array(z.object({ personId: id, name: z.string(), joined: z.boolean() })),
});

const sessionRef = z.object({ sessionId: id });
const done = z.object({ done: z.literal(true) });

export const CallerSchema = z.discriminatedUnion('role', [
  z.object({ role: z.literal('owner') }),
  z.object({ role: z.literal('rater'), sessionId: id, raterId: id, name: z.string() }),
]);
export type Caller = z.infer<typeof CallerSchema>;

export const WorkspaceInfoSchema = z.object({
  path: z.string(),
  schemaVersion: z.number().int(),
  counts: z.object({
    rubrics: z.number().int(),
    samples: z.number().int(),
    people: z.number().int(),
    sessions: z.number().int(),
  }),
  isEmpty: z.boolean(),
});

/** Every method: its input and output schema. Who may call it is the router's business. */
export const contract = {
  'app.whoami': { input: empty, output: CallerSchema },
  'workspace.info': { input: empty, output: WorkspaceInfoSchema },
  'workspace.loadDemo': { input: empty, output: z.object({ loaded: z.boolean() }) },

  'gradeBands.list': { input: empty, output: z.array(GradeBandSchema) },
  'competencies.list': { input: empty, output: z.array(CompetencySchema) },
  'competencies.create': {
    input: z.object({ name, description: text(4000).default('') }),
    output: CompetencySchema,
  },

  'rubrics.list': { input: empty, output: z.array(RubricSummarySchema) },
  'rubrics.get': { input: z.object({ versionId: id }), output: RubricVersionSchema },
  'rubrics.create': { input: RubricDraftSchema, output: RubricVersionSchema },

  'samples.list': { input: empty, output: z.array(SampleSchema) },
  'samples.identity': { input: z.object({ sampleId: id }), output: SampleIdentitySchema },
  'anchors.list': { input: empty, output: z.array(AnchorScoreSchema) },

  'people.list': { input: empty, output: z.array(PersonSchema) },
  'people.create': {
    input: z.object({ name, roles: z.array(z.enum(PERSON_ROLES)).min(1) }),
    output: PersonSchema,
  },

  'sessions.list': { input: empty, output: z.array(SessionSummarySchema) },
  'sessions.get': { input: sessionRef, output: SessionDetailSchema },
  'sessions.create': { input: SessionDraftSchema, output: SessionDetailSchema },
  'sessions.start': { input: sessionRef, output: SessionDetailSchema },
  'sessions.progress': { input: sessionRef, output: z.array(RaterProgressSchema) },
  'sessions.nudge': { input: z.object({ sessionId: id, raterId: id }), output: done },
  'sessions.endScoring': { input: sessionRef, output: done },
  'sessions.reveal': {
    input: z.object({ sessionId: id, sampleId: id.optional() }),
    output: SessionDetailSchema,
  },
  'sessions.startSecondRound': { input: sessionRef, output: SessionDetailSchema },
  'sessions.close': { input: sessionRef, output: SessionDetailSchema },
  'sessions.startTimer': {
    input: z.object({ sessionId: id, phaseIndex: z.number().int().min(0) }),
    output: SessionDetailSchema,
  },
  'room.joinCode': { input: sessionRef, output: z.object({ code: z.string() }) },
  'room.resetRater': { input: z.object({ sessionId: id, personId: id }), output: done },
  'sessions.issueRaterToken': {
    input: z.object({ sessionId: id, personId: id }),
    output: z.object({ token: z.string() }),
  },

  'scores.list': {
    input: z.object({ sessionId: id, round: z.number().int().min(1).optional() }),
    output: z.array(ScoreEntrySchema),
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
  },
  'scores.submit': { input: z.object({ sessionId: id, raterId: id.optional() }), output: done },
  'scoring.assignment': {
    input: z.object({ sessionId: id, raterId: id.optional() }),
    output: AssignmentSchema,
  },
  'samples.content': {
    input: z.object({ sampleId: id, sessionId: id.optional() }),
    output: z.object({ mediaType: z.string(), base64: z.string() }),
  },
  'reveal.view': {
    input: z.object({ sessionId: id, round: z.number().int().min(1).optional() }),
    output: RevealViewSchema,
  },
  'consensus.list': { input: sessionRef, output: z.array(ConsensusScoreSchema) },
  'consensus.record': {
    input: z.object({
      sessionId: id,
      sampleId: id,
      criterionId: id,
      score: z.number().int().min(0).max(MAX_LEVELS),
      rationale: text(4000).default(''),
    }),
    output: ConsensusScoreSchema,
  },
  'clarifications.list': { input: sessionRef, output: z.array(ClarificationSchema) },
  'clarifications.add': {
    input: z.object({ sessionId: id, criterionId: id.nullable().default(null), text: name }),
    output: ClarificationSchema,
  },
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Contract[M]['output']>;

export const METHOD_NAMES = Object.keys(contract) as MethodName[];

export function isMethodName(value: string): value is MethodName {
  return Object.hasOwn(contract, value);
}

/** What the main side pushes to every open screen when something changes; it carries no data. */
export const ChangeEventSchema = z.object({
  topic: z.enum(CHANGE_TOPICS),
  sessionId: id.optional(),
  personId: id.optional(),
});
export type ChangeEvent = z.infer<typeof ChangeEventSchema>;

/** The error shape every transport answers with. */
export const ApiErrorSchema = z.object({
  error: z.object({
    code: z.enum([
      'invalid_input',
      'unauthorized',
      'forbidden',
      'not_found',
      'conflict',
      'internal',
    ]),
    message: z.string(),
  }),
});
export type ApiErrorBody = z.infer<typeof ApiErrorSchema>;
export type ApiErrorCode = ApiErrorBody['error']['code'];

// How the transports carry the contract: HTTP `POST /api/<method>` with a JSON body and a bearer
// token; a WebSocket at /ws that must authenticate with its first message, then receives changes.
export const HTTP_API_PREFIX = '/api/';
export const WS_PATH = '/ws';

/** Joining the live room needs no token: the join code is the key, and guesses are rate-limited. */
export const JOIN_LOOKUP_PATH = '/join/lookup';
export const JOIN_CLAIM_PATH = '/join/claim';
export const JoinLookupRequestSchema = z.object({ code: z.string().max(20) }).strict();
export const JoinClaimRequestSchema = z.object({ code: z.string().max(20), personId: id }).strict();
export const JoinClaimResponseSchema = z.object({ token: z.string(), sessionId: id });

export const WsClientMessageSchema = z.object({
  type: z.literal('auth'),
  token: z.string().max(200),
});
export type WsClientMessage = z.infer<typeof WsClientMessageSchema>;

export const WsServerMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ready') }),
  z.object({ type: z.literal('change'), event: ChangeEventSchema }),
]);
export type WsServerMessage = z.infer<typeof WsServerMessageSchema>;

/** The IPC answer: errors travel as data, since Electron flattens thrown errors to a string. */
export const IpcResponseSchema = z.union([
  z.object({ ok: z.literal(true), result: z.unknown() }),
  z.object({ ok: z.literal(false) }).extend(ApiErrorSchema.shape),
]);
export type IpcResponse = z.infer<typeof IpcResponseSchema>;

/** What the Electron preload exposes as `window.concord`: the typed api and nothing else. */
export interface ConcordBridge {
  /** Resolves to an IpcResponse; the renderer validates it. */
  invoke(method: string, input: unknown): Promise<unknown>;
  subscribe(listener: (event: unknown) => void): () => void;
}
