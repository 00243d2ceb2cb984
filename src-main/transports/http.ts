// Browser mode and the live room: the api over HTTP, change events over a WebSocket, and the
// built renderer as static files.
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import type { WebSocket } from 'ws';
import type { ApiErrorCode, WsServerMessage } from '../api/contract.js';
import { HTTP_API_PREFIX, WS_PATH, WsClientMessageSchema } from '../api/contract.js';
import { dispatch, HTTP_STATUS } from '../api/dispatcher.js';
import type { Actor } from '../domain/actor.js';
import type { Services } from '../services/index.js';
import { authenticate, bearerToken } from './auth.js';
import { readStaticFile } from './static-files.js';
import { SECURITY_HEADERS } from './security-headers.js';

export const MAX_BODY_BYTES = 1024 * 1024;
const WS_AUTH_TIMEOUT_MS = 5000;

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

  const sockets = new WebSocketServer({ noServer: true, maxPayload: 4096 });
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

async function handleApiCall(
  services: Services,
  actor: Actor,
  method: string,
  request: IncomingMessage,
  response: ServerResponse,
) {
  if (!(request.headers['content-type'] ?? '').startsWith('application/json')) {
    return sendError(
      response,
      'invalid_input',
      'Send the input as JSON (Content-Type: application/json).',
    );
  }
  const body = await readBody(request);
  if (body === 'too_large')
    return sendError(
      response,
      'invalid_input',
      `The request is larger than ${MAX_BODY_BYTES} bytes.`,
      413,
    );
  let input: unknown;
  try {
    input = body.length === 0 ? {} : JSON.parse(body.toString('utf8'));
  } catch {
    return sendError(response, 'invalid_input', 'The request body is not valid JSON.');
  }
  const result = dispatch(services, actor, method, input);
  if (!result.ok) return sendError(response, result.error.code, result.error.message);
  sendJson(response, 200, result.result);
}

function readBody(request: IncomingMessage): Promise<Buffer | 'too_large'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
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

function sendJson(response: ServerResponse, status: number, value: unknown) {
  const body = JSON.stringify(value);
  response
    .writeHead(status, {
      ...SECURITY_HEADERS,
      'Content-Type': 'application/json; charset=utf-8',
      'Cache-Control': 'no-store',
    })
    .end(body);
}

function sendError(
  response: ServerResponse,
  code: ApiErrorCode,
  message: string,
  status = HTTP_STATUS[code],
) {
  sendJson(response, status, { error: { code, message } });
}

/** A socket must say who it is within a few seconds; then it hears the changes it may know of. */
function acceptSocket(services: Services, ownerToken: string, ws: WebSocket) {
  const send = (message: WsServerMessage) => ws.send(JSON.stringify(message));
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
    const unsubscribe = services.bus.subscribe((change) => {
      // A rater hears only of its own session; events carry no data, only what to refetch.
      if (viewer.role === 'rater' && change.sessionId !== viewer.sessionId) return;
      send({ type: 'change', event: change });
    });
    ws.on('close', unsubscribe);
    ws.on('message', () => ws.close(4400, 'no further messages expected'));
    send({ type: 'ready' });
  });
}
