// The IPC channel names, shared by the main process and the preload. The sandboxed preload can
// bundle nothing with dependencies, so this file must stay free of imports.
export const CHANNELS = {
  /** renderer -> main: one api call, answered with an IpcResponse. */
  invoke: 'concord:invoke',
  /** main -> renderer: a change notification ({ topic, sessionId? }), no data. */
  change: 'concord:change',
  /** main -> renderer: a .concord package was opened with Concord; no data (ask for it). */
  packageOpened: 'concord:package-opened',
  /** renderer -> main: the package waiting to be imported ({ id, name, size }) or null. */
  openedPackage: 'concord:opened-package',
  /** renderer -> main: the waiting package's bytes, by its id ({ ok, name, bytes } or why not). */
  readOpenedPackage: 'concord:read-opened-package',
  /** renderer -> main: the waiting package is not wanted, by its id. */
  dismissOpenedPackage: 'concord:dismiss-opened-package',
} as const;
