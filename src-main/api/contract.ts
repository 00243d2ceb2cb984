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
import type { ConsensusScore, ScoreEntry } from '../domain/scores.js';
import type { SessionDetail, SessionSummary } from '../domain/session.js';
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

const SessionOptionsSchema = z.object({
  blind: z.boolean(),
  randomizeOrder: z.boolean(),
  hideRaterNames: z.boolean(),
  rounds: z.union([z.literal(1), z.literal(2)]),
});

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
  'sessions.get': { input: z.object({ sessionId: id }), output: SessionDetailSchema },
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
  'consensus.list': { input: z.object({ sessionId: id }), output: z.array(ConsensusScoreSchema) },
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
