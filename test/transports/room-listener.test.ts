import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRoomListener, localAddresses } from '../../src-main/transports/room-listener.js';
import type { ScoringFixture, TempApp } from '../helpers/workspace.js';
import { openTempApp, scoringFixture } from '../helpers/workspace.js';

let app: TempApp;
let f: ScoringFixture;
beforeEach(() => {
  app = openTempApp();
  f = scoringFixture(app.services);
  app.services.room.attachListener(
    createRoomListener({
      services: app.services,
      ownerToken: 'x'.repeat(32),
      staticDir: null,
      port: 0,
    }),
  );
});
afterEach(() => app.dispose());

describe('hosting the room on an interface', () => {
  it('lists this computer’s IPv4 addresses, loopback included', () => {
    expect(localAddresses()).toContainEqual(
      expect.objectContaining({ address: '127.0.0.1', internal: true }),
    );
  });

  it('serves joining on the chosen address and closes with the session', async () => {
    const room = await app.services.room.host(f.sessionId, '127.0.0.1');
    expect(room.joinUrl).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:\\d+/#/join/${room.code}$`));
    expect(app.services.room.info(f.sessionId)).toEqual(room);
    const base = room.joinUrl!.split('/#/')[0]!;
    const lookup = await fetch(`${base}/join/lookup`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ code: room.code }),
    });
    expect(await lookup.json()).toMatchObject({ sessionId: f.sessionId });

    app.services.sessions.reveal(f.sessionId, undefined, { role: 'owner' });
    app.services.sessions.close(f.sessionId, { role: 'owner' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    await expect(fetch(`${base}/join/lookup`, { method: 'POST' })).rejects.toThrow();
  });

  it('refuses an address this computer does not have', async () => {
    await expect(app.services.room.host(f.sessionId, '203.0.113.9')).rejects.toThrow(
      /203\.0\.113\.9 is not an address of this computer/,
    );
  });
});
