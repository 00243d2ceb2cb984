// Gathers the facts browser-finder.ts decides on, from this machine. chrome-launcher is loaded
// only when a PDF is wanted, so that every other `concord` command starts without it.
import { existsSync } from 'node:fs';
import type { BrowserChoice } from './browser-finder.js';
import { chooseBrowser } from './browser-finder.js';

let chromeInstallations: Promise<string[]> | null = null;

/** The browser that would print a PDF here now, or why there is none. */
export async function findInstalledBrowser(
  env: NodeJS.ProcessEnv = process.env,
): Promise<BrowserChoice> {
  // chrome-launcher's search runs `which` and greps desktop files (about 150 ms here; on macOS
  // it may ask LaunchServices): once per process. CONCORD_CHROMIUM, the Edge and PATH
  // candidates and whether each file still exists are read afresh every time.
  chromeInstallations ??= askChromeLauncher();
  return chooseBrowser({
    platform: process.platform,
    env,
    chromeInstallations: await chromeInstallations,
    exists: existsSync,
  });
}

async function askChromeLauncher(): Promise<string[]> {
  try {
    const { Launcher, getChromePath } = await import('chrome-launcher');
    // On macOS the full list needs a slow LaunchServices dump; the first installation is
    // checked at the usual places first.
    return process.platform === 'darwin' ? [getChromePath()] : Launcher.getInstallations();
  } catch {
    // It throws when it finds nothing (and on platforms it does not know).
    return [];
  }
}
