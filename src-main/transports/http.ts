// Browser mode and the live room: the api over HTTP, change events over a WebSocket, and the
// built renderer as static files.
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import type { WebSocket } from 'ws';
import type { ApiErrorCode, WsServerMessage } from '../api/contract.js';
import {
  HTTP_API_PREFIX,
  JOIN_CLAIM_PATH,
  JOIN_LOOKUP_PATH,
  JoinClaimRequestSchema,
  JoinClaimResponseSchema,
  JoinLookupRequestSchema,
  JoinLookupSchema,
  WS_PATH,
  WsClientMessageSchema,
} from '../api/contract.js';
import type { DispatchResult } from '../api/dispatcher.js';
import { dispatch, HTTP_STATUS, toFailure } from '../api/dispatcher.js';
import type { Actor } from '../domain/actor.js';
import type { Services } from '../services/index.js';
import { authenticate, bearerToken } from './auth.js';
import { throttleChanges } from './change-throttle.js';
import { RateLimiter } from './rate-limit.js';
import { readStaticFile } from './static-files.js';
import { SECURITY_HEADERS } from './security-headers.js';

export const MAX_BODY_BYTES = 1024 * 1024;
/** Methods that carry files get a larger body, for the owner only (files travel as base64). */
export const METHOD_BODY_BYTES: Readonly<Record<string, number>> = {
  'samples.import': 64 * 1024 * 1024,
  // A session package with its samples: about 190 MB of zip once in base64.
  'packages.import': 256 * 1024 * 1024,
};
const WS_AUTH_TIMEOUT_MS = 5000;
/** Changes of one topic and session reach an open screen at most about once per this window. */
const CHANGE_WINDOW_MS = 100;
/** A client only ever sends one short auth message; anything larger closes the socket (1009). */
export const MAX_WS_MESSAGE_BYTES = 4096;
/** Enough for a teacher who mistypes a few times; far too few to guess a 6-character code. */
export const JOIN_ATTEMPTS_PER_MINUTE = 20;

export interface HttpServerOptions {
  services: Services;
  ownerToken: string;
  /** Folder of the built renderer; null serves the api only. */
  staticDir: string | null;
  host: string;
  port: number;
}

export interface RunningServer {
  server: Server;
  host: string;
  port: number;
  /** The address to open as the owner: the token rides in the hash, never sent to a server. */
  ownerUrl: string;
  close(): Promise<void>;
}

export async function startHttpServer(options: HttpServerOptions): Promise<RunningServer> {
  const { services, ownerToken } = options;
  const server = createServer((request, response) => {
    handleRequest(options, request, response).catch((error: unknown) => {
      console.error('http request failed:', error);
      if (!response.headersSent)
        sendError(response, 'internal', 'Something went wrong on the Concord side.');
      else response.destroy();
    });
  });
  server.requestTimeout = 30_000;
  server.headersTimeout = 10_000;

  const sockets = new WebSocketServer({ noServer: true, maxPayload: MAX_WS_MESSAGE_BYTES });
  server.on('upgrade', (request, socket, head) => {
    if (new URL(request.url ?? '/', 'http://x').pathname !== WS_PATH) {
      socket.destroy();
      return;
    }
    sockets.handleUpgrade(request, socket, head, (ws) => acceptSocket(services, ownerToken, ws));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const urlHost = options.host.includes(':') ? `[${options.host}]` : options.host;
  return {
    server,
    host: options.host,
    port,
    ownerUrl: `http://${urlHost}:${port}/#/?token=${ownerToken}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const client of sockets.clients) client.terminate();
        sockets.close();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function handleRequest(
  options: HttpServerOptions,
  request: IncomingMessage,
  response: ServerResponse,
) {
  const url = new URL(request.url ?? '/', 'http://x');
  if (url.pathname.startsWith(HTTP_API_PREFIX)) {
    // Authentication comes before any routing: a stranger learns nothing, not even method names.
    const actor = authenticate(
      options.services,
      options.ownerToken,
      bearerToken(request.headers.authorization),
    );
    if (!actor) return sendError(response, 'unauthorized', 'A valid access key is required.');
    if (request.method !== 'POST') {
      response.writeHead(405, { ...SECURITY_HEADERS, Allow: 'POST' }).end();
      return;
    }
    return handleApiCall(
      options.services,
      actor,
      url.pathname.slice(HTTP_API_PREFIX.length),
      request,
      response,
    );
  }
  if (url.pathname === JOIN_LOOKUP_PATH || url.pathname === JOIN_CLAIM_PATH) {
    if (request.method !== 'POST') {
      response.writeHead(405, { ...SECURITY_HEADERS, Allow: 'POST' }).end();
      return;
    }
    if (!joinLimiter(options).allow(request.socket.remoteAddress ?? 'unknown')) {
      return sendError(
        response,
        'invalid_input',
        'Too many attempts. Wait a minute, then try again.',
        429,
        { 'Retry-After': '60' },
      );
    }
    return handleJoin(options.services, url.pathname, request, response);
  }
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { ...SECURITY_HEADERS, Allow: 'GET, HEAD' }).end();
    return;
  }
  const file = options.staticDir ? await readStaticFile(options.staticDir, url.pathname) : null;
  if (!file) {
    response
      .writeHead(404, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' })
      .end('Not found');
    return;
  }
  response
    .writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': file.contentType,
      'Cache-Control': url.pathname === '/' ? 'no-store' : 'no-cache',
    })
    .end(request.method === 'HEAD' ? undefined : file.body);
}

const limiters = new WeakMap<HttpServerOptions, RateLimiter>();
function joinLimiter(options: HttpServerOptions): RateLimiter {
  let limiter = limiters.get(options);
  if (!limiter) {
    limiter = new RateLimiter(JOIN_ATTEMPTS_PER_MINUTE, 60_000);
    limiters.set(options, limiter);
  }
  return limiter;
}

/** The two calls a teacher makes before having a token: find the session, claim a name. */
async function handleJoin(
  services: Services,
  path: string,
  request: IncomingMessage,
  response: ServerResponse,
) {
  const input = await readJsonInput(request, response);
  if (input === undefined) return;
  const result = runJoin(services, path, input);
  if (!result.ok) return sendError(response, result.error.code, result.error.message);
  sendJson(response, 200, result.result);
}

function runJoin(services: Services, path: string, input: unknown): DispatchResult {
  try {
    if (path === JOIN_LOOKUP_PATH) {
      const { code } = JoinLookupRequestSchema.parse(input);
      return { ok: true, result: JoinLookupSchema.parse(services.room.lookup(code)) };
    }
    const { code, personId } = JoinClaimRequestSchema.parse(input);
    return { ok: true, result: JoinClaimResponseSchema.parse(services.room.claim(code, personId)) };
  } catch (error) {
    return toFailure(error, path);
  }
}

/** The parsed JSON body, or undefined after answering the client with what was wrong. */
async function readJsonInput(
  request: IncomingMessage,
  response: ServerResponse,
  limit = MAX_BODY_BYTES,
): Promise<unknown> {
  if (!(request.headers['content-type'] ?? '').startsWith('application/json')) {
    sendError(
      response,
      'invalid_input',
      'Send the input as JSON (Content-Type: application/json).',
    );
    return undefined;
  }
  const body = await readBody(request, limit);
  if (body === 'too_large') {
    sendError(response, 'invalid_input', `The request is larger than ${limit} bytes.`, 413);
    return undefined;
  }
  try {
    return body.length === 0 ? {} : (JSON.parse(body.toString('utf8')) as unknown);
  } catch {
    sendError(response, 'invalid_input', 'The request body is not valid JSON.');
    return undefined;
  }
}

async function handleApiCall(
  services: Services,
  actor: Actor,
  method: string,
  request: IncomingMessage,
  response: ServerResponse,
) {
  const limit =
    actor.role === 'owner' && Object.hasOwn(METHOD_BODY_BYTES, method)
      ? METHOD_BODY_BYTES[method]!
      : MAX_BODY_BYTES;
  const input = await readJsonInput(request, response, limit);
  if (input === undefined) return;
  const result = await dispatch(services, actor, method, input);
  if (!result.ok) return sendError(response, result.error.code, result.error.message);
  sendJson(response, 200, result.result);
}

function readBody(request: IncomingMessage, limit: number): Promise<Buffer | 'too_large'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        request.removeAllListeners('data');
        request.resume();
        resolve('too_large');
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

function sendJson(
  response: ServerResponse,
  status: number,
  value: unknown,
  extraHeaders: Record<string, string> = {},
) {
  const body = JSON.stringify(value);
  response
    .writeHead(status, {
      ...SECURITY_HEADERS,
      'Content-Type': 'application/json; charset=utf-8',
      // Said up front, the answer goes out in one piece rather than in chunked framing.
      'Content-Length': String(Buffer.byteLength(body)),
      'Cache-Control': 'no-store',
      ...extraHeaders,
    })
    .end(body);
}

function sendError(
  response: ServerResponse,
  code: ApiErrorCode,
  message: string,
  status = HTTP_STATUS[code],
  extraHeaders: Record<string, string> = {},
) {
  sendJson(response, status, { error: { code, message } }, extraHeaders);
}

/** A socket must say who it is within a few seconds; then it hears the changes it may know of. */
function acceptSocket(services: Services, ownerToken: string, ws: WebSocket) {
  const send = (message: WsServerMessage) => ws.send(JSON.stringify(message));
  // A protocol error (an oversized or malformed frame) closes this socket; without a listener
  // ws would rethrow it and take the whole server down.
  ws.on('error', () => ws.terminate());
  const timer = setTimeout(() => ws.close(4401, 'authentication required'), WS_AUTH_TIMEOUT_MS);
  ws.once('message', (data) => {
    clearTimeout(timer);
    let actor: Actor | null;
    try {
      const message = WsClientMessageSchema.parse(JSON.parse(String(data)));
      actor = authenticate(services, ownerToken, message.token);
    } catch {
      actor = null;
    }
    if (!actor) {
      ws.close(4401, 'invalid access key');
      return;
    }
    const viewer = actor;
    const throttle = throttleChanges(
      (change) => send({ type: 'change', event: change }),
      CHANGE_WINDOW_MS,
    );
    const unsubscribe = services.bus.subscribe((change) => {
      // A candidate (a qualification attempt's token) hears nothing: its screen changes only by
      // its own calls. A rater hears only of its own session; events carry no data.
      if (viewer.role === 'candidate') return;
      if (viewer.role === 'rater' && change.sessionId !== viewer.sessionId) return;
      if (
        viewer.role === 'rater' &&
        change.personId !== undefined &&
        change.personId !== viewer.personId
      )
        return;
      throttle.push(change);
    });
    ws.on('close', () => {
      unsubscribe();
      throttle.stop();
    });
    ws.on('message', () => ws.close(4400, 'no further messages expected'));
    send({ type: 'ready' });
  });
}
