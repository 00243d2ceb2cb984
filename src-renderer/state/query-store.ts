// A small cache of api answers keyed by method + input. Screens read from it; change events and
// writes mark entries stale, and entries someone is looking at are fetched again at once.
import { createStore } from 'zustand/vanilla';
import type { ChangeEvent, MethodName } from '../../src-main/api/contract.js';
import type { ApiClient } from '../api/client.js';
import type { ApiError } from '../api/errors.js';
import { toApiError } from '../api/errors.js';
import { isAffectedBy } from '../api/topics.js';

export interface QueryEntry {
  status: 'loading' | 'success' | 'error';
  data: unknown;
  error: ApiError | null;
  /** True while a request is in flight, also when older data is still on screen. */
  fetching: boolean;
}

export interface QueryState {
  entries: Record<string, QueryEntry>;
}

interface Registration {
  method: MethodName;
  input: unknown;
  observers: number;
  /** Only the newest request's answer is kept: an older one may arrive late. */
  request: number;
}

export type QueryStore = ReturnType<typeof createQueryStore>;

/** A key that is the same for equal inputs whatever the order of their properties. */
export function queryKey(method: MethodName, input: unknown): string {
  return `${method} ${stableJson(input ?? {})}`;
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function createQueryStore(client: ApiClient) {
  const store = createStore<QueryState>(() => ({ entries: {} }));
  const registrations = new Map<string, Registration>();

  const patch = (key: string, entry: Partial<QueryEntry>) =>
    store.setState((state) => {
      const previous: QueryEntry = state.entries[key] ?? {
        status: 'loading',
        data: undefined,
        error: null,
        fetching: false,
      };
      return { entries: { ...state.entries, [key]: { ...previous, ...entry } } };
    });

  const fetchKey = async (key: string): Promise<void> => {
    const registration = registrations.get(key);
    if (!registration) return;
    const request = ++registration.request;
    patch(key, { fetching: true });
    try {
      // The registration keeps method and input together; the generic call cannot see that.
      const data: unknown = await client.call(registration.method, registration.input as never);
      if (registration.request !== request) return;
      patch(key, { status: 'success', data, error: null, fetching: false });
    } catch (error) {
      if (registration.request !== request) return;
      patch(key, { status: 'error', error: toApiError(error), fetching: false });
    }
  };

  /** Marks matching entries stale: refetches the ones on screen, drops the rest. */
  const refresh = (matches: (registration: Registration) => boolean) => {
    for (const [key, registration] of registrations) {
      if (!matches(registration)) continue;
      if (registration.observers > 0) void fetchKey(key);
      else {
        registrations.delete(key);
        store.setState((state) => {
          const entries = { ...state.entries };
          delete entries[key];
          return { entries };
        });
      }
    }
  };

  return {
    store,
    /** A screen starts showing `method(input)`: fetch it unless it is cached. Returns the release. */
    observe(method: MethodName, input: unknown): () => void {
      const key = queryKey(method, input);
      let registration = registrations.get(key);
      if (!registration) {
        registration = { method, input, observers: 0, request: 0 };
        registrations.set(key, registration);
      }
      registration.observers += 1;
      const entry = store.getState().entries[key];
      if (!entry || (entry.status === 'error' && !entry.fetching)) void fetchKey(key);
      const held = registration;
      return () => {
        held.observers -= 1;
      };
    },
    refetch(method: MethodName, input: unknown): Promise<void> {
      return fetchKey(queryKey(method, input));
    },
    applyChange(event: ChangeEvent): void {
      refresh((registration) => isAffectedBy(registration.method, registration.input, event));
    },
  };
}
