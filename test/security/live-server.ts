// A workspace with a session open for scoring, served over HTTP on loopback as in the live room:
// what a rater's device (or a stranger on the LAN) can reach.
import { WebSocket } from 'ws';
import type { RunningServer } from '../../src-main/transports/http.js';
import { startHttpServer } from '../../src-main/transports/http.js';
import type { ScoringFixture, TempApp } from '../helpers/workspace.js';
import { openTempApp, scoringFixture } from '../helpers/workspace.js';

export const OWNER_TOKEN = 'owner-token-for-security-tests-0123456789';

export interface LiveRoom {
  app: TempApp;
  server: RunningServer;
  f: ScoringFixture;
  base: string;
  close(): Promise<void>;
}

export async function openLiveRoom(): Promise<LiveRoom> {
  const app = openTempApp();
  const f = scoringFixture(app.services);
  const server = await startHttpServer({
    services: app.services,
    ownerToken: OWNER_TOKEN,
    staticDir: null,
    host: '127.0.0.1',
    port: 0,
  });
  return {
    app,
    server,
    f,
    base: `http://127.0.0.1:${server.port}`,
    async close() {
      await server.close();
      app.dispose();
    },
  };
}

export function postJson(base: string, path: string, body: unknown, token?: string) {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (token !== undefined) headers.Authorization = `Bearer ${token}`;
  return fetch(`${base}${path}`, {
    method: 'POST',
    headers,
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

export const callApi = (base: string, method: string, body: unknown, token?: string) =>
  postJson(base, `/api/${method}`, body, token);

export interface Listening {
  /** Everything the socket heard, parsed. */
  messages: unknown[];
  socket: WebSocket;
  /** Resolves to the close code. */
  closed: Promise<number>;
}

/** Opens the change feed with a token and waits for its first answer ('ready', or a close). */
export function listen(port: number, token: string, host = '127.0.0.1'): Promise<Listening> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(`ws://${host}:${port}/ws`);
    const messages: unknown[] = [];
    const closed = new Promise<number>((done) => socket.on('close', (code) => done(code)));
    socket.on('message', (data) => {
      messages.push(JSON.parse(String(data)));
      if (messages.length === 1) resolve({ messages, socket, closed });
    });
    socket.on('open', () => socket.send(JSON.stringify({ type: 'auth', token })));
    socket.on('error', reject);
    void closed.then(() => resolve({ messages, socket, closed }));
  });
}
