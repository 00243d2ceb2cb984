// The one Concord window: sandboxed, showing only app://concord, shown once it has painted.
import { BrowserWindow } from 'electron';
import { APP_ENTRY_URL } from './app-url.js';
import { secureWebPreferences } from './security.js';

// The renderer's --canvas colour (styles/tokens.css), so the window does not flash before it paints.
export const WINDOW_BACKGROUND = '#f4f3ef';

export function createMainWindow(preloadPath: string, title: string): BrowserWindow {
  const window = new BrowserWindow({
    title,
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    show: false,
    backgroundColor: WINDOW_BACKGROUND,
    autoHideMenuBar: false,
    webPreferences: secureWebPreferences(preloadPath),
  });
  // The title names the workspace; the page's own <title> must not replace it.
  window.on('page-title-updated', (event) => event.preventDefault());
  window.once('ready-to-show', () => window.show());
  loadApp(window);
  return window;
}

/** (Re)loads the app from its start page: also used after another workspace is opened. */
export function loadApp(window: BrowserWindow): void {
  window.loadURL(APP_ENTRY_URL).catch((error: unknown) => {
    console.error(`Concord could not load ${APP_ENTRY_URL}:`, error);
  });
}
