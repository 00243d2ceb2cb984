// A light client of a room server, as many rater "devices" on one machine would use it: the api
// over HTTP with keep-alive (lighter than fetch when 40 clients share the machine with the
// server), and the change feed over the WebSocket. Shared by the meeting and soak benchmarks and
// the trust tests.
import { Agent, request as httpRequest } from 'node:http';
import { WebSocket } from 'ws';

/** The server answered, but not with 200: the call was refused or failed on its side. */
export class ApiCallError extends Error {
  override name = 'ApiCallError';

  constructor(
    readonly method: string,
    readonly status: number,
    readonly body: string,
  ) {
    super(`${method}: ${status} ${body}`);
  }
}

export interface RoomClient {
  /** Resolves with the parsed result on HTTP 200, the acknowledgement; rejects otherwise. */
  call(token: string, method: string, input: unknown): Promise<unknown>;
  close(): void;
}

export interface RoomClientOptions {
  maxSockets?: number;
  /**
   * 'fifo' spreads calls over every open connection, so none idles into the server's keep-alive
   * timeout (5 s), where a call can meet the connection just as the server closes it
   * (ECONNRESET; browsers retry those, Node's agent does not). The default 'lifo' reuses the
   * last one.
   */
  scheduling?: 'fifo' | 'lifo';
  host?: string;
}

export function roomClient(port: number, options: RoomClientOptions = {}): RoomClient {
  const { maxSockets = 64, scheduling = 'lifo', host = '127.0.0.1' } = options;
  const agent = new Agent({ keepAlive: true, maxSockets, scheduling });
  return {
    call: (token, method, input) =>
      new Promise<unknown>((resolve, reject) => {
        const body = JSON.stringify(input);
        const request = httpRequest(
          {
            agent,
            host,
            port,
            method: 'POST',
            path: `/api/${method}`,
            headers: {
              Authorization: `Bearer ${token}`,
              'Content-Type': 'application/json',
              'Content-Length': Buffer.byteLength(body),
            },
          },
          (response) => {
            const chunks: Buffer[] = [];
            response.on('data', (chunk: Buffer) => chunks.push(chunk));
            response.on('error', reject);
            response.on('end', () => {
              const text = Buffer.concat(chunks).toString();
              if (response.statusCode !== 200)
                reject(new ApiCallError(method, response.statusCode ?? 0, text));
              else resolve(JSON.parse(text) as unknown);
            });
          },
        );
        request.on('error', reject);
        request.end(body);
      }),
    close: () => agent.destroy(),
  };
}

/** Opens the change feed as `token`; resolves once the server says it is ready. */
export async function connectChanges(
  port: number,
  token: string,
  onChange: () => void,
  host = '127.0.0.1',
): Promise<WebSocket> {
  const socket = new WebSocket(`ws://${host}:${port}/ws`);
  await new Promise<void>((resolve, reject) => {
    socket.once('error', reject);
    socket.on('open', () => socket.send(JSON.stringify({ type: 'auth', token })));
    socket.once('message', () => {
      socket.off('error', reject);
      // A server that goes away shows as 'close'; an error then must not crash the caller.
      socket.on('error', () => undefined);
      socket.on('message', onChange);
      resolve();
    });
  });
  return socket;
}
