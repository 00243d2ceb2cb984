// The api over HTTP (calls) and a WebSocket (changes): a browser in room mode or `concord serve`.
import type {
  ChangeEvent,
  MethodInput,
  MethodName,
  MethodOutput,
} from '../../src-main/api/contract.js';
import { HTTP_API_PREFIX, WS_PATH } from '../../src-main/api/contract.js';
import type { ApiClient, ConnectionState } from './client.js';
import { parseOutput } from './client.js';
import type { SocketFactory } from './change-socket.js';
import { browserSocket, ChangeSocket } from './change-socket.js';
import { ApiError, clientError, errorFromBody } from './errors.js';

export interface HttpClientOptions {
  /** e.g. http://127.0.0.1:4321 */
  origin: string;
  token: string;
  fetch?: typeof fetch;
  createSocket?: SocketFactory;
  /** Called when the server refuses the token, so the app can ask for a fresh address. */
  onUnauthorized?: () => void;
}

export class HttpApiClient implements ApiClient {
  readonly kind = 'browser';
  private readonly listeners = new Set<(event: ChangeEvent) => void>();
  private readonly stateListeners = new Set<(state: ConnectionState) => void>();
  private state: ConnectionState = 'connecting';
  private socket: ChangeSocket | null = null;
  private readonly fetchFn: typeof fetch;

  constructor(private readonly options: HttpClientOptions) {
    // A bare `fetch` reference loses its `this` (window) and throws "Illegal invocation".
    this.fetchFn = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  }

  async call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
    let response: Response;
    try {
      response = await this.fetchFn(`${this.options.origin}${HTTP_API_PREFIX}${method}`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          Authorization: `Bearer ${this.options.token}`,
        },
        body: JSON.stringify(input ?? {}),
      });
    } catch {
      throw clientError('network');
    }
    const body = await readJson(response);
    if (!response.ok) {
      if (response.status === 401) this.options.onUnauthorized?.();
      throw errorFromBody(body, response.status);
    }
    return parseOutput(method, body);
  }

  subscribe(listener: (event: ChangeEvent) => void): () => void {
    this.listeners.add(listener);
    this.ensureSocket();
    return () => {
      this.listeners.delete(listener);
    };
  }

  watchConnection(listener: (state: ConnectionState) => void): () => void {
    this.stateListeners.add(listener);
    listener(this.state);
    this.ensureSocket();
    return () => {
      this.stateListeners.delete(listener);
    };
  }

  /** Closes the change feed (tests, or leaving the page). */
  close(): void {
    this.socket?.stop();
    this.socket = null;
  }

  private ensureSocket(): void {
    if (this.socket) return;
    const createSocket = this.options.createSocket ?? browserSocket;
    this.socket = new ChangeSocket({
      wasLive: this.state !== 'connecting',
      url: `${this.options.origin.replace(/^http/, 'ws')}${WS_PATH}`,
      token: this.options.token,
      createSocket,
      onEvent: (event) => this.listeners.forEach((listener) => listener(event)),
      onState: (state) => {
        if (state === this.state) return;
        this.state = state;
        this.stateListeners.forEach((listener) => listener(state));
      },
      // The server closed the feed for this token: a call tells the app whether access ended
      // (401 shows the "session closed" or "open the printed address" screen) or the feed
      // should simply start again.
      onRevoked: () => {
        this.socket = null;
        this.call('app.whoami', {}).then(
          () => this.ensureSocket(),
          (error: unknown) => {
            // A room that went away (the session closed with it) reads as a lost connection.
            if (!(error instanceof ApiError && error.status === 401)) this.ensureSocket();
          },
        );
      },
    });
    this.socket.start();
  }
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text().catch(() => '');
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    if (response.ok) throw clientError('bad_answer', 'not JSON');
    return undefined;
  }
}
