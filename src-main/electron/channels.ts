// The IPC channel names, shared by the main process and the preload. The sandboxed preload can
// bundle nothing with dependencies, so this file must stay free of imports.
export const CHANNELS = {
  /** renderer -> main: one api call, answered with an IpcResponse. */
  invoke: 'concord:invoke',
  /** main -> renderer: a change notification ({ topic, sessionId? }), no data. */
  change: 'concord:change',
} as const;
