// One rater's device as the meeting benchmark simulates it: a single keep-alive connection with
// one call at a time, written and read as plain HTTP/1.1. In a real room each device does this
// work on its own processor; here forty of them share the server's two cores, so the less each
// costs, the more the measurement is of the server rather than of its simulated visitors.
import { connect } from 'node:net';
import type { Socket } from 'node:net';
import { ApiCallError } from './room-client.js';

export interface DeviceConnection {
  /** Resolves with the parsed result on HTTP 200, the acknowledgement; rejects otherwise. */
  call(token: string, method: string, input: unknown): Promise<unknown>;
  close(): void;
}

const HEADER_END = Buffer.from('\r\n\r\n');

export async function deviceConnection(
  port: number,
  host = '127.0.0.1',
): Promise<DeviceConnection> {
  const socket: Socket = connect({ port, host, noDelay: true });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('error', reject);
  });
  let waiting: {
    method: string;
    resolve: (v: unknown) => void;
    reject: (e: Error) => void;
  } | null = null;
  let received: Buffer = Buffer.alloc(0);

  const fail = (error: Error) => {
    const current = waiting;
    waiting = null;
    current?.reject(error);
  };
  socket.on('error', fail);
  socket.on('close', () => fail(new Error('the server closed the connection')));
  socket.on('data', (chunk: Buffer) => {
    received = received.length === 0 ? chunk : Buffer.concat([received, chunk]);
    const headerEnd = received.indexOf(HEADER_END);
    if (headerEnd < 0 || !waiting) return;
    const head = received.subarray(0, headerEnd).toString('latin1');
    const length = /\r\ncontent-length: *(\d+)/i.exec(head);
    if (!length) {
      fail(new Error(`${waiting.method}: a response without Content-Length`));
      return;
    }
    const bodyStart = headerEnd + HEADER_END.length;
    const bodyEnd = bodyStart + Number(length[1]);
    if (received.length < bodyEnd) return;
    const status = Number(head.slice(9, 12));
    const body = received.subarray(bodyStart, bodyEnd).toString('utf8');
    received = received.subarray(bodyEnd);
    const current = waiting;
    waiting = null;
    if (status === 200) current.resolve(JSON.parse(body) as unknown);
    else current.reject(new ApiCallError(current.method, status, body));
  });

  return {
    call: (token, method, input) =>
      new Promise<unknown>((resolve, reject) => {
        if (waiting) throw new Error('one call at a time on a device connection');
        waiting = { method, resolve, reject };
        const body = JSON.stringify(input);
        socket.write(
          `POST /api/${method} HTTP/1.1\r\nHost: ${host}:${port}\r\n` +
            `Authorization: Bearer ${token}\r\nContent-Type: application/json\r\n` +
            `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
        );
      }),
    close: () => socket.destroy(),
  };
}
