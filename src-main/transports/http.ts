// Browser mode and the live room: the api over HTTP, change events over a WebSocket, and the
// built renderer as static files.
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import type { WebSocket } from 'ws';
import type { ApiErrorCode, ApiFailure, WsServerMessage } from '../api/contract.js';
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
import { hears, listenerOf } from '../api/audience.js';
import type { DispatchResult } from '../api/dispatcher.js';
import { dispatch, HTTP_STATUS, toFailure } from '../api/dispatcher.js';
import type { Actor } from '../domain/actor.js';
import type { Services } from '../services/index.js';
import { TooManyTries } from '../services/room.js';
import { authenticate, bearerToken } from './auth.js';
import { throttleChanges } from './change-throttle.js';
import { KnownHosts } from './host-check.js';
import { staticFilesFor } from './static-files.js';
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
/** How often an open socket checks that its token still works (qualification tokens expire). */
const SOCKET_RECHECK_MS = 30_000;

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
  const knownHosts = new KnownHosts(() => {
    const room = services.room.hostedBaseUrl();
    return room === null ? [options.host] : [options.host, new URL(room).host];
  });
  const server = createServer((request, response) => {
    if (!knownHosts.allows(request.headers.host)) return refuseHost(response);
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
    if (
      !knownHosts.allows(request.headers.host) ||
      new URL(request.url ?? '/', 'http://x').pathname !== WS_PATH
    ) {
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
    return handleJoin(options.services, url.pathname, request, response);
  }
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { ...SECURITY_HEADERS, Allow: 'GET, HEAD' }).end();
    return;
  }
  const file = options.staticDir
    ? await staticFilesFor(options.staticDir).respond(url.pathname, {
        acceptEncoding: request.headers['accept-encoding'],
        ifNoneMatch: request.headers['if-none-match'],
      })
    : null;
  if (!file) {
    response
      .writeHead(404, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' })
      .end('Not found');
    return;
  }
  response
    .writeHead(file.status, { ...SECURITY_HEADERS, ...file.headers })
    .end(request.method === 'HEAD' || file.status === 304 ? undefined : file.body);
}

/** A name this server is not reached by: refused before anything else (see host-check.ts). */
function refuseHost(response: ServerResponse) {
  response
    .writeHead(421, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' })
    .end('Concord answers only at this computer’s own addresses.');
}

/**
 * The two calls a teacher makes before having a token: find the session, claim a name. Tries
 * are counted by the room service for every listener at once (services/join-guard.ts).
 */
async function handleJoin(
  services: Services,
  path: string,
  request: IncomingMessage,
  response: ServerResponse,
) {
  const input = await readJsonInput(request, response);
  if (input === undefined) return;
  const device = request.socket.remoteAddress ?? 'unknown';
  try {
    const result = runJoin(services, path, input, device);
    if (!result.ok) return sendFailure(response, result.error);
    sendJson(response, 200, result.result);
  } catch (error) {
    if (!(error instanceof TooManyTries)) throw error;
    sendError(response, 'invalid_input', error.message, 429, { 'Retry-After': '60' });
  }
}

function runJoin(services: Services, path: string, input: unknown, device: string): DispatchResult {
  try {
    if (path === JOIN_LOOKUP_PATH) {
      const { code } = JoinLookupRequestSchema.parse(input);
      return { ok: true, result: JoinLookupSchema.parse(services.room.lookup(code, device)) };
    }
    const { code, seat } = JoinClaimRequestSchema.parse(input);
    return {
      ok: true,
      result: JoinClaimResponseSchema.parse(services.room.claim(code, seat, device)),
    };
  } catch (error) {
    if (error instanceof TooManyTries) throw error;
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
  if (!result.ok) return sendFailure(response, result.error);
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

/** A dispatcher's refusal as it is, its problems included, so a screen can mark each field. */
function sendFailure(response: ServerResponse, error: ApiFailure) {
  sendJson(response, HTTP_STATUS[error.code], { error });
}

/**
 * A socket must say who it is within a few seconds; then it hears the changes it may know of,
 * until its token stops working: revoked (a rater let in again, the session closed, a restore)
 * or expired. Then it is closed, so a revoked device hears nothing more.
 */
function acceptSocket(services: Services, ownerToken: string, ws: WebSocket) {
  const send = (message: WsServerMessage) => ws.send(JSON.stringify(message));
  // A protocol error (an oversized or malformed frame) closes this socket; without a listener
  // ws would rethrow it and take the whole server down.
  ws.on('error', () => ws.terminate());
  const timer = setTimeout(() => ws.close(4401, 'authentication required'), WS_AUTH_TIMEOUT_MS);
  ws.once('message', (data) => {
    clearTimeout(timer);
    let token = '';
    let actor: Actor | null;
    try {
      token = WsClientMessageSchema.parse(JSON.parse(String(data))).token;
      actor = authenticate(services, ownerToken, token);
    } catch {
      actor = null;
    }
    if (!actor) {
      ws.close(4401, 'invalid access key');
      return;
    }
    const caller = actor;
    // A token resolves to one grant or to nothing: still valid means it still resolves.
    const stillValid = () => authenticate(services, ownerToken, token) !== null;
    const throttle = throttleChanges(
      (change) => send({ type: 'change', event: change }),
      CHANGE_WINDOW_MS,
    );
    let closed = false;
    const revoke = () => {
      if (closed) return;
      closed = true;
      ws.close(4401, 'access revoked');
    };
    const unsubscribe = services.bus.subscribe((change) => {
      if (closed) return;
      if (change.topic === 'access' || change.topic === 'workspace') {
        if (!stillValid()) return revoke();
      }
      if (hears(listenerOf(services, caller), change)) throttle.push(change);
    });
    const recheck = setInterval(() => {
      if (!stillValid()) revoke();
    }, SOCKET_RECHECK_MS);
    recheck.unref();
    ws.on('close', () => {
      closed = true;
      clearInterval(recheck);
      unsubscribe();
      throttle.stop();
    });
    ws.on('message', () => ws.close(4400, 'no further messages expected'));
    send({ type: 'ready' });
  });
}
