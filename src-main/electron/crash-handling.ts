// The app's own processes stopping, and errors in the main process that nothing caught: logged
// with their reason, and met as crash-policy.ts decides.
import type { App, BrowserWindow } from 'electron';
import { dialog } from 'electron';
import type { Log } from '../logging/log.js';
import type { FailureOrigin } from './crash-policy.js';
import {
  afterWindowStopped,
  askWords,
  childGoneLine,
  failureWords,
  onMainFailure,
  reloadedWords,
  windowStoppedLine,
} from './crash-policy.js';

export function handleProcessGone(
  app: App,
  getWindow: () => BrowserWindow | null,
  reload: (window: BrowserWindow) => void,
  log: Log,
): void {
  let recent: number[] = [];
  app.on('render-process-gone', (_event, contents, details) => {
    const window = getWindow();
    if (window === null || window.isDestroyed() || contents.id !== window.webContents.id) {
      // A hidden page printing a report: the print fails and says so; nothing to reload.
      log.warn(`A hidden page's process ended: ${details.reason} (exit code ${details.exitCode})`);
      return;
    }
    const decision = afterWindowStopped(recent, Date.now());
    recent = decision.recent;
    log.error(windowStoppedLine(details, decision.action));
    if (decision.action === 'reload') {
      reload(window);
      const words = reloadedWords(details.reason);
      void dialog.showMessageBox(window, { type: 'warning', ...words, buttons: ['OK'] });
      return;
    }
    const words = askWords(details.reason);
    void dialog
      .showMessageBox(window, { type: 'error', ...words, defaultId: 0, cancelId: 1 })
      .then(({ response }) => {
        if (response !== 0) {
          app.quit();
        } else if (!window.isDestroyed()) {
          recent = [];
          log.info('Reloading the window as asked');
          reload(window);
        }
      });
  });
  app.on('child-process-gone', (_event, details) => log.warn(childGoneLine(details)));
}

/**
 * Uncaught errors and unhandled rejections in the main process: logged with their stack, told in
 * a dialog when onMainFailure says so, and fatal before the window is up.
 */
export function handleMainFailures(app: App, log: Log, started: () => boolean): void {
  let lastDialogAt: number | null = null;
  const handle = (origin: FailureOrigin, error: unknown) => {
    log.error(
      origin === 'unhandledRejection'
        ? 'A failure nothing handled (unhandled promise rejection) in the main process'
        : 'An error nothing caught in the main process',
      error,
    );
    const decision = onMainFailure(origin, { started: started(), lastDialogAt, now: Date.now() });
    if (!decision.dialog) return;
    lastDialogAt = Date.now();
    const words = failureWords(decision.quit, log.file);
    if (decision.quit) {
      dialog.showErrorBox(words.message, words.detail);
      app.exit(1);
    } else {
      // Not the blocking error box: the room goes on answering raters while this is open.
      void dialog.showMessageBox({ type: 'error', ...words, buttons: ['OK'] });
    }
  };
  process.on('uncaughtException', (error) => handle('uncaughtException', error));
  process.on('unhandledRejection', (reason) => handle('unhandledRejection', reason));
}
