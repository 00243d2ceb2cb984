// Reads one api answer for a screen; it refreshes by itself when a related change event arrives.
import { useCallback, useEffect, useMemo } from 'react';
import { useStore } from 'zustand';
import type { MethodInput, MethodName, MethodOutput } from '../../src-main/api/contract.js';
import { queryKey } from '../state/query-store.js';
import { useApi } from './api-context.js';
import type { ApiError } from './errors.js';

export type QueryResult<T> =
  | { status: 'loading'; data: undefined; error: null; fetching: boolean; refetch: () => void }
  | { status: 'success'; data: T; error: null; fetching: boolean; refetch: () => void }
  | {
      status: 'error';
      data: T | undefined;
      error: ApiError;
      fetching: boolean;
      refetch: () => void;
    };

export function useQuery<M extends MethodName>(
  method: M,
  input: MethodInput<M>,
): QueryResult<MethodOutput<M>> {
  const { queries } = useApi();
  const key = queryKey(method, input);
  // The key carries the input's value, so effects depend on it rather than the object's identity.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const stableInput = useMemo<unknown>(() => input, [key]);
  const entry = useStore(queries.store, (state) => state.entries[key]);

  useEffect(() => queries.observe(method, stableInput), [queries, method, stableInput]);
  const refetch = useCallback(() => {
    void queries.refetch(method, stableInput);
  }, [queries, method, stableInput]);

  if (!entry || (entry.status === 'loading' && entry.data === undefined)) {
    return { status: 'loading', data: undefined, error: null, fetching: true, refetch };
  }
  // The cache holds answers already validated against this method's output schema.
  const data = entry.data as MethodOutput<M>;
  if (entry.status === 'error' && entry.error) {
    return { status: 'error', data, error: entry.error, fetching: entry.fetching, refetch };
  }
  return { status: 'success', data, error: null, fetching: entry.fetching, refetch };
}
