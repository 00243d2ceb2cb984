// Server state in one place: reads go through TanStack Query keyed by method and input, every
// write goes through `write`, and what to refresh after a change comes from the topics each
// method declares in the contract (topics.ts).
import type { QueryClient } from '@tanstack/react-query';
import type {
  ChangeEvent,
  MethodInput,
  MethodName,
  MethodOutput,
} from '../../src-main/api/contract.js';
import type { ApiClient } from './client.js';
import { toApiError } from './errors.js';
import { callOf, queryKeyOf } from './query-client.js';
import { changesMadeBy, isAffectedBy } from './topics.js';

export interface ServerState {
  /** Fetches one answer; failures are ApiErrors. */
  read<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
  /** The one way to write: calls `method`, then refreshes what its declared changes touch. */
  write<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
  /** Refreshes what a change may have altered: answers on screen now, the others when next shown. */
  applyChange(event: ChangeEvent): void;
  /**
   * Refreshes every answer of `method`, whatever its input: after a write whose service announces
   * no change because what it alters is shown only to the screen that made it.
   */
  refreshMethod(method: MethodName): void;
  /** Fetches one answer again now, if a screen has asked for it. */
  refetch<M extends MethodName>(method: M, input: MethodInput<M>): Promise<void>;
}

type Call = { method: MethodName; input: unknown };

export function createServerState(client: ApiClient, queryClient: QueryClient): ServerState {
  const refreshWhere = (stale: (call: Call) => boolean): void => {
    const predicate = ({ queryKey }: { queryKey: readonly unknown[] }) => {
      const call = callOf(queryKey);
      return call !== null && stale(call);
    };
    // An answer nobody shows is dropped rather than fetched: the next screen to want it asks anew.
    queryClient.removeQueries({ type: 'inactive', predicate });
    void queryClient.invalidateQueries({ type: 'active', predicate });
  };
  const applyChanges = (events: readonly ChangeEvent[]): void => {
    if (events.length === 0) return;
    refreshWhere((call) => events.some((e) => isAffectedBy(call.method, call.input, e)));
  };

  const read = async <M extends MethodName>(method: M, input: MethodInput<M>) => {
    try {
      return await client.call(method, input);
    } catch (thrown) {
      throw toApiError(thrown);
    }
  };

  return {
    read,
    async write(method, input) {
      const output = await read(method, input);
      applyChanges(changesMadeBy(method, input));
      return output;
    },
    applyChange: (event) => applyChanges([event]),
    refreshMethod: (method) => refreshWhere((call) => call.method === method),
    refetch: (method, input) =>
      queryClient.refetchQueries({ queryKey: queryKeyOf(method, input), exact: true }),
  };
}
