// One error type for every way a call can fail, carrying a message a teacher can read.
import type { ApiErrorCode } from '../../src-main/api/contract.js';
import { ApiErrorSchema } from '../../src-main/api/contract.js';
import type { Problem } from '../../src-main/domain/errors.js';

/** The server's codes, plus the two failures only the client can see. */
export type ClientErrorCode = ApiErrorCode | 'network' | 'bad_answer';

export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly code: ClientErrorCode,
    message: string,
    readonly status?: number,
    /** For invalid input, each problem at the path of its field; empty when the server named none. */
    readonly problems: readonly Problem[] = [],
  ) {
    super(message);
  }
}

const FALLBACK_MESSAGES: Record<ClientErrorCode, string> = {
  invalid_input: 'Concord could not accept what was entered.',
  unauthorized:
    'Your access key was not accepted. Open the address printed by concord serve again.',
  forbidden: 'You are not allowed to do this.',
  not_found: 'This could not be found. It may have been removed.',
  conflict: 'This clashes with something that already exists.',
  internal: 'Something went wrong inside Concord. Try again; if it keeps happening, restart it.',
  // The same words reach a rater's device and the facilitator's own window (where the IPC client
  // adds why), so they name both.
  network:
    'Concord cannot be reached. Check that Concord is still open on the facilitator’s computer and that this device is on the same network. On the facilitator’s computer itself, restart Concord.',
  bad_answer: 'Concord sent an answer this screen does not understand. Reload the page.',
};

const CODE_BY_STATUS: Record<number, ApiErrorCode> = {
  400: 'invalid_input',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
};

/** Turns an error body (HTTP or IPC) into an ApiError, falling back on the HTTP status. */
export function errorFromBody(body: unknown, status?: number): ApiError {
  const parsed = ApiErrorSchema.safeParse(body);
  if (parsed.success) {
    const { code, message, problems = [] } = parsed.data.error;
    const shown = message.trim() === '' ? FALLBACK_MESSAGES[code] : message;
    return new ApiError(code, shown, status, problems);
  }
  const code = (status !== undefined && CODE_BY_STATUS[status]) || 'internal';
  return new ApiError(code, FALLBACK_MESSAGES[code], status);
}

export function clientError(code: 'network' | 'bad_answer', detail?: string): ApiError {
  const message = FALLBACK_MESSAGES[code];
  return new ApiError(code, detail ? `${message} (${detail})` : message);
}

/** The message to show for anything thrown, including errors that are not ApiErrors. */
export function messageOf(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof Error && error.message) return error.message;
  return FALLBACK_MESSAGES.internal;
}

/** Any thrown value as an ApiError, so screens handle one shape. */
export function toApiError(thrown: unknown): ApiError {
  return thrown instanceof ApiError ? thrown : new ApiError('internal', messageOf(thrown));
}
