// The application menu as data: what it holds is decided here (and tested); menu.ts only hands
// it to Electron.
import type { MenuItemConstructorOptions } from 'electron';

export interface MenuActions {
  openWorkspace(): void;
  backUpWorkspace(): void;
  showAbout(): void;
  /** Shows the log file in Explorer or Finder, for sending to whoever looks after Concord. */
  showLogFile(): void;
  /** Copies versions, places and the workspace's check (never its content) to the clipboard. */
  copyDiagnostics(): void;
}

export interface MenuOptions {
  appName: string;
  isMac: boolean;
  /** Development builds may reload and open DevTools; a packaged app may not. */
  isDev: boolean;
  actions: MenuActions;
}

export function menuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const { appName, isMac, isDev, actions } = options;
  const sep: MenuItemConstructorOptions = { type: 'separator' };

  const appMenu: MenuItemConstructorOptions = {
    label: appName,
    submenu: [
      { role: 'about' },
      sep,
      { role: 'services' },
      sep,
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      sep,
      { role: 'quit' },
    ],
  };

  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      {
        label: 'Open Workspace…',
        accelerator: 'CmdOrCtrl+O',
        click: () => actions.openWorkspace(),
      },
      { label: 'Back Up Workspace…', click: () => actions.backUpWorkspace() },
      sep,
      // macOS keeps Quit in the app menu; a File menu there closes the window instead.
      isMac ? { role: 'close' } : { role: 'quit' },
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      sep,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'pasteAndMatchStyle' },
      { role: 'delete' },
      sep,
      { role: 'selectAll' },
    ],
  };

  const devItems: MenuItemConstructorOptions[] = isDev
    ? [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, sep]
    : [];
  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      ...devItems,
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      sep,
      { role: 'togglefullscreen' },
    ],
  };

  const help: MenuItemConstructorOptions = {
    role: 'help',
    label: '&Help',
    submenu: [
      { label: 'Show Log File', click: () => actions.showLogFile() },
      { label: 'Copy Diagnostics', click: () => actions.copyDiagnostics() },
      sep,
      { label: `About ${appName}`, click: () => actions.showAbout() },
    ],
  };

  return [...(isMac ? [appMenu] : []), file, edit, view, help];
}
