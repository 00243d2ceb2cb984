// The security decisions of the Electron shell, as pure functions so each one is unit-tested
// without Electron. The Electron-side files only wire these to events.
import type { WebPreferences } from 'electron';
import { isAppUrl } from './app-url.js';

/**
 * Hosts whose https pages a link in the app may open in the system browser. Empty on purpose:
 * Concord works offline and links nowhere. Add a host only for Concord's own published docs,
 * never a host that serves user content.
 */
export const EXTERNAL_HOSTS: readonly string[] = [];

/** Electron's security checklist for the one window: the renderer is a plain, sandboxed web page. */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    spellcheck: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
  };
}

/** Only the app's own pages may be navigated to or redirected to inside the window. */
export function mayNavigate(url: string): boolean {
  return isAppUrl(url);
}

export function isAllowedExternalUrl(
  url: string,
  hosts: readonly string[] = EXTERNAL_HOSTS,
): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === 'https:' &&
    parsed.username === '' &&
    parsed.password === '' &&
    parsed.port === '' &&
    hosts.includes(parsed.hostname.toLowerCase())
  );
}

/**
 * An IPC call is trusted only from the main frame of Concord's window while it shows the app's
 * own origin: not from a subframe, not after a (blocked) navigation elsewhere, not from a frame
 * that is already gone (no URL).
 */
export function isTrustedSender(
  frameUrl: string | null | undefined,
  isOurMainFrame: boolean,
): boolean {
  return isOurMainFrame && typeof frameUrl === 'string' && isAppUrl(frameUrl);
}
