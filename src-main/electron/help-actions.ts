// Help → Show Log File and Help → Copy Diagnostics.
import type { BrowserWindow } from 'electron';
import { app, clipboard, shell } from 'electron';
import { homedir, release } from 'node:os';
import type { Log } from '../logging/log.js';
import { workspaceHealth } from '../store/health.js';
import { diagnosticsText } from './diagnostics.js';
import { showMessage } from './dialogs.js';
import type { WorkspaceController } from './workspace-controller.js';

export function showLogFile(log: Log, window: BrowserWindow | null): void {
  if (log.file) {
    shell.showItemInFolder(log.file);
    return;
  }
  void showMessage(
    window,
    'info',
    'Concord keeps no log file on this computer.',
    log.problem ?? '',
  );
}

export async function copyDiagnostics(
  controller: WorkspaceController,
  log: Log,
  window: BrowserWindow | null,
): Promise<void> {
  const text = diagnosticsText({
    appVersion: app.getVersion(),
    packaged: app.isPackaged,
    versions: process.versions,
    os: {
      platform: process.platform,
      release: release(),
      version: process.getSystemVersion?.() ?? '',
      arch: process.arch,
    },
    home: homedir(),
    workspace: controller.path(),
    health: workspaceHealth(controller.path()),
    damage: controller.services().integrity.damage(),
    logFile: log.file,
    logFolder: log.folder,
    crashDumps: app.getPath('crashDumps'),
    now: new Date(),
  });
  clipboard.writeText(text);
  log.info('Diagnostics copied to the clipboard');
  await showMessage(
    window,
    'info',
    'The diagnostics are copied.',
    'Paste them into an email to whoever looks after Concord. They hold version numbers, where ' +
      'Concord keeps its files and the result of the workspace’s check: no names, scores, notes ' +
      'or student work.',
  );
}
