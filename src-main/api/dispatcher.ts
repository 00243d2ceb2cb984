// The one door every call goes through, whatever the transport: validate the input, check who
// may call it, run it, validate the output.
import { ZodError } from 'zod';
import type { Actor } from '../domain/actor.js';
import {
  ConflictError,
  ForbiddenError,
  InputError,
  NotFoundError,
  problemText,
  ValidationError,
} from '../domain/errors.js';
import type { Problem } from '../domain/errors.js';
import type { Services } from '../services/index.js';
import type { ApiErrorCode, ApiFailure, MethodName } from './contract.js';
import { contract, isMethodName } from './contract.js';
import type { Access, Route } from './router.js';
import { routes } from './router.js';

export type DispatchResult = { ok: true; result: unknown } | { ok: false; error: ApiFailure };

export const HTTP_STATUS: Record<ApiErrorCode, number> = {
  invalid_input: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  internal: 500,
};

class AccessDenied extends Error {}

export async function dispatch(
  services: Services,
  caller: Actor,
  method: string,
  rawInput: unknown,
): Promise<DispatchResult> {
  try {
    if (!isMethodName(method)) return failure('not_found', `There is no api method "${method}".`);
    const route = routes[method] as Route<MethodName>;
    const actor = actingAs(services, caller, route.access, method);
    if (actor.role === 'rater' && (route.access === 'owner' || route.access === 'attempt')) {
      return failure('forbidden', `"${method}" is for the session owner only.`);
    }
    // A candidate's token opens its own attempt and nothing else, checked before the input.
    if (actor.role === 'candidate') {
      if (route.access !== 'attempt' && route.access !== 'anyone') {
        return failure('forbidden', `"${method}" is not open during a qualification check.`);
      }
      if (route.access === 'attempt') checkCandidateAttempt(actor, rawInput);
    }
    // A rater's session is checked before the input, so a stranger learns nothing from errors.
    if (
      actor.role === 'rater' &&
      (route.access === 'session' || route.access === 'session-optional')
    ) {
      checkRaterSession(services, actor, rawInput);
    }
    const input = contract[method].input.parse(rawInput ?? {}) as never;
    const output = await route.handle(services, input, actor);
    return { ok: true, result: contract[method].output.parse(output) };
  } catch (error) {
    // A full disk, a read-only file or a busy workspace: say so plainly (SQLite rolled it back).
    const storage = services.workspace.explainFailure(error);
    if (storage) {
      console.error(`api ${method} failed: ${storage.sqliteCode}`);
      return failure('internal', storage.message);
    }
    return toFailure(error, method);
  }
}

/**
 * Who a call acts as. The owner's key, while its device takes turns (services/turns.ts), opens only
 * the turn screens, and during a turn the session methods as that turn's rater: so the next
 * teacher at the device can reach nothing of the previous one, whatever page they open.
 */
function actingAs(services: Services, caller: Actor, access: Access, method: string): Actor {
  const gate = caller.role === 'owner' ? services.turns.gate() : undefined;
  if (access === 'device') {
    if (gate === undefined) throw new AccessDenied(`"${method}" is for the owner's device.`);
    return caller;
  }
  if (gate === undefined || gate.kind === 'open' || access === 'anyone') return caller;
  if (gate.kind === 'turn' && (access === 'session' || access === 'session-optional')) {
    return { role: 'rater', sessionId: gate.sessionId, personId: gate.personId };
  }
  throw new AccessDenied(
    'This device is taking turns. Everything else opens when the facilitator unlocks it with the PIN.',
  );
}

/** A rater's token is bound to one session, which must be open for raters. */
function checkRaterSession(
  services: Services,
  actor: Extract<Actor, { role: 'rater' }>,
  rawInput: unknown,
): void {
  const sessionId =
    typeof rawInput === 'object' && rawInput !== null
      ? (rawInput as { sessionId?: unknown }).sessionId
      : undefined;
  if (sessionId !== actor.sessionId) throw new AccessDenied('Your access is for another session.');
  const phase = services.sessions.phaseOf(actor.sessionId);
  if (phase === undefined || phase === 'draft' || phase === 'closed') {
    throw new AccessDenied('This session is not open to raters.');
  }
}

/** A candidate's token is bound to one attempt, named by the input's `attemptId`. */
function checkCandidateAttempt(
  actor: Extract<Actor, { role: 'candidate' }>,
  rawInput: unknown,
): void {
  const attemptId =
    typeof rawInput === 'object' && rawInput !== null
      ? (rawInput as { attemptId?: unknown }).attemptId
      : undefined;
  if (attemptId !== actor.attemptId) throw new AccessDenied('Your access is for another attempt.');
}

function failure(code: ApiErrorCode, message: string): DispatchResult {
  return { ok: false, error: { code, message } };
}

/** Bad input, with its problems one by one so a screen can mark each field. */
function invalid(message: string, problems: Problem[]): DispatchResult {
  return { ok: false, error: { code: 'invalid_input', message, problems } };
}

export function toFailure(error: unknown, method: string): DispatchResult {
  if (error instanceof ZodError) return invalid(describeZodError(error), zodProblems(error));
  if (error instanceof ValidationError) return invalid(error.message, error.problems);
  if (error instanceof InputError) return failure('invalid_input', error.message);
  if (error instanceof AccessDenied || error instanceof ForbiddenError)
    return failure('forbidden', error.message);
  if (error instanceof NotFoundError) return failure('not_found', error.message);
  if (error instanceof ConflictError) return failure('conflict', error.message);
  console.error(`api ${method} failed:`, error);
  return failure('internal', 'Something went wrong on the Concord side; nothing was changed.');
}

/** Each zod issue as a problem at its path (a symbol key, which JSON cannot carry, as text). */
export function zodProblems(error: ZodError): Problem[] {
  return error.issues.map((issue) => ({
    path: issue.path.map((part) => (typeof part === 'number' ? part : String(part))),
    message: issue.message,
  }));
}

/**
 * "criteria[0].name: must not be empty; levels: ..." — each problem names its field, and one
 * about the input as a whole says "input".
 */
export function describeZodError(error: ZodError): string {
  return zodProblems(error)
    .map((problem) =>
      problem.path.length === 0 ? `input: ${problem.message}` : problemText(problem),
    )
    .join('; ');
}
