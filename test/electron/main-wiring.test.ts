// Runs the real Electron entry (main.ts) against a stand-in 'electron' module, to check the
// wiring that the type checker cannot: what is registered, when, and with which settings.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../src-main/electron/channels.js';
import { CONTENT_SECURITY_POLICY } from '../../src-main/transports/security-headers.js';
import { tempDir } from '../helpers/workspace.js';

type Handler = (...args: unknown[]) => unknown;

const fake = vi.hoisted(() => {
  const calls: string[] = [];
  const appHandlers = new Map<string, Handler[]>();
  const windows: FakeWindow[] = [];
  class FakeWindow {
    handlers = new Map<string, Handler>();
    webContents = { id: 7, send: vi.fn(), mainFrame: { parent: null } };
    loaded: string[] = [];
    minimized = true;
    restore = vi.fn(() => (this.minimized = false));
    show = vi.fn();
    focus = vi.fn();
    isMinimized() {
      return this.minimized;
    }
    constructor(public options: Record<string, unknown>) {
      calls.push('new BrowserWindow');
      windows.push(this);
    }
    on(event: string, handler: Handler) {
      this.handlers.set(event, handler);
      return this;
    }
    once(event: string, handler: Handler) {
      return this.on(event, handler);
    }
    loadURL(url: string) {
      this.loaded.push(url);
      return Promise.resolve();
    }
    isDestroyed() {
      return false;
    }
    setTitle() {}
    static getAllWindows() {
      return windows;
    }
  }
  const module = {
    app: {
      requestSingleInstanceLock: () => true,
      on: (event: string, handler: Handler) =>
        appHandlers.set(event, [...(appHandlers.get(event) ?? []), handler]),
      whenReady: () => {
        calls.push('whenReady');
        return Promise.resolve();
      },
      isPackaged: false,
      getVersion: () => '0.0.0-test',
      setAboutPanelOptions: vi.fn(),
      showAboutPanel: vi.fn(),
      quit: vi.fn(),
      exit: vi.fn(),
      setAppLogsPath: vi.fn(() => calls.push('setAppLogsPath')),
      setPath: vi.fn((name: string) => calls.push(`setPath ${name}`)),
      getPath: (name: string) => `/fake/${name}`,
    },
    crashReporter: { start: vi.fn(() => calls.push('crashReporter.start')) },
    clipboard: { writeText: vi.fn() },
    protocol: {
      registerSchemesAsPrivileged: vi.fn(() => calls.push('registerSchemesAsPrivileged')),
      handle: vi.fn(),
    },
    session: {
      defaultSession: { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() },
    },
    ipcMain: { handle: vi.fn() },
    Menu: { buildFromTemplate: (template: unknown) => template, setApplicationMenu: vi.fn() },
    dialog: {
      showErrorBox: vi.fn(),
      showMessageBox: vi.fn((..._args: unknown[]) => Promise.resolve({ response: 0 })),
      showOpenDialog: vi.fn(),
    },
    shell: { openExternal: vi.fn(), showItemInFolder: vi.fn() },
    BrowserWindow: FakeWindow,
  };
  return { module, calls, appHandlers, windows };
});

vi.mock('electron', () => fake.module);

let dir: string;
let firstPackage: string;
const argv = [...process.argv];
const processListeners = {
  uncaughtException: process.listeners('uncaughtException'),
  unhandledRejection: process.listeners('unhandledRejection'),
};

beforeAll(async () => {
  dir = tempDir('concord-main-');
  process.env.CONCORD_WORKSPACE = path.join(dir, 'ws.sqlite');
  process.env.CONCORD_HOME = dir;
  // Double-clicking a package launches the app with its path on the command line.
  firstPackage = path.join(dir, 'October moderation.concord');
  writeFileSync(firstPackage, 'PK-first');
  process.argv.push(firstPackage);
  await import('../../src-main/electron/main.js');
  await new Promise((resolve) => setTimeout(resolve, 0));
});

afterAll(() => {
  for (const handler of fake.appHandlers.get('will-quit') ?? []) handler();
  process.argv.splice(0, process.argv.length, ...argv);
  // The entry's handlers for errors nothing caught must not outlive it in this test process.
  for (const listener of process.listeners('uncaughtException')) {
    if (!processListeners.uncaughtException.includes(listener)) {
      process.off('uncaughtException', listener);
    }
  }
  for (const listener of process.listeners('unhandledRejection')) {
    if (!processListeners.unhandledRejection.includes(listener)) {
      process.off('unhandledRejection', listener);
    }
  }
  delete process.env.CONCORD_WORKSPACE;
  delete process.env.CONCORD_HOME;
  rmSync(dir, { recursive: true, force: true });
});

const appHandler = (event: string) => {
  const handler = fake.appHandlers.get(event)?.[0];
  if (!handler) throw new Error(`nothing listens to app '${event}'`);
  return handler;
};
const ipcHandler = (channel: string) => {
  const found = fake.module.ipcMain.handle.mock.calls.find((call) => call[0] === channel);
  if (!found) throw new Error(`no handler for ${channel}`);
  return found[1] as Handler;
};
const fromWindow = {
  sender: { id: 7 },
  senderFrame: { url: 'app://concord/index.html#/data', parent: null },
};
const logText = () => readFileSync(path.join(dir, 'logs', 'concord-app.log'), 'utf8');

const window = () => {
  const created = fake.windows[0];
  if (!created) throw new Error('no window was created');
  return created;
};
const invoke = () => ipcHandler(CHANNELS.invoke);

describe('the Electron entry', () => {
  it('grants app:// its privileges before the app is ready', () => {
    expect(fake.calls.indexOf('registerSchemesAsPrivileged')).toBeLessThan(
      fake.calls.indexOf('whenReady'),
    );
    expect(fake.module.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('serves app:// with the CSP', async () => {
    const [scheme, handler] = fake.module.protocol.handle.mock.calls[0] as [string, Handler];
    expect(scheme).toBe('app');
    const response = (await handler({ url: 'app://concord/../x', method: 'GET' })) as Response;
    expect(response.status).toBe(404);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('opens one sandboxed window on app://concord with the built preload', () => {
    expect(fake.windows).toHaveLength(1);
    const prefs = window().options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false });
    expect(String(prefs.preload)).toMatch(/preload[/\\]index\.cjs$/);
    expect(window().loaded).toEqual(['app://concord/index.html']);
    expect(window().options.title).toBe('Concord — ws.sqlite');
  });

  it('denies every permission', () => {
    const { setPermissionRequestHandler, setPermissionCheckHandler } =
      fake.module.session.defaultSession;
    const request = setPermissionRequestHandler.mock.calls[0]?.[0] as Handler;
    const callback = vi.fn();
    request({}, 'media', callback, {});
    expect(callback).toHaveBeenCalledWith(false);
    const check = setPermissionCheckHandler.mock.calls[0]?.[0] as Handler;
    expect(check({}, 'notifications', 'app://concord', {})).toBe(false);
  });

  it('guards every web contents: navigation, redirects, new windows, webviews', () => {
    const created = appHandler('web-contents-created');
    const handlers = new Map<string, Handler>();
    let openHandler: Handler = () => undefined;
    created(
      {},
      {
        on: (event: string, handler: Handler) => handlers.set(event, handler),
        setWindowOpenHandler: (handler: Handler) => (openHandler = handler),
      },
    );
    const outcome = (event: string, url?: string) => {
      const preventDefault = vi.fn();
      handlers.get(event)?.({ preventDefault }, url);
      return preventDefault.mock.calls.length > 0 ? 'blocked' : 'allowed';
    };
    expect(outcome('will-navigate', 'https://example.com/')).toBe('blocked');
    expect(outcome('will-navigate', 'app://concord/index.html')).toBe('allowed');
    expect(outcome('will-redirect', 'file:///etc/passwd')).toBe('blocked');
    expect(outcome('will-attach-webview')).toBe('blocked');
    expect(openHandler({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(fake.module.shell.openExternal).not.toHaveBeenCalled();
  });

  it('answers api calls from its own main frame only, as the owner', async () => {
    const event = (overrides: Record<string, unknown> = {}) => ({
      sender: { id: 7 },
      senderFrame: { url: 'app://concord/index.html#/', parent: null },
      ...overrides,
    });
    expect(await invoke()(event(), 'app.whoami', {})).toMatchObject({ ok: true });
    const refused = { ok: false, error: { code: 'forbidden' } };
    expect(await invoke()(event({ sender: { id: 8 } }), 'app.whoami', {})).toMatchObject(refused);
    const subframe = { url: 'app://concord/index.html', parent: {} };
    expect(await invoke()(event({ senderFrame: subframe }), 'app.whoami', {})).toMatchObject(
      refused,
    );
    const elsewhere = { url: 'https://example.com/', parent: null };
    expect(await invoke()(event({ senderFrame: elsewhere }), 'app.whoami', {})).toMatchObject(
      refused,
    );
    expect(await invoke()(event({ senderFrame: null }), 'app.whoami', {})).toMatchObject(refused);
    expect(await invoke()(event(), 7, {})).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
  });

  it('forwards change events to the window', async () => {
    const created = await invoke()(
      { sender: { id: 7 }, senderFrame: { url: 'app://concord/index.html', parent: null } },
      'competencies.create',
      { name: 'Communication' },
    );
    expect(created).toMatchObject({ ok: true });
    expect(window().webContents.send).toHaveBeenCalledWith(
      'concord:change',
      expect.objectContaining({ topic: expect.any(String) }),
    );
  });

  it('sets the application menu', () => {
    const template = fake.module.Menu.setApplicationMenu.mock.calls[0]?.[0] as { label: string }[];
    expect(template.map((item) => item.label)).toContain('&File');
  });

  it('keeps a log file in the log folder, and crash dumps beside it, never uploaded', () => {
    expect(fake.module.crashReporter.start).toHaveBeenCalledWith({ uploadToServer: false });
    expect(fake.calls.indexOf('setPath crashDumps')).toBeLessThan(
      fake.calls.indexOf('crashReporter.start'),
    );
    expect(fake.module.app.setPath).toHaveBeenCalledWith(
      'crashDumps',
      path.join(dir, 'logs', 'crash-dumps'),
    );
    expect(fake.module.app.setAppLogsPath).toHaveBeenCalledWith(path.join(dir, 'logs'));
    expect(logText()).toMatch(/\[info\]\s+Concord 0\.0\.0-test started \(desktop app\)/);
    expect(logText()).toContain(`Workspace opened: ${path.join(dir, 'ws.sqlite')}`);
  });

  it('hands the package of the first launch to its window, by id, once', async () => {
    const waiting = (await ipcHandler(CHANNELS.openedPackage)(fromWindow)) as {
      id: string;
      name: string;
      size: number;
    };
    expect(waiting).toEqual({
      id: expect.any(String),
      name: 'October moderation.concord',
      size: 8,
    });
    // Only Concord's own window may have it.
    const elsewhere = { sender: { id: 8 }, senderFrame: fromWindow.senderFrame };
    expect(await ipcHandler(CHANNELS.openedPackage)(elsewhere)).toBeNull();
    expect(await ipcHandler(CHANNELS.readOpenedPackage)(elsewhere, waiting.id)).toMatchObject({
      ok: false,
    });
    const read = (await ipcHandler(CHANNELS.readOpenedPackage)(fromWindow, waiting.id)) as {
      ok: boolean;
      bytes: Uint8Array;
    };
    expect(read.ok).toBe(true);
    expect(Buffer.from(read.bytes).toString()).toBe('PK-first');
    expect(await ipcHandler(CHANNELS.openedPackage)(fromWindow)).toBeNull();
    expect(logText()).toContain(`Package opened from the system: ${firstPackage}`);
  });

  it('brings the window to the front for a package from a second launch or from macOS', async () => {
    const second = path.join(dir, 'scores.concord');
    writeFileSync(second, 'PK-second');
    appHandler('second-instance')({}, ['concord', '--no-sandbox', 'scores.concord'], dir);
    expect(window().restore).toHaveBeenCalled();
    expect(window().focus).toHaveBeenCalled();
    expect(window().webContents.send).toHaveBeenCalledWith(CHANNELS.packageOpened);
    expect(await ipcHandler(CHANNELS.openedPackage)(fromWindow)).toMatchObject({
      name: 'scores.concord',
    });

    const preventDefault = vi.fn();
    const third = path.join(dir, 'from-finder.concord');
    writeFileSync(third, 'PK-third');
    appHandler('open-file')({ preventDefault }, third);
    expect(preventDefault).toHaveBeenCalled();
    const waiting = (await ipcHandler(CHANNELS.openedPackage)(fromWindow)) as { id: string };
    expect(waiting).toMatchObject({ name: 'from-finder.concord' });
    await ipcHandler(CHANNELS.dismissOpenedPackage)(fromWindow, waiting.id);
    expect(await ipcHandler(CHANNELS.openedPackage)(fromWindow)).toBeNull();

    // A second launch naming no package only brings the window forward.
    window().focus.mockClear();
    appHandler('second-instance')({}, ['concord'], dir);
    expect(window().focus).toHaveBeenCalledOnce();
  });

  it('reloads a window whose page stopped, and asks instead once it keeps stopping', async () => {
    const gone = appHandler('render-process-gone');
    const loadsBefore = window().loaded.length;
    fake.module.dialog.showMessageBox.mockClear();
    for (let i = 0; i < 3; i++) gone({}, { id: 7 }, { reason: 'crashed', exitCode: 1 });
    expect(window().loaded.length).toBe(loadsBefore + 3);
    expect(fake.module.dialog.showMessageBox).toHaveBeenCalledTimes(3);

    fake.module.dialog.showMessageBox.mockResolvedValueOnce({ response: 0 });
    gone({}, { id: 7 }, { reason: 'oom', exitCode: 1 });
    expect(window().loaded.length).toBe(loadsBefore + 3);
    const asked = fake.module.dialog.showMessageBox.mock.calls.at(-1)?.[1] as {
      buttons: string[];
    };
    expect(asked.buttons).toEqual(['Try Again', 'Quit Concord']);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(window().loaded.length).toBe(loadsBefore + 4); // "Try Again"

    // A hidden page (printing) is logged, not reloaded.
    gone({}, { id: 99 }, { reason: 'crashed', exitCode: 1 });
    expect(window().loaded.length).toBe(loadsBefore + 4);
    appHandler('child-process-gone')({}, { type: 'GPU', reason: 'crashed', exitCode: 3 });
    expect(logText()).toContain('Window process gone: crashed (exit code 1); reloading it');
    expect(logText()).toContain('Child process gone: GPU, crashed (exit code 3)');
  });

  it('shows the log file and copies diagnostics from the Help menu', async () => {
    const template = fake.module.Menu.setApplicationMenu.mock.calls[0]?.[0] as {
      label: string;
      submenu: { label?: string; click?: () => void }[];
    }[];
    const help = template.find((item) => item.label === '&Help')!.submenu;
    help.find((item) => item.label === 'Show Log File')!.click!();
    expect(fake.module.shell.showItemInFolder).toHaveBeenCalledWith(
      path.join(dir, 'logs', 'concord-app.log'),
    );
    help.find((item) => item.label === 'Copy Diagnostics')!.click!();
    await vi.waitFor(() => expect(fake.module.clipboard.writeText).toHaveBeenCalled());
    const text = fake.module.clipboard.writeText.mock.calls[0]?.[0] as string;
    expect(text).toContain('Workspace quick check: ok');
    expect(text).toContain('Crash dumps (kept on this computer, never sent): /fake/crashDumps');
  });
});
