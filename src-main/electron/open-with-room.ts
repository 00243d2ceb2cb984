// A workspace opened by the app can host the live room: teachers' browsers reach the same api
// and renderer through a listener on the interface the facilitator picks.
import { randomBytes } from 'node:crypto';
import type { OpenedApp } from '../app.js';
import { createRoomListener } from '../transports/room-listener.js';

export function withRoom(open: (path: string) => OpenedApp, rendererDir: string) {
  return (path: string): OpenedApp => {
    const opened = open(path);
    // Nobody uses this owner token: the owner is at the app (IPC), raters hold their own tokens.
    const room = createRoomListener({
      services: opened.services,
      ownerToken: randomBytes(24).toString('base64url'),
      staticDir: rendererDir,
    });
    opened.services.room.attachListener(room);
    return {
      services: opened.services,
      close: () => {
        void room.close();
        opened.close();
      },
    };
  };
}
