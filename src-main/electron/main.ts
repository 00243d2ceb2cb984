// The Electron entry: one instance, one window, one open workspace. Everything that can be
// decided without Electron lives in the pure modules next to this file.
import { app, BrowserWindow, dialog, ipcMain, session } from 'electron';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openApp } from '../app.js';
import { threadRunner, workerCount } from '../jobs/thread-runner.js';
import { scheduleAutoBackups } from '../services/backup-schedule.js';
import { withRoom } from './open-with-room.js';
import { defaultWorkspacePath } from '../store/location.js';
import { chooseBackupDestination, chooseWorkspaceToOpen, showMessage } from './dialogs.js';
import { denyAllPermissions, guardAllWebContents } from './guards.js';
import { forwardChangesTo, registerIpc } from './ipc.js';
import { electronPdfPrinter } from './pdf-printer.js';
import { setPdfPrinter } from '../reports/printer.js';
import { setApplicationMenu } from './menu.js';
import { registerAppScheme, serveRenderer } from './protocol.js';
import { createMainWindow, loadApp } from './window.js';
import type { WorkspaceController } from './workspace-controller.js';
import { createWorkspaceController } from './workspace-controller.js';
import {
  backupFileName,
  backupProblem,
  windowTitle,
  workspaceFromCommandLine,
} from './workspace-files.js';

// electron-vite puts main, preload and renderer side by side under out/electron/.
const rendererDir = fileURLToPath(new URL('../renderer/', import.meta.url));
const preloadPath = fileURLToPath(new URL('../preload/index.cjs', import.meta.url));

// Before anything else: scheme privileges are fixed once the app is ready.
registerAppScheme();

if (app.requestSingleInstanceLock()) {
  start();
} else {
  // Two processes writing one workspace would be safe for SQLite but confusing for people.
  app.quit();
}

function start(): void {
  let window: BrowserWindow | null = null;
  let workspace: WorkspaceController | null = null;

  const titleFor = (controller: WorkspaceController) =>
    windowTitle(controller.path(), defaultWorkspacePath());

  const openWindow = (controller: WorkspaceController) => {
    const created = createMainWindow(preloadPath, titleFor(controller));
    forwardChangesTo(created, controller);
    created.on('closed', () => {
      if (window === created) window = null;
    });
    window = created;
  };

  const openAnotherWorkspace = async (controller: WorkspaceController) => {
    const chosen = await chooseWorkspaceToOpen(window);
    if (chosen === null || path.resolve(chosen) === path.resolve(controller.path())) return;
    try {
      controller.switchTo(chosen);
    } catch (error) {
      await showMessage(
        window,
        'error',
        'Concord could not open that workspace.',
        messageOf(error),
      );
      return;
    }
    if (window) {
      window.setTitle(titleFor(controller));
      loadApp(window);
    }
  };

  const backUp = async (controller: WorkspaceController) => {
    const source = controller.path();
    const suggested = path.join(path.dirname(source), backupFileName(source, new Date()));
    const destination = await chooseBackupDestination(window, suggested);
    if (destination === null) return;
    const problem = backupProblem(source, destination);
    if (problem !== null) {
      await showMessage(window, 'error', 'The workspace was not backed up.', problem);
      return;
    }
    try {
      await controller.services().store.workspace.backupTo(destination);
      await showMessage(window, 'info', 'The workspace is backed up.', destination);
    } catch (error) {
      await showMessage(window, 'error', 'The workspace was not backed up.', messageOf(error));
    }
  };

  app.on('second-instance', () => {
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => workspace?.close());
  guardAllWebContents(app);

  void app.whenReady().then(() => {
    denyAllPermissions(session.defaultSession);
    serveRenderer(rendererDir);

    const workspacePath = workspaceFromCommandLine(
      process.argv,
      process.env,
      process.cwd(),
      defaultWorkspacePath,
    );
    let controller: WorkspaceController;
    try {
      // Heavy work runs in worker threads (worker.js is bundled beside this file), so the room
      // the app hosts keeps answering raters while the facilitator imports or opens results.
      const jobs = threadRunner({ size: workerCount() });
      app.on('will-quit', () => void jobs.close());
      // Opened after the quick check; the full one follows and, on damage, the owner's screens say so.
      const open = (path: string) =>
        openApp(path, { fullCheck: 'soon', report: (message) => console.error(message), jobs });
      controller = createWorkspaceController(withRoom(open, rendererDir), workspacePath);
    } catch (error) {
      dialog.showErrorBox(
        'Concord cannot open its workspace',
        `${workspacePath}\n\n${messageOf(error)}`,
      );
      app.quit();
      return;
    }
    workspace = controller;
    // The daily automatic backup of whichever workspace is open, checked again after a switch.
    const autoBackups = scheduleAutoBackups(
      () => controller.services().backups,
      (message) => console.error(message),
    );
    controller.onSwitch(() => void autoBackups.checkNow());
    app.on('will-quit', () => autoBackups.stop());

    // Reports print with the app's own Chromium, not one installed on the machine.
    setPdfPrinter(electronPdfPrinter((options) => new BrowserWindow(options)));
    registerIpc(ipcMain, controller, () => window);
    app.setAboutPanelOptions({
      applicationName: 'Concord',
      applicationVersion: app.getVersion(),
      copyright: 'Moderation and calibration sessions for competency-based schools.',
    });
    setApplicationMenu({
      appName: 'Concord',
      isMac: process.platform === 'darwin',
      isDev: !app.isPackaged,
      actions: {
        openWorkspace: () => void openAnotherWorkspace(controller),
        backUpWorkspace: () => void backUp(controller),
        showAbout: () => app.showAboutPanel(),
      },
    });
    openWindow(controller);
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) openWindow(controller);
    });
  });
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
