// Runs a write through the one write path (server-state.ts: what it changes is refreshed straight
// away, not only when the change event arrives) and tracks it for the button that started it.
import { useMutation as useCachedMutation } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { MethodInput, MethodName, MethodOutput } from '../../src-main/api/contract.js';
import { useApi } from './api-context.js';
import type { ApiError } from './errors.js';

export interface Mutation<M extends MethodName> {
  /** Resolves to the output, or to undefined when the call failed (the error is in `error`). */
  run(input: MethodInput<M>): Promise<MethodOutput<M> | undefined>;
  pending: boolean;
  error: ApiError | null;
  /** The input of the latest call, e.g. to show which of several buttons is busy. */
  input: MethodInput<M> | undefined;
  reset(): void;
}

export interface MutationOptions<M extends MethodName> {
  onSuccess?: (output: MethodOutput<M>, input: MethodInput<M>) => void;
  /** For a screen that says what went wrong on its status line rather than beside the button. */
  onError?: (error: ApiError, input: MethodInput<M>) => void;
}

export function useMutation<M extends MethodName>(
  method: M,
  options: MutationOptions<M> = {},
): Mutation<M> {
  const { queries } = useApi();
  const { onSuccess, onError } = options;
  const mutation = useCachedMutation<MethodOutput<M>, ApiError, MethodInput<M>>({
    mutationFn: (input) => queries.write(method, input),
    ...(onSuccess && { onSuccess: (output, input) => onSuccess(output, input) }),
    ...(onError && { onError: (error, input) => onError(error, input) }),
  });
  const { mutateAsync, reset } = mutation;
  const run = useCallback(
    (input: MethodInput<M>) => mutateAsync(input).catch(() => undefined),
    [mutateAsync],
  );
  return {
    run,
    pending: mutation.isPending,
    error: mutation.error,
    input: mutation.variables,
    reset,
  };
}
