// The one cache of server answers (TanStack Query), set up for answers that change only when the
// main side says so: a change event or a write refreshes them (server-state.ts), time does not.
import type { QueryKey } from '@tanstack/react-query';
import { QueryClient } from '@tanstack/react-query';
import type { MethodInput, MethodName } from '../../src-main/api/contract.js';
import { isMethodName } from '../../src-main/api/contract.js';
import { ApiError } from './errors.js';

/** Tries after the first when Concord could not be reached: a Wi-Fi hiccup passes in seconds. */
const NETWORK_RETRIES = 2;

/** How long an answer no screen shows is kept, for going back to a page without waiting. */
const UNUSED_ANSWER_KEPT_MS = 5 * 60_000;

/**
 * Whether a failed read is tried again. A refusal (not allowed, not found, invalid input, a
 * conflict) or a failure inside Concord answers the same the next time; a dropped link may not.
 */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  return error instanceof ApiError && error.code === 'network' && failureCount < NETWORK_RETRIES;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Fresh until a change says otherwise: no refetch on focus or on going back to a page.
        staleTime: Infinity,
        gcTime: UNUSED_ANSWER_KEPT_MS,
        retry: shouldRetry,
        // The desktop app talks over IPC with or without a network; the transports report
        // themselves when Concord cannot be reached, so nothing waits for the browser's "online".
        networkMode: 'always',
        // A screen opened again asks anew after a failure, rather than showing the old error.
        refetchOnMount: (query) => (query.state.status === 'error' ? 'always' : true),
        refetchOnWindowFocus: false,
        // A reconnected change feed refreshes everything itself ('workspace', change-socket.ts).
        refetchOnReconnect: false,
      },
      // A write is never repeated behind the teacher's back: it may have been done already.
      mutations: { retry: false, networkMode: 'always' },
    },
  });
}

/** An answer's key: the method and its input (TanStack hashes equal inputs alike). */
export function queryKeyOf<M extends MethodName>(
  method: M,
  input: MethodInput<M>,
): readonly [M, unknown] {
  return [method, input ?? {}];
}

/** The call behind a key made by `queryKeyOf`, or null for any other key. */
export function callOf(key: QueryKey): { method: MethodName; input: unknown } | null {
  const [method, input] = key;
  return typeof method === 'string' && isMethodName(method) ? { method, input } : null;
}
