// Which browser prints PDFs, decided per platform from stated facts: no Chrome, Edge or
// Chromium needs to be installed for these, except the last test, which asks this machine.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BrowserFacts } from '../../src-main/reports/browser-finder.js';
import {
  browserName,
  chooseBrowser,
  noBrowserMessage,
} from '../../src-main/reports/browser-finder.js';
import { findInstalledBrowser } from '../../src-main/reports/installed-browser.js';

function facts(
  platform: NodeJS.Platform,
  env: Record<string, string>,
  installed: string[],
  chromeInstallations: string[] = [],
): BrowserFacts {
  const present = new Set(installed);
  return { platform, env, chromeInstallations, exists: (path) => present.has(path) };
}

const WINDOWS_ENV = {
  'ProgramFiles(x86)': 'C:\\Program Files (x86)',
  ProgramFiles: 'C:\\Program Files',
  LOCALAPPDATA: 'C:\\Users\\ana\\AppData\\Local',
};
const EDGE_X86 = 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe';
const CHROME_WIN = 'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe';
const CHROME_MAC = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
const EDGE_MAC = '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge';

describe('on Windows', () => {
  it('finds Edge when it is the only browser', () => {
    expect(chooseBrowser(facts('win32', WINDOWS_ENV, [EDGE_X86]))).toEqual({
      ok: true,
      browser: { name: 'Microsoft Edge', path: EDGE_X86 },
    });
  });

  it('finds Edge in Program Files and in a per-user install, whatever the case of the variables', () => {
    const perMachine = 'C:\\Program Files\\Microsoft\\Edge\\Application\\msedge.exe';
    const perUser = 'C:\\Users\\ana\\AppData\\Local\\Microsoft\\Edge\\Application\\msedge.exe';
    expect(chooseBrowser(facts('win32', WINDOWS_ENV, [perMachine]))).toMatchObject({
      browser: { path: perMachine },
    });
    const upper = { PROGRAMFILES: 'C:\\Program Files', LOCALAPPDATA: WINDOWS_ENV.LOCALAPPDATA };
    expect(chooseBrowser(facts('win32', upper, [perUser]))).toMatchObject({
      browser: { name: 'Microsoft Edge', path: perUser },
    });
  });

  it('prefers the Chrome chrome-launcher found over Edge', () => {
    expect(
      chooseBrowser(facts('win32', WINDOWS_ENV, [EDGE_X86, CHROME_WIN], [CHROME_WIN])),
    ).toEqual({ ok: true, browser: { name: 'Google Chrome', path: CHROME_WIN } });
  });

  it('skips an installation that has gone since chrome-launcher looked', () => {
    expect(chooseBrowser(facts('win32', WINDOWS_ENV, [EDGE_X86], [CHROME_WIN]))).toMatchObject({
      browser: { name: 'Microsoft Edge' },
    });
  });
});

describe('on macOS', () => {
  it('finds Chrome through chrome-launcher', () => {
    expect(
      chooseBrowser(facts('darwin', { HOME: '/Users/ana' }, [CHROME_MAC], [CHROME_MAC])),
    ).toEqual({
      ok: true,
      browser: { name: 'Google Chrome', path: CHROME_MAC },
    });
  });

  it('finds Edge, and Chromium in the user’s own Applications folder', () => {
    expect(chooseBrowser(facts('darwin', { HOME: '/Users/ana' }, [EDGE_MAC]))).toMatchObject({
      browser: { name: 'Microsoft Edge', path: EDGE_MAC },
    });
    const chromium = '/Users/ana/Applications/Chromium.app/Contents/MacOS/Chromium';
    expect(chooseBrowser(facts('darwin', { HOME: '/Users/ana' }, [chromium]))).toMatchObject({
      browser: { name: 'Chromium', path: chromium },
    });
  });
});

describe('on Linux', () => {
  it('finds Debian’s /usr/bin/chromium on the PATH, and in /usr/bin when the PATH is empty', () => {
    const found = { ok: true, browser: { name: 'Chromium', path: '/usr/bin/chromium' } };
    expect(
      chooseBrowser(facts('linux', { PATH: '/usr/local/bin:/usr/bin' }, ['/usr/bin/chromium'])),
    ).toEqual(found);
    expect(chooseBrowser(facts('linux', {}, ['/usr/bin/chromium']))).toEqual(found);
  });

  it('takes chrome-launcher’s order first, then Edge from the PATH', () => {
    const chrome = '/usr/bin/google-chrome-stable';
    const both = ['/usr/bin/chromium', chrome];
    expect(
      chooseBrowser(facts('linux', { PATH: '/usr/bin' }, both, [chrome, '/usr/bin/chromium'])),
    ).toMatchObject({ browser: { name: 'Google Chrome', path: chrome } });
    expect(
      chooseBrowser(facts('linux', { PATH: '/opt/bin' }, ['/opt/bin/microsoft-edge'])),
    ).toMatchObject({ browser: { name: 'Microsoft Edge', path: '/opt/bin/microsoft-edge' } });
  });

  it('leaves out Windows browsers that chrome-launcher reports under WSL', () => {
    const exe = '/mnt/c/Program Files/Google/Chrome/Application/chrome.exe';
    expect(chooseBrowser(facts('linux', { PATH: '/usr/bin' }, [exe], [exe]))).toMatchObject({
      ok: false,
    });
  });
});

describe('CONCORD_CHROMIUM', () => {
  it('wins over every browser found', () => {
    const own = '/opt/brave/brave-browser';
    expect(
      chooseBrowser(
        facts('linux', { CONCORD_CHROMIUM: own, PATH: '/usr/bin' }, [own, '/usr/bin/chromium']),
      ),
    ).toEqual({ ok: true, browser: { name: 'brave-browser', path: own } });
    expect(
      chooseBrowser(
        facts('win32', { ...WINDOWS_ENV, CONCORD_CHROMIUM: CHROME_WIN }, [CHROME_WIN, EDGE_X86]),
      ),
    ).toMatchObject({ browser: { name: 'Google Chrome', path: CHROME_WIN } });
  });

  it('names itself when it points at nothing, rather than printing with another browser', () => {
    const choice = chooseBrowser(
      facts('linux', { CONCORD_CHROMIUM: '/nowhere/chrome', PATH: '/usr/bin' }, [
        '/usr/bin/chromium',
      ]),
    );
    expect(choice.ok).toBe(false);
    if (!choice.ok) {
      expect(choice.message).toContain('CONCORD_CHROMIUM is set to /nowhere/chrome');
    }
  });
});

describe('with no browser', () => {
  it('says what to install in the words of each platform', () => {
    for (const platform of ['win32', 'darwin', 'linux'] as const) {
      const choice = chooseBrowser(facts(platform, { PATH: '/usr/bin', ...WINDOWS_ENV }, []));
      expect(choice).toEqual({ ok: false, message: noBrowserMessage(platform) });
    }
    const windows = noBrowserMessage('win32');
    expect(windows).toContain('No Chrome, Edge or Chromium was found');
    expect(windows).toContain('Microsoft Edge');
    expect(windows).toContain('msedge.exe');
    expect(noBrowserMessage('darwin')).toContain('/Applications/Google Chrome.app');
    expect(noBrowserMessage('linux')).toContain('apt-get install chromium');
    for (const platform of ['win32', 'darwin', 'linux'] as const) {
      expect(noBrowserMessage(platform)).toContain('CONCORD_CHROMIUM');
      expect(noBrowserMessage(platform)).toContain('--out FILE.html');
    }
  });
});

describe('browser names', () => {
  it('are the everyday names of the programs', () => {
    expect(browserName('C:\\Program Files\\Google\\Chrome SxS\\Application\\chrome.exe')).toBe(
      'Google Chrome Canary',
    );
    expect(browserName('/opt/google/chrome/chrome')).toBe('Google Chrome');
    expect(browserName('/opt/microsoft/msedge/msedge')).toBe('Microsoft Edge');
    expect(browserName('/snap/bin/chromium')).toBe('Chromium');
    expect(browserName('C:\\Tools\\thorium.exe')).toBe('thorium');
  });
});

describe('loading chrome-launcher', () => {
  it('happens only when a browser is looked for: no module imports it up front', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
        entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)],
      );
    const eager = files('src-main').filter((file) =>
      /^import\s[^;]*\sfrom\s+'chrome-launcher'/m.test(readFileSync(file, 'utf8')),
    );
    expect(eager).toEqual([]);
    expect(readFileSync('src-main/reports/installed-browser.ts', 'utf8')).toContain(
      "await import('chrome-launcher')",
    );
  });
});

describe.skipIf(process.platform !== 'linux' || !existsSync('/usr/bin/chromium'))(
  'on this machine (needs /usr/bin/chromium)',
  () => {
    it('finds a browser through chrome-launcher and the PATH', async () => {
      const found = await findInstalledBrowser({ PATH: process.env.PATH ?? '' });
      expect(found.ok).toBe(true);
      if (found.ok) expect(existsSync(found.browser.path)).toBe(true);
      expect(await findInstalledBrowser({ PATH: '' })).toMatchObject({ ok: true });
    });
  },
);
