import { describe, expect, it } from 'vitest';
import type { ChangeEvent } from '../../src-main/api/contract.js';
import type { ConnectionState } from '../../src-renderer/api/client.js';
import { ChangeSocket } from '../../src-renderer/api/change-socket.js';
import { FakeSocket } from './fakes.js';

function harness(onRevoked?: () => void) {
  const sockets: FakeSocket[] = [];
  const timers: { run: () => void; ms: number; cleared: boolean }[] = [];
  const events: ChangeEvent[] = [];
  const states: ConnectionState[] = [];
  const changes = new ChangeSocket({
    url: 'ws://host/ws',
    token: 'tok',
    createSocket: (url) => {
      const socket = new FakeSocket(url);
      sockets.push(socket);
      return socket;
    },
    onEvent: (event) => events.push(event),
    onState: (state) => states.push(state),
    onRevoked,
    setTimer: (run, ms) => {
      const timer = { run, ms, cleared: false };
      timers.push(timer);
      return timer;
    },
    clearTimer: (timer) => {
      (timer as { cleared: boolean }).cleared = true;
    },
  });
  return { changes, sockets, timers, events, states };
}

describe('ChangeSocket', () => {
  it('reconnects with growing pauses and catches up after a reconnect', () => {
    const { changes, sockets, timers, events, states } = harness();
    changes.start();
    sockets[0]!.open();
    sockets[0]!.receive({ type: 'ready' });
    expect(states.at(-1)).toBe('live');

    sockets[0]!.drop();
    expect(states.at(-1)).toBe('reconnecting');
    expect(timers[0]!.ms).toBe(500);
    timers[0]!.run();
    expect(sockets).toHaveLength(2);
    sockets[1]!.drop();
    expect(timers[1]!.ms).toBe(1000);
    timers[1]!.run();
    sockets[2]!.drop();
    expect(timers[2]!.ms).toBe(2000);
    timers[2]!.run();

    sockets[3]!.open();
    expect(JSON.parse(sockets[3]!.sent[0]!)).toEqual({ type: 'auth', token: 'tok' });
    sockets[3]!.receive({ type: 'ready' });
    expect(states.at(-1)).toBe('live');
    // Changes made while the link was down were missed: screens are told to refetch everything.
    expect(events).toEqual([{ topic: 'workspace' }]);

    sockets[3]!.drop();
    expect(timers[3]!.ms).toBe(500);
  });

  it('caps the pause and stops for good on stop()', () => {
    const { changes, sockets, timers } = harness();
    changes.start();
    for (let i = 0; i < 10; i++) {
      sockets[i]!.drop();
      timers[i]!.run();
    }
    expect(timers.at(-1)!.ms).toBe(15_000);
    sockets.at(-1)!.drop();
    changes.stop();
    expect(timers.at(-1)!.cleared).toBe(true);
    const count = sockets.length;
    timers.at(-1)!.run();
    expect(sockets).toHaveLength(count);
  });

  it('stops and says so when the server closes the feed because the token was revoked', () => {
    let revoked = 0;
    const { changes, sockets, timers } = harness(() => revoked++);
    changes.start();
    sockets[0]!.open();
    sockets[0]!.receive({ type: 'ready' });
    sockets[0]!.drop(4401);
    expect(revoked).toBe(1);
    // No reconnect with a token the server refuses.
    expect(timers).toHaveLength(0);
    expect(sockets).toHaveLength(1);
  });

  it('reconnects as before when the link merely drops', () => {
    let revoked = 0;
    const { changes, sockets, timers } = harness(() => revoked++);
    changes.start();
    sockets[0]!.open();
    sockets[0]!.drop(1006);
    expect(revoked).toBe(0);
    expect(timers).toHaveLength(1);
  });
});
