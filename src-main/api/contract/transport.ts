// How the transports carry the contract, and what they carry besides method calls.
import { z } from 'zod';
import { CHANGE_TOPICS } from '../../domain/change.js';
import type { Problem } from '../../domain/errors.js';
import { id } from './common.js';

/** What the main side pushes to every open screen when something changes; it carries no data. */
export const ChangeEventSchema = z.object({
  topic: z.enum(CHANGE_TOPICS),
  sessionId: id.optional(),
  personId: id.optional(),
});
export type ChangeEvent = z.infer<typeof ChangeEventSchema>;

/** One thing wrong with an input, at the path of its field (empty for the input as a whole). */
export const ProblemSchema = z.object({
  path: z.array(z.union([z.string(), z.number()])),
  message: z.string(),
}) satisfies z.ZodType<Problem>;

/**
 * The error shape every transport answers with. An `invalid_input` refusal may list its problems
 * one by one, so a form can mark each field; `message` says the same in words.
 */
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
    problems: z.array(ProblemSchema).optional(),
  }),
});
export type ApiErrorBody = z.infer<typeof ApiErrorSchema>;
export type ApiFailure = ApiErrorBody['error'];
export type ApiErrorCode = ApiFailure['code'];

// How the transports carry the contract: HTTP `POST /api/<method>` with a JSON body and a bearer
// token; a WebSocket at /ws that must authenticate with its first message, then receives changes.
export const HTTP_API_PREFIX = '/api/';
export const WS_PATH = '/ws';

/** Joining the live room needs no token: the join code is the key, and guesses are rate-limited. */
export const JOIN_LOOKUP_PATH = '/join/lookup';
export const JOIN_CLAIM_PATH = '/join/claim';
export const JoinLookupRequestSchema = z.object({ code: z.string().max(20) }).strict();
/** A seat stands for one rater of the session in the join list and nowhere else. */
const seat = z.string().min(1).max(64);
export const JoinClaimRequestSchema = z.object({ code: z.string().max(20), seat }).strict();
/** The session's raters by name, alphabetical, each with a seat: no person id, no alias. */
export const JoinLookupSchema = z.object({
  sessionId: id,
  title: z.string(),
  raters: z.array(z.object({ seat, name: z.string() })),
});

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
