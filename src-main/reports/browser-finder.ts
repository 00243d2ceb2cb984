// Which installed browser prints PDFs: a pure decision over facts about this machine (its
// platform, environment, what chrome-launcher found and which files exist), so that it can be
// tested for Windows, macOS and Linux on any machine. installed-browser.ts gathers the facts.
import { posix, win32 } from 'node:path';

export interface BrowserFacts {
  platform: NodeJS.Platform;
  env: Readonly<Record<string, string | undefined>>;
  /** The Chrome and Chromium installations chrome-launcher found, best first. */
  chromeInstallations: readonly string[];
  exists(path: string): boolean;
}

export interface FoundBrowser {
  /** Said to the user, e.g. "Google Chrome". */
  name: string;
  path: string;
}

export type BrowserChoice = { ok: true; browser: FoundBrowser } | { ok: false; message: string };

export const OVERRIDE_VARIABLE = 'CONCORD_CHROMIUM';

/** Linux program names searched on the PATH (and in /usr/bin, where Debian puts chromium). */
const LINUX_NAMES = [
  'chromium',
  'chromium-browser',
  'google-chrome',
  'google-chrome-stable',
  'microsoft-edge',
  'microsoft-edge-stable',
];

/**
 * CONCORD_CHROMIUM when set (and nothing else, so a wrong setting is reported rather than
 * quietly replaced); else Chrome or Chromium as chrome-launcher finds them; else the places
 * chrome-launcher does not look: Edge everywhere, Chromium.app on macOS, the PATH on Linux.
 */
export function chooseBrowser(facts: BrowserFacts): BrowserChoice {
  const override = envValue(facts, OVERRIDE_VARIABLE);
  if (override !== undefined && override !== '') {
    return facts.exists(override)
      ? { ok: true, browser: { name: browserName(override), path: override } }
      : {
          ok: false,
          message:
            `${OVERRIDE_VARIABLE} is set to ${override}, but there is no program there. ` +
            `Point it at Chrome, Edge or Chromium, or unset it to let Concord look for one.`,
        };
  }
  for (const path of candidates(facts)) {
    if (facts.exists(path)) return { ok: true, browser: { name: browserName(path), path } };
  }
  return { ok: false, message: noBrowserMessage(facts.platform) };
}

function candidates(facts: BrowserFacts): string[] {
  // Under WSL chrome-launcher also reports the Windows browsers, which cannot print to a Linux
  // path: only a Windows process runs an .exe here.
  const chrome = facts.chromeInstallations.filter(
    (path) => facts.platform === 'win32' || !/\.exe$/i.test(path),
  );
  switch (facts.platform) {
    case 'win32':
      return [...chrome, ...windowsEdge(facts)];
    case 'darwin':
      return [...chrome, ...macApps(facts)];
    default:
      return [...chrome, ...onPath(facts)];
  }
}

function windowsEdge(facts: BrowserFacts): string[] {
  const suffix = ['Microsoft', 'Edge', 'Application', 'msedge.exe'];
  return ['ProgramFiles(x86)', 'ProgramFiles', 'LOCALAPPDATA']
    .map((name) => envValue(facts, name))
    .filter((dir): dir is string => dir !== undefined && dir !== '')
    .map((dir) => win32.join(dir, ...suffix));
}

function macApps(facts: BrowserFacts): string[] {
  const apps = [
    'Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    'Chromium.app/Contents/MacOS/Chromium',
  ];
  const home = envValue(facts, 'HOME');
  const folders = ['/Applications', ...(home ? [posix.join(home, 'Applications')] : [])];
  return folders.flatMap((folder) => apps.map((app) => posix.join(folder, app)));
}

function onPath(facts: BrowserFacts): string[] {
  const dirs = (envValue(facts, 'PATH') ?? '').split(posix.delimiter).filter((d) => d !== '');
  const unique = [...new Set([...dirs, '/usr/bin'])];
  return LINUX_NAMES.flatMap((name) => unique.map((dir) => posix.join(dir, name)));
}

/** Windows spells its variables in any case (ProgramFiles, PROGRAMFILES); POSIX does not. */
function envValue(facts: BrowserFacts, name: string): string | undefined {
  if (facts.platform !== 'win32') return facts.env[name];
  const key = Object.keys(facts.env).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : facts.env[key];
}

const KNOWN_NAMES: readonly [RegExp, string][] = [
  [/msedge(\.exe)?$|microsoft[ -]edge/i, 'Microsoft Edge'],
  [/chrome sxs|chrome canary/i, 'Google Chrome Canary'],
  [/google[ -]chrome|[\\/]chrome(\.exe)?$/i, 'Google Chrome'],
  [/chromium/i, 'Chromium'],
];

/** The browser's everyday name, from the path of its program. */
export function browserName(path: string): string {
  for (const [pattern, name] of KNOWN_NAMES) if (pattern.test(path)) return name;
  const base = win32.basename(path).replace(/\.exe$/i, '');
  return base === '' ? path : base;
}

/** What to do when no browser can print, in the words of this platform. */
export function noBrowserMessage(platform: NodeJS.Platform): string {
  const start = 'No Chrome, Edge or Chromium was found on this computer to print the PDF.';
  const html = 'or write the report as HTML (--out FILE.html) and print that from a browser.';
  switch (platform) {
    case 'win32':
      return (
        `${start} Install Google Chrome or Microsoft Edge, set ${OVERRIDE_VARIABLE} to the full ` +
        `path of chrome.exe or msedge.exe, ${html}`
      );
    case 'darwin':
      return (
        `${start} Install Google Chrome, Microsoft Edge or Chromium in Applications, set ` +
        `${OVERRIDE_VARIABLE} to the browser's program (for example ` +
        `/Applications/Google Chrome.app/Contents/MacOS/Google Chrome), ${html}`
      );
    default:
      return (
        `${start} Install one (Debian/Ubuntu: \`apt-get install chromium\`), set ` +
        `${OVERRIDE_VARIABLE} to its program, ${html}`
      );
  }
}
