// Test doubles for the api client's surroundings: fetch, the Electron bridge, sockets, and a
// scripted ApiClient for component tests.
import type {
  ChangeEvent,
  ConcordBridge,
  MethodInput,
  MethodName,
  MethodOutput,
} from '../../src-main/api/contract.js';
import type { ApiClient, ConnectionState } from '../../src-renderer/api/client.js';
import type { SocketLike } from '../../src-renderer/api/change-socket.js';
import { ApiError } from '../../src-renderer/api/errors.js';

export interface FetchCall {
  url: string;
  init: RequestInit;
}

/** A fetch that answers every call with the given status and JSON body, and records the calls. */
export function fakeFetch(status: number, body: unknown) {
  const calls: FetchCall[] = [];
  const fetchFn = (async (url: string | URL | Request, init?: RequestInit) => {
    calls.push({ url: String(url), init: init ?? {} });
    return new Response(body === undefined ? '' : JSON.stringify(body), {
      status,
      headers: { 'Content-Type': 'application/json' },
    });
  }) as typeof fetch;
  return { fetchFn, calls };
}

export function fakeBridge(answer: unknown) {
  const listeners = new Set<(event: unknown) => void>();
  const calls: { method: string; input: unknown }[] = [];
  const bridge: ConcordBridge = {
    invoke: async (method, input) => {
      calls.push({ method, input });
      return answer;
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  const emit = (event: unknown) => listeners.forEach((listener) => listener(event));
  return { bridge, calls, emit, listeners };
}

export class FakeSocket implements SocketLike {
  sent: string[] = [];
  closed = false;
  onopen: ((event: unknown) => void) | null = null;
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onclose: ((event: unknown) => void) | null = null;
  onerror: ((event: unknown) => void) | null = null;

  constructor(readonly url: string) {}

  send(data: string): void {
    this.sent.push(data);
  }
  close(): void {
    this.closed = true;
  }
  open(): void {
    this.onopen?.({});
  }
  receive(message: unknown): void {
    this.onmessage?.({ data: typeof message === 'string' ? message : JSON.stringify(message) });
  }
  /** The link drops, or the server closes it with a code (4401: the token is no longer good). */
  drop(code?: number): void {
    this.onclose?.(code === undefined ? {} : { code });
  }
}

type Handler = (input: unknown) => unknown;

/**
 * An ApiClient answering from a table of handlers. A handler may return a value or throw an
 * ApiError; a missing handler fails the call loudly, so tests see unexpected calls.
 */
export class ScriptedClient implements ApiClient {
  readonly kind = 'browser';
  readonly calls: { method: MethodName; input: unknown }[] = [];
  private readonly listeners = new Set<(event: ChangeEvent) => void>();

  constructor(private readonly handlers: Partial<Record<MethodName, Handler>>) {}

  on<M extends MethodName>(method: M, handler: (input: MethodInput<M>) => MethodOutput<M>): this {
    this.handlers[method] = handler as Handler;
    return this;
  }

  async call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
    this.calls.push({ method, input });
    const handler = this.handlers[method];
    if (!handler) throw new ApiError('internal', `no handler for ${method}`);
    return handler(input) as MethodOutput<M>;
  }

  subscribe(listener: (event: ChangeEvent) => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  watchConnection(listener: (state: ConnectionState) => void): () => void {
    listener('live');
    return () => undefined;
  }

  emit(event: ChangeEvent): void {
    this.listeners.forEach((listener) => listener(event));
  }

  count(method: MethodName): number {
    return this.calls.filter((call) => call.method === method).length;
  }
}
