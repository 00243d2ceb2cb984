// The WebSocket that carries change events in a browser: authenticates with its first message,
// and reconnects with growing pauses when the link drops (a laptop lid, a Wi-Fi hiccup).
import type { ChangeEvent } from '../../src-main/api/contract.js';
import { WsServerMessageSchema } from '../../src-main/api/contract.js';
import type { ConnectionState } from './client.js';

export interface SocketLike {
  send(data: string): void;
  close(): void;
  onopen: ((event: unknown) => void) | null;
  onmessage: ((event: { data: unknown }) => void) | null;
  onclose: ((event: unknown) => void) | null;
  onerror: ((event: unknown) => void) | null;
}

export type SocketFactory = (url: string) => SocketLike;

export interface ChangeSocketOptions {
  url: string;
  token: string;
  createSocket: SocketFactory;
  onEvent(event: ChangeEvent): void;
  onState(state: ConnectionState): void;
  /**
   * The server closed the socket because its token no longer works (revoked, or the session
   * closed): no reconnecting with it. The owner of the socket finds out what happened.
   */
  onRevoked?(): void;
  /** This feed replaces one that was live: losing it reads as "reconnecting", not "connecting". */
  wasLive?: boolean;
  /** Pause before reconnect attempt n (0-based), in ms. */
  backoff?: (attempt: number) => number;
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
}

const defaultBackoff = (attempt: number): number => Math.min(500 * 2 ** attempt, 15_000);

/** The close code the server uses for a token it does not (or no longer) accept. */
const ACCESS_REFUSED = 4401;

function closeCode(event: unknown): number | undefined {
  return typeof event === 'object' && event !== null && 'code' in event
    ? Number((event as { code: unknown }).code)
    : undefined;
}

/** Any change may have been missed while the link was down; 'workspace' tells screens to refetch. */
const MISSED_CHANGES: ChangeEvent = { topic: 'workspace' };

export class ChangeSocket {
  private socket: SocketLike | null = null;
  private timer: unknown = null;
  private attempt = 0;
  private everReady = false;
  private stopped = false;
  private readonly setTimer: (run: () => void, ms: number) => unknown;
  private readonly clearTimer: (timer: unknown) => void;

  constructor(private readonly options: ChangeSocketOptions) {
    this.everReady = options.wasLive ?? false;
    this.setTimer = options.setTimer ?? ((run, ms) => setTimeout(run, ms));
    this.clearTimer =
      options.clearTimer ?? ((timer) => clearTimeout(timer as ReturnType<typeof setTimeout>));
  }

  start(): void {
    this.stopped = false;
    this.connect();
  }

  stop(): void {
    this.stopped = true;
    if (this.timer !== null) this.clearTimer(this.timer);
    this.timer = null;
    const socket = this.socket;
    this.socket = null;
    if (socket) {
      socket.onclose = null;
      socket.close();
    }
  }

  private connect(): void {
    this.options.onState(this.everReady ? 'reconnecting' : 'connecting');
    let socket: SocketLike;
    try {
      socket = this.options.createSocket(this.options.url);
    } catch {
      this.scheduleReconnect();
      return;
    }
    this.socket = socket;
    socket.onopen = () => socket.send(JSON.stringify({ type: 'auth', token: this.options.token }));
    socket.onmessage = (message) => this.receive(message.data);
    socket.onerror = () => undefined;
    socket.onclose = (event) => {
      if (this.socket !== socket) return;
      this.socket = null;
      if (closeCode(event) === ACCESS_REFUSED && this.options.onRevoked) {
        this.stopped = true;
        this.options.onRevoked();
        return;
      }
      this.scheduleReconnect();
    };
  }

  private receive(data: unknown): void {
    if (typeof data !== 'string') return;
    let json: unknown;
    try {
      json = JSON.parse(data);
    } catch {
      return;
    }
    const parsed = WsServerMessageSchema.safeParse(json);
    if (!parsed.success) return;
    if (parsed.data.type === 'ready') {
      const reconnected = this.everReady;
      this.everReady = true;
      this.attempt = 0;
      this.options.onState('live');
      if (reconnected) this.options.onEvent(MISSED_CHANGES);
      return;
    }
    this.options.onEvent(parsed.data.event);
  }

  private scheduleReconnect(): void {
    if (this.stopped) return;
    this.options.onState(this.everReady ? 'reconnecting' : 'connecting');
    const pause = (this.options.backoff ?? defaultBackoff)(this.attempt);
    this.attempt += 1;
    this.timer = this.setTimer(() => {
      this.timer = null;
      if (!this.stopped) this.connect();
    }, pause);
  }
}

/** A real WebSocket behind the small SocketLike surface the reconnect logic (and tests) use. */
export function browserSocket(url: string): SocketLike {
  const ws = new WebSocket(url);
  const socket: SocketLike = {
    send: (data) => ws.send(data),
    close: () => ws.close(),
    onopen: null,
    onmessage: null,
    onclose: null,
    onerror: null,
  };
  ws.onopen = (event) => socket.onopen?.(event);
  ws.onmessage = (event: MessageEvent) => socket.onmessage?.({ data: event.data });
  ws.onclose = (event) => socket.onclose?.(event);
  ws.onerror = (event) => socket.onerror?.(event);
  return socket;
}
