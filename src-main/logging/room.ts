// The live room's listener, logged: when it starts hosting and when it stops. Structural, so the
// logging layer needs nothing from the services.
import type { Log } from './log.js';
import { roomClosedLine, roomHostedLine } from './lines.js';

interface Listener {
  listen(address: string): Promise<string>;
  close(): Promise<void>;
}

export function loggedRoom<L extends Listener>(listener: L, log: Log): L {
  let hosted: string | null = null;
  return {
    ...listener,
    async listen(address: string) {
      const url = await listener.listen(address);
      if (hosted !== url) {
        if (hosted !== null) log.info(roomClosedLine(hosted));
        log.info(roomHostedLine(url));
        hosted = url;
      }
      return url;
    },
    async close() {
      await listener.close();
      if (hosted !== null) log.info(roomClosedLine(hosted));
      hosted = null;
    },
  };
}
