// Joining the live room needs no token: the join code is the key. These two calls are the only
// ones a browser makes before it has a rater token.
import type { z } from 'zod';
import {
  JOIN_CLAIM_PATH,
  JOIN_LOOKUP_PATH,
  JoinClaimResponseSchema,
  JoinLookupSchema,
} from '../../src-main/api/contract.js';
import { ApiError, clientError, errorFromBody } from '../api/errors.js';

export type JoinLookup = z.infer<typeof JoinLookupSchema>;
export type JoinClaim = z.infer<typeof JoinClaimResponseSchema>;

async function post<T>(
  origin: string,
  path: string,
  body: unknown,
  schema: z.ZodType<T>,
  fetchFn: typeof fetch,
): Promise<T> {
  let response: Response;
  try {
    response = await fetchFn(`${origin}${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
  } catch {
    throw clientError('network');
  }
  const text = await response.text().catch(() => '');
  let json: unknown;
  try {
    json = text === '' ? undefined : JSON.parse(text);
  } catch {
    json = undefined;
  }
  if (!response.ok) {
    if (response.status === 429) {
      throw new ApiError('invalid_input', 'Too many attempts. Wait a minute, then try again.', 429);
    }
    throw errorFromBody(json, response.status);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw clientError('bad_answer', path);
  return parsed.data;
}

const defaultFetch: typeof fetch = (input, init) => globalThis.fetch(input, init);

export function lookupCode(origin: string, code: string, fetchFn = defaultFetch) {
  return post(origin, JOIN_LOOKUP_PATH, { code }, JoinLookupSchema, fetchFn);
}

export function claimName(origin: string, code: string, seat: string, fetchFn = defaultFetch) {
  return post(origin, JOIN_CLAIM_PATH, { code, seat }, JoinClaimResponseSchema, fetchFn);
}

/** What a teacher may type: spaces and dashes ignored, letters in any case. */
export function cleanCode(code: string): string {
  return code.replace(/[\s-]/g, '').toUpperCase();
}

/** The code in a "#/join/ABC234" address, if there is one. */
export function codeFromHash(hash: string): string | null {
  const match = /^#\/join(?:\/([^/?]*))?/.exec(hash);
  if (!match) return null;
  return match[1] ? cleanCode(decodeURIComponent(match[1])) : '';
}
