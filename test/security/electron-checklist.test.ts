// The items of Electron's security checklist that the existing shell tests (test/electron/) do
// not already pin down: what the preload really hands the page (source and built bundle), the
// CSP in the page itself as built, the fuses in the packaging config, and app:// confinement
// under random traversal attempts. The checks of the built bundle run whenever it must exist (CI,
// and `npm test`, whose `npm run dist:check` builds it). The rest is covered there: webPreferences and navigation
// (security.test.ts), permissions, window-open, webviews and the IPC sender check
// (main-wiring.test.ts), app:// responses (app-response.test.ts).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { describe, expect, it, vi } from 'vitest';
import { seededRandom } from '../../src-main/domain/order.js';
import { resolveAppUrl } from '../../src-main/electron/app-url.js';
import { CHANNELS } from '../../src-main/electron/channels.js';

const repo = path.resolve(import.meta.dirname, '../..');

/**
 * Whether the desktop bundle (out/electron) must be here: in CI, and wherever `npm run
 * dist:check` has run (`npm test` runs it first; it builds the bundle and leaves its report).
 * Then a missing bundle fails these tests; a quick `npx vitest run` on a fresh clone skips
 * the checks of the built files instead.
 */
const ci = (process.env.CI ?? '').trim().toLowerCase();
const builtRequired =
  !['', '0', 'false'].includes(ci) || existsSync(path.join(repo, 'out/dist-check/report.json'));
const BUILD_HINT = 'is missing: `npm run dist:check` (or `npm run build:electron`) builds it';

type Listener = (...args: unknown[]) => void;

/** A stand-in for the parts of 'electron' a preload can reach, recording what it exposes. */
function fakeElectron() {
  const exposed = new Map<string, unknown>();
  const listeners = new Map<string, Listener[]>();
  const ipcRenderer = {
    invoke: vi.fn((..._args: unknown[]) => Promise.resolve({ ok: true })),
    send: vi.fn(),
    sendSync: vi.fn(),
    on: vi.fn((channel: string, listener: Listener) => {
      listeners.set(channel, [...(listeners.get(channel) ?? []), listener]);
    }),
    removeListener: vi.fn((channel: string, listener: Listener) => {
      listeners.set(
        channel,
        (listeners.get(channel) ?? []).filter((l) => l !== listener),
      );
    }),
  };
  const contextBridge = {
    exposeInMainWorld: vi.fn((key: string, api: unknown) => exposed.set(key, api)),
  };
  return { module: { contextBridge, ipcRenderer }, exposed, listeners, ipcRenderer };
}

const electron = vi.hoisted(() => ({ current: undefined as unknown }));
vi.mock('electron', () => electron.current as object);

/** Everything reachable from a value: its own properties, recursively, and function sources. */
function reachable(value: unknown, seen = new Set<unknown>()): unknown[] {
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null) return [];
  if (seen.has(value)) return [];
  seen.add(value);
  return [value, ...Object.values(value).flatMap((v) => reachable(v, seen))];
}

async function checkBridge(fake: ReturnType<typeof fakeElectron>) {
  expect([...fake.exposed.keys()]).toEqual(['concord', 'concordFiles']);
  await checkApi(fake);
  await checkFiles(fake);
}

async function checkApi(fake: ReturnType<typeof fakeElectron>) {
  const api = fake.exposed.get('concord') as {
    invoke(method: unknown, input: unknown): Promise<unknown>;
    subscribe(listener: unknown): () => void;
  };
  expect(Object.keys(api).sort()).toEqual(['invoke', 'subscribe']);
  // Not ipcRenderer itself, nor any of its methods, anywhere in what the page gets.
  const ipcParts = new Set<unknown>([fake.ipcRenderer, ...Object.values(fake.ipcRenderer)]);
  expect(reachable(api).filter((v) => ipcParts.has(v))).toEqual([]);

  // invoke reaches one channel only, whatever the page passes.
  await api.invoke('sessions.list', {});
  await api.invoke('concord:change', {});
  // (Messages, not classes: the built bundle runs in its own realm.)
  await expect(api.invoke({ toString: () => 'x' }, {})).rejects.toThrow(/method must be a name/);
  expect(fake.ipcRenderer.invoke.mock.calls.map((c) => c[0])).toEqual([
    CHANNELS.invoke,
    CHANNELS.invoke,
  ]);
  expect(fake.ipcRenderer.send).not.toHaveBeenCalled();
  expect(fake.ipcRenderer.sendSync).not.toHaveBeenCalled();

  // subscribe hears the change channel only and never sees the IPC event (it holds sender).
  const heard: unknown[][] = [];
  const stop = api.subscribe((...args: unknown[]) => heard.push(args));
  expect(fake.ipcRenderer.on.mock.calls.map((c) => c[0])).toEqual([CHANNELS.change]);
  const event = { sender: fake.ipcRenderer, ports: [] };
  for (const listener of fake.listeners.get(CHANNELS.change) ?? [])
    listener(event, { topic: 'scores' });
  expect(heard).toEqual([[{ topic: 'scores' }]]);
  stop();
  expect(fake.listeners.get(CHANNELS.change)).toEqual([]);
  expect(() => api.subscribe('not a function')).toThrow(/needs a function/);
}

/** window.concordFiles: the package the system opened with Concord, named by id only. */
async function checkFiles(fake: ReturnType<typeof fakeElectron>) {
  const files = fake.exposed.get('concordFiles') as {
    onPackageOpened(listener: unknown): () => void;
    openedPackage(): Promise<unknown>;
    readOpenedPackage(id: unknown): Promise<unknown>;
    dismissOpenedPackage(id: unknown): Promise<unknown>;
  };
  expect(Object.keys(files).sort()).toEqual([
    'dismissOpenedPackage',
    'onPackageOpened',
    'openedPackage',
    'readOpenedPackage',
  ]);
  const ipcParts = new Set<unknown>([fake.ipcRenderer, ...Object.values(fake.ipcRenderer)]);
  expect(reachable(files).filter((v) => ipcParts.has(v))).toEqual([]);

  fake.ipcRenderer.invoke.mockClear();
  fake.ipcRenderer.on.mockClear();
  await files.openedPackage();
  await files.readOpenedPackage('p1');
  await files.dismissOpenedPackage('p1');
  // Never a path or anything else but an id string.
  await expect(files.readOpenedPackage({ path: '/etc/passwd' })).rejects.toThrow(/id/);
  await expect(files.dismissOpenedPackage(1)).rejects.toThrow(/id/);
  expect(fake.ipcRenderer.invoke.mock.calls).toEqual([
    [CHANNELS.openedPackage],
    [CHANNELS.readOpenedPackage, 'p1'],
    [CHANNELS.dismissOpenedPackage, 'p1'],
  ]);
  expect(fake.ipcRenderer.send).not.toHaveBeenCalled();
  expect(fake.ipcRenderer.sendSync).not.toHaveBeenCalled();

  // The page hears that a package was opened, and nothing else: not the event, not its data.
  const heard: unknown[][] = [];
  const stop = files.onPackageOpened((...args: unknown[]) => heard.push(args));
  expect(fake.ipcRenderer.on.mock.calls.map((c) => c[0])).toEqual([CHANNELS.packageOpened]);
  const event = { sender: fake.ipcRenderer, ports: [] };
  for (const listener of fake.listeners.get(CHANNELS.packageOpened) ?? [])
    listener(event, { path: '/home/teacher/x.concord' });
  expect(heard).toEqual([[]]);
  stop();
  expect(fake.listeners.get(CHANNELS.packageOpened)).toEqual([]);
  expect(() => files.onPackageOpened('not a function')).toThrow(/function/);
}

describe('the preload', () => {
  it('exposes only window.concord and window.concordFiles, never ipcRenderer (source)', async () => {
    const fake = fakeElectron();
    electron.current = fake.module;
    await import('../../src-main/electron/preload.js');
    await checkBridge(fake);
  });

  const built = path.join(repo, 'out/electron/preload/index.cjs');
  const present = existsSync(built);
  it.skipIf(!present && !builtRequired)(
    'does the same as built for the app (out/electron)',
    async () => {
      expect(existsSync(built), `out/electron/preload/index.cjs ${BUILD_HINT}`).toBe(true);
      const fake = fakeElectron();
      const module = { exports: {} };
      const require = (name: string) => {
        if (name === 'electron') return fake.module;
        throw new Error(`the sandboxed preload may not require ${name}`);
      };
      vm.runInNewContext(readFileSync(built, 'utf8'), {
        require,
        module,
        exports: module.exports,
      });
      await checkBridge(fake);
    },
  );
});

describe('the CSP inside the page', () => {
  const desktopPage = 'out/electron/renderer/index.html';
  const pages = ['src-renderer/index.html', 'out/renderer/index.html', desktopPage].filter(
    (p) => existsSync(path.join(repo, p)) || (p === desktopPage && builtRequired),
  );

  it('is checked on the source page at least', () => {
    expect(pages).toContain('src-renderer/index.html');
  });

  it.skipIf(!builtRequired)('is checked on the desktop app’s built page', () => {
    expect(existsSync(path.join(repo, desktopPage)), `${desktopPage} ${BUILD_HINT}`).toBe(true);
  });

  it.each(pages)('%s: a meta CSP without inline or eval script, and no inline script', (page) => {
    const html = readFileSync(path.join(repo, page), 'utf8');
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html);
    expect(meta, 'a CSP meta tag').not.toBeNull();
    const policy = meta![1]!;
    const scriptSrc =
      /(?:^|;)\s*script-src ([^;]+)/.exec(policy)?.[1] ??
      /(?:^|;)\s*default-src ([^;]+)/.exec(policy)?.[1];
    expect(scriptSrc?.trim()).toBe("'self'");
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes|\*/);
    expect(policy).toMatch(/object-src 'none'/);
    // Every script is a file; no inline handler attribute either.
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, body] of scripts) {
      expect(attributes).toMatch(/\bsrc=/);
      expect(body!.trim()).toBe('');
    }
    expect(html).not.toMatch(/\son[a-z]+\s*=/i);
  });
});

describe('packaging', () => {
  it('flips the Electron fuses in electron-builder.yml', () => {
    const yaml = readFileSync(path.join(repo, 'electron-builder.yml'), 'utf8');
    const block = /^electronFuses:\n((?:[ \t]+.*\n|[ \t]*#.*\n|\n)+)/m.exec(yaml)?.[1] ?? '';
    const fuses = Object.fromEntries(
      [...block.matchAll(/^[ \t]+([A-Za-z]+):[ \t]*(true|false)[ \t]*$/gm)].map((m) => [
        m[1],
        m[2] === 'true',
      ]),
    );
    expect(fuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
    // The app is packed into the archive (`asar: true`, or settings for it), never left loose.
    expect(yaml).toMatch(/^asar:(?: true\n|\n(?:[ \t]+#.*\n)*[ \t]+[a-zA-Z])/m);
    expect(yaml).not.toMatch(/^asar:\s*(?:false|null)\s*$/m);
  });
});

describe('app:// confinement under random traversal attempts', () => {
  const root = path.resolve('/srv/concord/renderer');
  const PIECES = [
    '..',
    '.',
    '%2e%2e',
    '%2E.',
    '.%2e',
    '%2f',
    '%5c',
    '\\',
    '%00',
    '',
    'assets',
    'index.html',
    'a',
    'C:',
    '%3a',
    '..%2f',
    '%252e%252e',
    '\u2025',
    '%c0%ae%c0%ae',
    '?',
    '#',
  ];
  const ATTEMPTS = 3000;

  it(`never resolves outside the renderer folder in ${ATTEMPTS} attempts`, () => {
    const random = seededRandom(0xa99);
    const escapes: string[] = [];
    let served = 0;
    for (let i = 0; i < ATTEMPTS; i++) {
      const segments = Array.from(
        { length: 1 + Math.floor(random() * 6) },
        () => PIECES[Math.floor(random() * PIECES.length)],
      );
      const url = `app://concord/${segments.join(random() < 0.8 ? '/' : '\\')}`;
      const file = resolveAppUrl(root, url);
      if (file === null) continue;
      served++;
      const relative = path.relative(root, file);
      if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative))
        escapes.push(`${url} -> ${file}`);
    }
    expect(escapes).toEqual([]);
    expect(served).toBeGreaterThan(0);
    console.info(`app:// traversal attempts: ${ATTEMPTS} (${served} resolved inside the folder)`);
  });
});
