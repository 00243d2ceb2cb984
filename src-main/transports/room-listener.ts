// Hosting the live room on one network interface the facilitator picks: a second listener
// beside the owner's, serving the same api and app.
import { networkInterfaces } from 'node:os';
import type { NetworkAddress, RoomListener } from '../services/room.js';
import type { RunningServer } from './http.js';
import { startHttpServer } from './http.js';
import type { Services } from '../services/index.js';

export const DEFAULT_ROOM_PORT = 4871;

export function localAddresses(): NetworkAddress[] {
  return Object.entries(networkInterfaces()).flatMap(([name, entries]) =>
    (entries ?? [])
      .filter((entry) => entry.family === 'IPv4')
      .map((entry) => ({ name, address: entry.address, internal: entry.internal })),
  );
}

export function createRoomListener(options: {
  services: Services;
  ownerToken: string;
  staticDir: string | null;
  port?: number;
}): RoomListener {
  let running: RunningServer | null = null;
  const close = async () => {
    const server = running;
    running = null;
    await server?.close();
  };
  return {
    addresses: localAddresses,
    async listen(address) {
      if (running?.host === address) return `http://${address}:${running.port}`;
      await close();
      const tryPort = (port: number) =>
        startHttpServer({
          services: options.services,
          ownerToken: options.ownerToken,
          staticDir: options.staticDir,
          host: address,
          port,
        });
      // The usual port keeps the address the same from one meeting to the next; when it is
      // taken, any free port will do.
      running = await tryPort(options.port ?? DEFAULT_ROOM_PORT).catch(() => tryPort(0));
      return `http://${address}:${running.port}`;
    },
    close,
  };
}
