// DNS rebinding (issue 13): a page on evil.example makes the victim's browser talk to Concord's
// port under the attacker's name. Concord answers only to the names it is really reached by.
import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { hostOf } from '../../src-main/transports/host-check.js';
import { localAddresses } from '../../src-main/transports/room-listener.js';
import type { LiveRoom } from './live-server.js';
import { OWNER_TOKEN, openLiveRoom } from './live-server.js';

let room: LiveRoom;
beforeAll(async () => {
  room = await openLiveRoom();
});
afterAll(() => room.close());

/** A request to the room with a Host header of our choosing, as a rebinding browser sends it. */
function withHost(host: string, path: string, method = 'GET', body?: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      {
        host: '127.0.0.1',
        port: room.server.port,
        path,
        method,
        setHost: false,
        headers: {
          Host: host,
          Authorization: `Bearer ${OWNER_TOKEN}`,
          'Content-Type': 'application/json',
        },
      },
      (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

function upgradeWithHost(host: string): Promise<'open' | 'refused'> {
  return new Promise((resolve) => {
    const socket = new WebSocket(`ws://127.0.0.1:${room.server.port}/ws`, {
      headers: { Host: host },
    });
    socket.on('open', () => {
      socket.close();
      resolve('open');
    });
    socket.on('error', () => resolve('refused'));
  });
}

describe('the Host header', () => {
  const port = () => room.server.port;

  it.each(['evil.example', 'evil.example:4870', 'concord.evil.example', '10.13.37.1.nip.io', ''])(
    'refuses %j with 421 before any routing, for the app, the api, the join list and the socket',
    async (host) => {
      expect(await withHost(host, '/')).toBe(421);
      expect(await withHost(host, '/api/sessions.list', 'POST', '{}')).toBe(421);
      expect(await withHost(host, '/join/lookup', 'POST', '{"code":"ABCDEF"}')).toBe(421);
      expect(await upgradeWithHost(host || 'x')).toBe('refused');
    },
  );

  it('answers loopback names, this computer’s own addresses and the room’s address', async () => {
    const names = [
      `127.0.0.1:${port()}`,
      `localhost:${port()}`,
      `LOCALHOST:${port()}`,
      `[::1]:${port()}`,
      ...localAddresses().map((a) => `${a.address}:${port()}`),
    ];
    for (const host of names) {
      expect(await withHost(host, '/api/sessions.list', 'POST', '{}'), host).toBe(200);
    }
    expect(await upgradeWithHost(`127.0.0.1:${port()}`)).toBe('open');
  });

  it('reads the host out of every form of the header', () => {
    expect(hostOf('Example.COM.:80')).toBe('example.com');
    expect(hostOf('[::1]:4870')).toBe('::1');
    expect(hostOf('[fe80::1]')).toBe('fe80::1');
    expect(hostOf('10.0.0.5')).toBe('10.0.0.5');
    for (const bad of ['a b', 'x:y', '[::1', '[::1]x', 'evil@x', undefined]) {
      expect(hostOf(bad)).toBeNull();
    }
  });
});
