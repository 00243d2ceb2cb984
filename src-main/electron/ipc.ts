// The IPC side of the api: one invoke channel in, one change channel out; and the package the
// system opened with Concord, which the window may ask for by the id it was given, nothing more.
import type { BrowserWindow, IpcMain, IpcMainInvokeEvent } from 'electron';
import { CHANNELS } from './channels.js';
import { forwardChanges } from './change-forwarding.js';
import { invokeApi } from './invoke.js';
import type { PackageInbox } from './opened-packages.js';
import { isTrustedSender } from './security.js';
import type { WorkspaceController } from './workspace-controller.js';

/** Whether a call comes from the main frame of Concord's window while it shows the app. */
function fromOurWindow(event: IpcMainInvokeEvent, window: BrowserWindow | null): boolean {
  const frame = event.senderFrame;
  // Ids rather than object identity: Electron may hand out different wrappers for one frame.
  const ourMainFrame =
    window !== null &&
    !window.isDestroyed() &&
    event.sender.id === window.webContents.id &&
    frame !== null &&
    frame.parent === null;
  return isTrustedSender(frame?.url, ourMainFrame);
}

export function registerIpc(
  ipcMain: IpcMain,
  workspace: WorkspaceController,
  getWindow: () => BrowserWindow | null,
): void {
  ipcMain.handle(CHANNELS.invoke, (event, method: unknown, input: unknown) =>
    invokeApi(workspace.services(), fromOurWindow(event, getWindow()), method, input),
  );
}

export function registerPackageIpc(
  ipcMain: IpcMain,
  inbox: PackageInbox,
  getWindow: () => BrowserWindow | null,
): void {
  const refused = { ok: false, message: 'Packages are handed only to the Concord window.' };
  ipcMain.handle(CHANNELS.openedPackage, (event) =>
    fromOurWindow(event, getWindow()) ? inbox.waiting() : null,
  );
  ipcMain.handle(CHANNELS.readOpenedPackage, (event, id: unknown) =>
    fromOurWindow(event, getWindow()) ? inbox.read(id) : refused,
  );
  ipcMain.handle(CHANNELS.dismissOpenedPackage, (event, id: unknown) => {
    if (fromOurWindow(event, getWindow())) inbox.dismiss(id);
  });
}

/** Tells the window a package is waiting; it asks for it (and asks on every start too). */
export function tellPackageOpened(window: BrowserWindow | null): void {
  if (window && !window.isDestroyed()) window.webContents.send(CHANNELS.packageOpened);
}

/** Sends the workspace's change events to the window for as long as it is open. */
export function forwardChangesTo(window: BrowserWindow, workspace: WorkspaceController): void {
  const stop = forwardChanges(workspace, (change) => {
    if (!window.isDestroyed()) window.webContents.send(CHANNELS.change, change);
  });
  window.once('closed', stop);
}
