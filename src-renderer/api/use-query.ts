// Reads one api answer for a screen; it refreshes by itself when a change of a topic the method
// reads arrives (server-state.ts).
import { useQuery as useCachedQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { MethodInput, MethodName, MethodOutput } from '../../src-main/api/contract.js';
import { useApi } from './api-context.js';
import type { ApiError } from './errors.js';
import { queryKeyOf } from './query-client.js';

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
  const result = useCachedQuery<MethodOutput<M>, ApiError>({
    queryKey: queryKeyOf(method, input),
    queryFn: () => queries.read(method, input),
  });
  const { refetch: refetchNow, isFetching: fetching } = result;
  const refetch = useCallback(() => void refetchNow(), [refetchNow]);

  if (result.status === 'pending') {
    return { status: 'loading', data: undefined, error: null, fetching, refetch };
  }
  if (result.status === 'error') {
    return { status: 'error', data: result.data, error: result.error, fetching, refetch };
  }
  return { status: 'success', data: result.data, error: null, fetching, refetch };
}
