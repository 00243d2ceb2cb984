// The IPC side of the api: one invoke channel in, one change channel out.
import type { BrowserWindow, IpcMain } from 'electron';
import { CHANNELS } from './channels.js';
import { forwardChanges } from './change-forwarding.js';
import { invokeApi } from './invoke.js';
import { isTrustedSender } from './security.js';
import type { WorkspaceController } from './workspace-controller.js';

export function registerIpc(
  ipcMain: IpcMain,
  workspace: WorkspaceController,
  getWindow: () => BrowserWindow | null,
): void {
  ipcMain.handle(CHANNELS.invoke, (event, method: unknown, input: unknown) => {
    const window = getWindow();
    const frame = event.senderFrame;
    // Ids rather than object identity: Electron may hand out different wrappers for one frame.
    const ourMainFrame =
      window !== null &&
      !window.isDestroyed() &&
      event.sender.id === window.webContents.id &&
      frame !== null &&
      frame.parent === null;
    return invokeApi(
      workspace.services(),
      isTrustedSender(frame?.url, ourMainFrame),
      method,
      input,
    );
  });
}

/** Sends the workspace's change events to the window for as long as it is open. */
export function forwardChangesTo(window: BrowserWindow, workspace: WorkspaceController): void {
  const stop = forwardChanges(workspace, (change) => {
    if (!window.isDestroyed()) window.webContents.send(CHANNELS.change, change);
  });
  window.once('closed', stop);
}
