// A workspace opened by the app can host the live room: teachers' browsers reach the same api
// and renderer through a listener on the interface the facilitator picks. Opening, closing and
// hosting are logged.
import { randomBytes } from 'node:crypto';
import type { OpenedApp } from '../app.js';
import { workspaceClosedLine, workspaceOpenedLine } from '../logging/lines.js';
import type { Log } from '../logging/log.js';
import { NO_LOG } from '../logging/log.js';
import { loggedRoom } from '../logging/room.js';
import { createRoomListener } from '../transports/room-listener.js';

export function withRoom(
  open: (path: string) => OpenedApp,
  rendererDir: string,
  log: Log = NO_LOG,
) {
  return (path: string): OpenedApp => {
    const opened = open(path);
    log.info(workspaceOpenedLine(path));
    // Nobody uses this owner token: the owner is at the app (IPC), raters hold their own tokens.
    const room = loggedRoom(
      createRoomListener({
        services: opened.services,
        ownerToken: randomBytes(24).toString('base64url'),
        staticDir: rendererDir,
      }),
      log,
    );
    opened.services.room.attachListener(room);
    return {
      ...opened,
      close: () => {
        void room.close();
        opened.close();
        log.info(workspaceClosedLine(path));
      },
    };
  };
}
