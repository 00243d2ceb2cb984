// Runs a write, tracks its progress for the button that started it, and refreshes what it changed
// straight away rather than waiting for the change event.
import { useCallback, useState } from 'react';
import type { MethodInput, MethodName, MethodOutput } from '../../src-main/api/contract.js';
import { useApi } from './api-context.js';
import type { ApiError } from './errors.js';
import { toApiError } from './errors.js';
import { topicWrittenBy } from './topics.js';

export interface Mutation<M extends MethodName> {
  /** Resolves to the output, or to undefined when the call failed (the error is in `error`). */
  run(input: MethodInput<M>): Promise<MethodOutput<M> | undefined>;
  pending: boolean;
  error: ApiError | null;
  reset(): void;
}

export function useMutation<M extends MethodName>(method: M): Mutation<M> {
  const { client, queries } = useApi();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const run = useCallback(
    async (input: MethodInput<M>) => {
      setPending(true);
      setError(null);
      try {
        const output = await client.call(method, input);
        queries.applyChange({ topic: topicWrittenBy(method) });
        return output;
      } catch (thrown) {
        setError(toApiError(thrown));
        return undefined;
      } finally {
        setPending(false);
      }
    },
    [client, queries, method],
  );
  const reset = useCallback(() => setError(null), []);
  return { run, pending, error, reset };
}
