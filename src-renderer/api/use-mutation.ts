// Runs a write through the one write path (server-state.ts: what it changes is refreshed straight
// away, not only when the change event arrives) and tracks it for the button that started it.
import { useMutation as useCachedMutation } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { MethodInput, MethodName, MethodOutput } from '../../src-main/api/contract.js';
import { useApi } from './api-context.js';
import type { ApiError } from './errors.js';
import { toApiError } from './errors.js';

export interface Action<I, O> {
  /** Resolves to the output, or to undefined when the call failed (the error is in `error`). */
  run(input: I): Promise<O | undefined>;
  pending: boolean;
  error: ApiError | null;
  /** The input of the latest call, e.g. to show which of several buttons is busy. */
  input: I | undefined;
  reset(): void;
}

export interface ActionOptions<I, O> {
  onSuccess?: (output: O, input: I) => void;
  /** For a screen that says what went wrong on its status line rather than beside the button. */
  onError?: (error: ApiError, input: I) => void;
}

export type Mutation<M extends MethodName> = Action<MethodInput<M>, MethodOutput<M>>;
export type MutationOptions<M extends MethodName> = ActionOptions<MethodInput<M>, MethodOutput<M>>;

/**
 * Tracks one kind of call for the screen that makes it: busy while it runs, its error after.
 * Every write of the app comes here through `useMutation`; only the join screen, which has no key
 * and so no api client yet, hands it its own call.
 */
export function useAction<I, O>(
  call: (input: I) => Promise<O>,
  options: ActionOptions<I, O> = {},
): Action<I, O> {
  const { onSuccess, onError } = options;
  const mutation = useCachedMutation<O, ApiError, I>({
    mutationFn: (input) =>
      call(input).catch((thrown: unknown) => {
        throw toApiError(thrown);
      }),
    ...(onSuccess && { onSuccess: (output, input) => onSuccess(output, input) }),
    ...(onError && { onError: (error, input) => onError(error, input) }),
  });
  const { mutateAsync, reset } = mutation;
  const run = useCallback((input: I) => mutateAsync(input).catch(() => undefined), [mutateAsync]);
  return {
    run,
    pending: mutation.isPending,
    error: mutation.error,
    input: mutation.variables,
    reset,
  };
}

export function useMutation<M extends MethodName>(
  method: M,
  options: MutationOptions<M> = {},
): Mutation<M> {
  const { queries } = useApi();
  return useAction((input: MethodInput<M>) => queries.write(method, input), options);
}
