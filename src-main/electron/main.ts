// The Electron entry: one instance, one window, one open workspace. Everything that can be
// decided without Electron lives in the pure modules next to this file.
import { app, BrowserWindow, crashReporter, dialog, ipcMain, session } from 'electron';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openApp } from '../app.js';
import { threadRunner, workerCount } from '../jobs/thread-runner.js';
import { stopLine, workspaceCopiedLine, workspaceCopyFailedLine } from '../logging/lines.js';
import type { Log } from '../logging/log.js';
import { scheduleAutoBackups } from '../services/backup-schedule.js';
import type { LegacyCopy } from '../store/legacy-workspace.js';
import { settleDefaultWorkspace } from '../store/legacy-workspace.js';
import { withRoom } from './open-with-room.js';
import { defaultWorkspacePath } from '../store/location.js';
import { startLogging } from './app-logging.js';
import { handleMainFailures, handleProcessGone } from './crash-handling.js';
import { chooseBackupDestination, chooseWorkspaceToOpen, showMessage } from './dialogs.js';
import { denyAllPermissions, guardAllWebContents } from './guards.js';
import { copyDiagnostics, showLogFile } from './help-actions.js';
import { forwardChangesTo, registerIpc, registerPackageIpc, tellPackageOpened } from './ipc.js';
import { diskInbox, receivePackages } from './package-opening.js';
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
import { messageOf } from '../domain/errors.js';

// electron-vite puts main, preload and renderer side by side under out/electron/.
const rendererDir = fileURLToPath(new URL('../renderer/', import.meta.url));
const preloadPath = fileURLToPath(new URL('../preload/index.cjs', import.meta.url));

// Before anything else: scheme privileges are fixed once the app is ready.
registerAppScheme();

if (app.requestSingleInstanceLock()) {
  start();
} else {
  // Two processes writing one workspace would be safe for SQLite but confusing for people. The
  // running one hears of this launch (and of any package it names) through `second-instance`.
  app.quit();
}

function start(): void {
  const log = startLogging(app, crashReporter);
  let window: BrowserWindow | null = null;
  let workspace: WorkspaceController | null = null;
  // Until the window is up, an error nothing caught means the app cannot start.
  let started = false;
  handleMainFailures(app, log, () => started);

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

  // A second launch, or a package opened from the system: Concord comes to the front. A page
  // that is only now loading asks for the waiting package itself.
  const bringToFront = (packageWaiting: boolean) => {
    if (window === null || window.isDestroyed()) {
      if (workspace !== null) openWindow(workspace);
      return;
    }
    if (window.isMinimized()) window.restore();
    window.show();
    window.focus();
    if (packageWaiting) tellPackageOpened(window);
  };
  const inbox = diskInbox();
  receivePackages(app, inbox, log, bringToFront);

  const openAnotherWorkspace = async (controller: WorkspaceController) => {
    const chosen = await chooseWorkspaceToOpen(window);
    if (chosen === null || path.resolve(chosen) === path.resolve(controller.path())) return;
    try {
      controller.switchTo(chosen);
    } catch (error) {
      log.error(`Could not open the workspace ${chosen}`, error);
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
      await controller.services().workspace.backupTo(destination);
      log.info(`Workspace backed up to ${destination}`);
      await showMessage(window, 'info', 'The workspace is backed up.', destination);
    } catch (error) {
      log.error(`Could not back the workspace up to ${destination}`, error);
      await showMessage(window, 'error', 'The workspace was not backed up.', messageOf(error));
    }
  };

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => {
    workspace?.close();
    log.info(stopLine());
  });
  guardAllWebContents(app);

  void app.whenReady().then(async () => {
    denyAllPermissions(session.defaultSession);
    serveRenderer(rendererDir);

    let workspacePath = workspaceFromCommandLine(
      process.argv,
      process.env,
      process.cwd(),
      defaultWorkspacePath,
    );
    if (path.resolve(workspacePath) === path.resolve(defaultWorkspacePath())) {
      workspacePath = await settleDefaultWorkspace((outcome) => logCopy(log, outcome));
    }
    let controller: WorkspaceController;
    try {
      // Heavy work runs in worker threads (worker.js is bundled beside this file), so the room
      // the app hosts keeps answering raters while the facilitator imports or opens results.
      const jobs = threadRunner({ size: workerCount() });
      app.on('will-quit', () => void jobs.close());
      // Opened after the quick check; the full one follows and, on damage, the owner's screens say so.
      const open = (file: string) =>
        openApp(file, { fullCheck: 'soon', report: (message) => log.error(message), jobs });
      controller = createWorkspaceController(withRoom(open, rendererDir, log), workspacePath);
    } catch (error) {
      log.error(`Could not open the workspace ${workspacePath}`, error);
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
      (message) => log.error(message),
    );
    controller.onSwitch(() => void autoBackups.checkNow());
    app.on('will-quit', () => autoBackups.stop());

    // Reports print with the app's own Chromium, not one installed on the machine.
    setPdfPrinter(electronPdfPrinter((options) => new BrowserWindow(options)));
    registerIpc(ipcMain, controller, () => window);
    registerPackageIpc(ipcMain, inbox, () => window);
    handleProcessGone(app, () => window, loadApp, log);
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
        showLogFile: () => showLogFile(log, window),
        copyDiagnostics: () =>
          void copyDiagnostics(controller, log, window).catch((error: unknown) =>
            log.error('Could not copy the diagnostics', error),
          ),
      },
    });
    openWindow(controller);
    started = true;
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) openWindow(controller);
    });
  });
}

function logCopy(log: Log, outcome: LegacyCopy): void {
  if (outcome.kind === 'copied') log.info(workspaceCopiedLine(outcome.from, outcome.to));
  if (outcome.kind === 'failed') {
    log.error(workspaceCopyFailedLine(outcome.from, outcome.to, outcome.reason));
  }
}
