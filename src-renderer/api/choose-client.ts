// Picks the transport at startup: the preload bridge in Electron, HTTP/WebSocket in a browser.
import type { ConcordBridge } from '../../src-main/api/contract.js';
import type { ApiClient } from './client.js';
import { HttpApiClient } from './http-client.js';
import { IpcApiClient } from './ipc-client.js';
import { forgetToken, takeToken } from './token.js';

declare global {
  interface Window {
    concord?: ConcordBridge;
  }
}

export type Startup =
  | { kind: 'ready'; client: ApiClient }
  /** A browser that arrived without the address `concord serve` printed. */
  | { kind: 'no-token' };

/** `onRefused` runs when the server no longer accepts the token this tab holds. */
export function chooseClient(
  win: Window = window,
  onRefused: () => void = () => undefined,
): Startup {
  if (win.concord) return { kind: 'ready', client: new IpcApiClient(win.concord) };
  const token = takeToken(win.location, win.history, win.sessionStorage);
  if (token === null) return { kind: 'no-token' };
  const client = new HttpApiClient({
    origin: win.location.origin,
    token,
    onUnauthorized: () => {
      forgetToken(win.sessionStorage);
      onRefused();
    },
  });
  return { kind: 'ready', client };
}
