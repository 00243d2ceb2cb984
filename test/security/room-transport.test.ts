// What a stranger on the LAN meets at the room's address: guessing join codes is cut off,
// oversized and malformed input is refused (HTTP and WebSocket alike) without harming the
// server, the server answers only on the interface chosen, and every answer carries the
// security headers.
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import {
  JOIN_ATTEMPTS_PER_MINUTE,
  WRONG_CODES_BEFORE_LOCKOUT,
} from '../../src-main/services/join-guard.js';
import {
  MAX_BODY_BYTES,
  MAX_WS_MESSAGE_BYTES,
  startHttpServer,
} from '../../src-main/transports/http.js';
import { localAddresses } from '../../src-main/transports/room-listener.js';
import { SECURITY_HEADERS } from '../../src-main/transports/security-headers.js';
import type { LiveRoom } from './live-server.js';
import { OWNER_TOKEN, callApi, openLiveRoom, postJson } from './live-server.js';

let room: LiveRoom;
beforeEach(async () => {
  room = await openLiveRoom();
});
afterEach(() => room.close());

const errorOf = async (response: Response) =>
  ((await response.json()) as { error: { code: string; message: string } }).error;

/** A join call sent from a chosen loopback source address (127.0.0.2, ...), as another device. */
function joinFrom(source: string, port: number, path: string, body: unknown): Promise<number> {
  return new Promise((resolve, reject) => {
    const data = JSON.stringify(body);
    const request = httpRequest(
      {
        host: '127.0.0.1',
        port,
        path,
        method: 'POST',
        localAddress: source,
        headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(data) },
      },
      (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
      },
    );
    request.on('error', reject);
    request.end(data);
  });
}

const wrongCode = (i: number) => `Z${String(22222 + i).replace(/[01]/g, '2')}`;

describe('guessing join codes', () => {
  it(`answers 429 with a clear message after ${JOIN_ATTEMPTS_PER_MINUTE} wrong codes, even for the right one`, async () => {
    const statuses: number[] = [];
    for (let i = 0; i < JOIN_ATTEMPTS_PER_MINUTE + 3; i++) {
      statuses.push((await postJson(room.base, '/join/lookup', { code: wrongCode(i) })).status);
    }
    expect(statuses.slice(0, JOIN_ATTEMPTS_PER_MINUTE).every((s) => s === 404)).toBe(true);
    expect(statuses.slice(JOIN_ATTEMPTS_PER_MINUTE)).toEqual([429, 429, 429]);

    const code = room.app.services.room.joinCode(room.f.sessionId);
    const right = await postJson(room.base, '/join/lookup', { code });
    expect(right.status).toBe(429);
    expect(right.headers.get('retry-after')).toBe('60');
    expect((await errorOf(right)).message).toBe(
      'Too many attempts. Wait a minute, then try again.',
    );
  });

  it('counts claims and lookups together, so switching endpoints does not reset the count', async () => {
    for (let i = 0; i < JOIN_ATTEMPTS_PER_MINUTE; i++)
      await postJson(room.base, '/join/claim', { code: 'ZZZZZZ', seat: 'nobody' });
    const code = room.app.services.room.joinCode(room.f.sessionId);
    expect((await postJson(room.base, '/join/lookup', { code })).status).toBe(429);
  });

  it('counts every loopback address as one device, across every listener', async () => {
    // The attack: five loopback source addresses, on two listeners of the same workspace.
    const second = await startHttpServer({
      services: room.app.services,
      ownerToken: OWNER_TOKEN,
      staticDir: null,
      host: '127.0.0.1',
      port: 0,
    });
    try {
      const sources = ['127.0.0.2', '127.0.0.3', '127.0.0.4', '127.0.0.5', '127.0.0.6'];
      const statuses: number[] = [];
      for (let i = 0; i < 100; i++) {
        const port = i % 2 === 0 ? room.server.port : second.port;
        statuses.push(
          await joinFrom(sources[i % 5]!, port, '/join/lookup', { code: wrongCode(i) }),
        );
      }
      expect(statuses.filter((s) => s === 404)).toHaveLength(JOIN_ATTEMPTS_PER_MINUTE);
      expect(statuses.filter((s) => s === 429)).toHaveLength(100 - JOIN_ATTEMPTS_PER_MINUTE);
    } finally {
      await second.close();
    }
  });

  it('retires the open code after a run of wrong codes from many devices, until the facilitator issues a new one', async () => {
    const { services } = room.app;
    const code = services.room.joinCode(room.f.sessionId);
    const joined = services.room.claim(
      code,
      services.room.lookup(code, '192.0.2.1').raters[0]!.seat,
      '192.0.2.1',
    );
    // Each guess from its own address: no device reaches its own limit.
    for (let i = 0; i < WRONG_CODES_BEFORE_LOCKOUT; i++) {
      expect(() => services.room.lookup(wrongCode(i), `198.51.100.${i}`)).toThrow(
        /No open session has this code/,
      );
    }
    expect(() => services.room.lookup(code, '203.0.113.9')).toThrow(/No open session/);
    expect(services.room.info(room.f.sessionId)).toEqual({
      code: null,
      joinUrl: null,
      lockedOut: true,
    });
    // Who joined before stays in.
    expect(
      (await callApi(room.base, 'sessions.get', { sessionId: room.f.sessionId }, joined.token))
        .status,
    ).toBe(200);
    const fresh = services.room.joinCode(room.f.sessionId);
    expect(fresh).not.toBe(code);
    expect(services.room.lookup(fresh, '203.0.113.9').raters).toHaveLength(3);
    expect(services.room.info(room.f.sessionId)).toMatchObject({ code: fresh, lockedOut: false });
  });
});

describe('request size limits', () => {
  const big = (bytes: number) => JSON.stringify({ code: 'x'.repeat(bytes) });

  it('answers 413 to an oversized body on the api, for owner and rater', async () => {
    const rater = room.app.services.sessions.issueRaterToken(room.f.sessionId, room.f.raterIds[0]);
    for (const token of [OWNER_TOKEN, rater]) {
      const response = await callApi(room.base, 'scores.record', big(MAX_BODY_BYTES + 1), token);
      expect(response.status).toBe(413);
      expect((await errorOf(response)).message).toContain(`larger than ${MAX_BODY_BYTES} bytes`);
    }
    // The owner's larger allowance for files is not a rater's.
    const upload = await callApi(room.base, 'samples.import', big(2 * MAX_BODY_BYTES), rater);
    expect(upload.status).toBe(413);
  });

  it('answers 413 on the join endpoints, and 401 to a stranger before reading the body', async () => {
    expect((await postJson(room.base, '/join/lookup', big(MAX_BODY_BYTES + 1))).status).toBe(413);
    expect((await callApi(room.base, 'sessions.list', big(MAX_BODY_BYTES * 4))).status).toBe(401);
  });
});

describe('WebSocket messages', () => {
  /** Opens a socket, sends the given frames, and answers how it ended and what it heard. */
  function converse(frames: (string | Buffer)[]): Promise<{ code: number; heard: string[] }> {
    return new Promise((resolve, reject) => {
      const socket = new WebSocket(`ws://127.0.0.1:${room.server.port}/ws`);
      const heard: string[] = [];
      socket.on('open', () => {
        for (const frame of frames) socket.send(frame);
      });
      socket.on('message', (data) => heard.push(String(data)));
      socket.on('close', (code) => resolve({ code, heard }));
      socket.on('error', reject);
    });
  }
  const auth = JSON.stringify({ type: 'auth', token: OWNER_TOKEN });

  it.each([
    ['not JSON', '{"type":"auth",'],
    ['an unknown message type', JSON.stringify({ type: 'subscribe', topic: 'scores' })],
    ['a token that is not a string', JSON.stringify({ type: 'auth', token: 42 })],
    ['an empty object', '{}'],
    ['JSON null', 'null'],
    ['binary garbage', Buffer.from([0xff, 0x00, 0xfe, 0x7b])],
    ['a prototype-polluting object', '{"__proto__":{"type":"auth"},"token":"x"}'],
  ])('closes the socket on %s, telling it nothing', async (_label, frame) => {
    const { code, heard } = await converse([frame]);
    expect(code).toBe(4401);
    expect(heard).toEqual([]);
  });

  it('closes the socket on an oversized message', async () => {
    const { code, heard } = await converse(['x'.repeat(MAX_WS_MESSAGE_BYTES + 1)]);
    expect(code).toBe(1009);
    expect(heard).toEqual([]);
  });

  it('closes an authenticated socket that sends anything more', async () => {
    const { code, heard } = await converse([auth, JSON.stringify({ type: 'auth', token: 'x' })]);
    expect(code).toBe(4400);
    expect(heard).toEqual([JSON.stringify({ type: 'ready' })]);
  });

  it('survives all of it: the api and new sockets still work', async () => {
    await converse(['{']);
    await converse(['x'.repeat(MAX_WS_MESSAGE_BYTES * 2)]);
    const { heard } = await new Promise<{ heard: string[] }>((resolve, reject) => {
      const socket = new WebSocket(`ws://127.0.0.1:${room.server.port}/ws`);
      socket.on('open', () => socket.send(auth));
      socket.on('message', (data) => {
        socket.close();
        resolve({ heard: [String(data)] });
      });
      socket.on('error', reject);
    });
    expect(heard).toEqual([JSON.stringify({ type: 'ready' })]);
    expect((await callApi(room.base, 'sessions.list', {}, OWNER_TOKEN)).status).toBe(200);
  });

  it('refuses upgrades on any other path', async () => {
    const outcome = await new Promise<string>((resolve) => {
      const socket = new WebSocket(`ws://127.0.0.1:${room.server.port}/api/sessions.list`);
      socket.on('open', () => resolve('open'));
      socket.on('error', () => resolve('refused'));
    });
    expect(outcome).toBe('refused');
  });
});

describe('the interface the host chose', () => {
  it('binds exactly that address', () => {
    const bound = room.server.server.address();
    expect(bound).toMatchObject({ address: '127.0.0.1', family: 'IPv4' });
  });

  const external = localAddresses().find((a) => !a.internal);
  it.skipIf(external === undefined)(
    'is not reachable on this computer’s other addresses',
    async () => {
      const reach = (host: string, port: number) =>
        new Promise<string>((resolve) => {
          const socket = connect({ host, port }, () => {
            socket.destroy();
            resolve('connected');
          });
          socket.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
        });
      expect(await reach('127.0.0.1', room.server.port)).toBe('connected');
      expect(await reach(external!.address, room.server.port)).toBe('ECONNREFUSED');

      // And a room hosted on the LAN address is not served on loopback.
      const lan = await startHttpServer({
        services: room.app.services,
        ownerToken: OWNER_TOKEN,
        staticDir: null,
        host: external!.address,
        port: 0,
      });
      try {
        expect(lan.server.address()).toMatchObject({ address: external!.address });
        expect(await reach(external!.address, lan.port)).toBe('connected');
        expect(await reach('127.0.0.1', lan.port)).toBe('ECONNREFUSED');
      } finally {
        await lan.close();
      }
    },
  );
});

describe('security headers', () => {
  it('are on every kind of answer', async () => {
    const rater = room.app.services.sessions.issueRaterToken(room.f.sessionId, room.f.raterIds[0]);
    const answers: [string, Response][] = [
      ['api 200', await callApi(room.base, 'sessions.list', {}, OWNER_TOKEN)],
      ['api 400', await callApi(room.base, 'sessions.list', { extra: 1 }, OWNER_TOKEN)],
      ['api 401', await callApi(room.base, 'sessions.list', {})],
      ['api 403', await callApi(room.base, 'sessions.list', {}, rater)],
      ['api 404', await callApi(room.base, 'no.such', {}, OWNER_TOKEN)],
      [
        'api 405',
        await fetch(`${room.base}/api/sessions.list`, {
          headers: { Authorization: `Bearer ${OWNER_TOKEN}` },
        }),
      ],
      [
        'api 413',
        await callApi(room.base, 'sessions.list', 'x'.repeat(MAX_BODY_BYTES + 1), OWNER_TOKEN),
      ],
      ['not JSON', await postJson(room.base, '/join/lookup', '{')],
      ['join 404', await postJson(room.base, '/join/lookup', { code: '222222' })],
      ['join 405', await fetch(`${room.base}/join/lookup`)],
      ['static 404', await fetch(`${room.base}/missing.js`)],
      ['static 405', await fetch(`${room.base}/`, { method: 'DELETE' })],
    ];
    for (const [label, response] of answers) {
      for (const [name, value] of Object.entries(SECURITY_HEADERS))
        expect(response.headers.get(name), `${label}: ${name}`).toBe(value);
      expect(response.headers.get('access-control-allow-origin'), label).toBeNull();
    }
  });

  it('forbid framing, sniffing, referrers and inline or eval’d script', () => {
    const csp = SECURITY_HEADERS['Content-Security-Policy']!;
    const directive = (name: string) =>
      csp
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .find(([n]) => n === name)
        ?.slice(1);
    expect(directive('frame-ancestors')).toEqual(["'none'"]);
    expect(directive('script-src')).toEqual(["'self'"]);
    expect(directive('object-src')).toEqual(["'none'"]);
    expect(directive('base-uri')).toEqual(["'none'"]);
    expect(csp).not.toMatch(/unsafe-(inline|eval)|\*/);
    expect(SECURITY_HEADERS).toMatchObject({
      'X-Content-Type-Options': 'nosniff',
      'X-Frame-Options': 'DENY',
      'Referrer-Policy': 'no-referrer',
      'Cross-Origin-Opener-Policy': 'same-origin',
      'Cross-Origin-Resource-Policy': 'same-origin',
    });
  });
});
