// The one interface every screen talks to; Electron IPC and HTTP/WebSocket both implement it.
import type { z } from 'zod';
import type {
  ChangeEvent,
  MethodInput,
  MethodName,
  MethodOutput,
} from '../../src-main/api/contract.js';
import { contract } from '../../src-main/api/contract.js';
import { clientError } from './errors.js';

/** Whether change events are arriving; screens only refresh on their own while 'live'. */
export type ConnectionState = 'connecting' | 'live' | 'reconnecting';

export interface ApiClient {
  /** Calls a method; resolves to its validated output, or rejects with an ApiError. */
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
  /** Delivers every change the main side announces; returns the unsubscribe function. */
  subscribe(listener: (event: ChangeEvent) => void): () => void;
  /** Reports the change feed's state now and on every change; returns the unsubscribe function. */
  watchConnection(listener: (state: ConnectionState) => void): () => void;
  /** Which transport this is, so the shell can word its hints. */
  readonly kind: 'electron' | 'browser';
}

/** Never trust the other side's shapes: every answer is checked against the contract. */
export function parseOutput<M extends MethodName>(method: M, value: unknown): MethodOutput<M> {
  // Indexing the contract by a generic key widens to the union of all schemas; the key ties it back.
  const schema = contract[method].output as unknown as z.ZodType<MethodOutput<M>>;
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first
      ? `${method}: ${first.path.join('.') || 'answer'} ${first.message}`
      : method;
    throw clientError('bad_answer', where);
  }
  return parsed.data;
}
