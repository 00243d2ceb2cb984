// Runs the real Electron entry (main.ts) against a stand-in 'electron' module, to check the
// wiring that the type checker cannot: what is registered, when, and with which settings.
import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src-main/transports/security-headers.js';
import { tempDir } from '../helpers/workspace.js';

type Handler = (...args: unknown[]) => unknown;

const fake = vi.hoisted(() => {
  const calls: string[] = [];
  const appHandlers = new Map<string, Handler>();
  const windows: FakeWindow[] = [];
  class FakeWindow {
    handlers = new Map<string, Handler>();
    webContents = { id: 7, send: vi.fn(), mainFrame: { parent: null } };
    loaded: string[] = [];
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
      on: (event: string, handler: Handler) => appHandlers.set(event, handler),
      whenReady: () => {
        calls.push('whenReady');
        return Promise.resolve();
      },
      isPackaged: false,
      getVersion: () => '0.0.0-test',
      setAboutPanelOptions: vi.fn(),
      showAboutPanel: vi.fn(),
      quit: vi.fn(),
    },
    protocol: {
      registerSchemesAsPrivileged: vi.fn(() => calls.push('registerSchemesAsPrivileged')),
      handle: vi.fn(),
    },
    session: {
      defaultSession: { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() },
    },
    ipcMain: { handle: vi.fn() },
    Menu: { buildFromTemplate: (template: unknown) => template, setApplicationMenu: vi.fn() },
    dialog: { showErrorBox: vi.fn(), showMessageBox: vi.fn(), showOpenDialog: vi.fn() },
    shell: { openExternal: vi.fn() },
    BrowserWindow: FakeWindow,
  };
  return { module, calls, appHandlers, windows };
});

vi.mock('electron', () => fake.module);

let dir: string;

beforeAll(async () => {
  dir = tempDir('concord-main-');
  process.env.CONCORD_WORKSPACE = path.join(dir, 'ws.sqlite');
  await import('../../src-main/electron/main.js');
  await new Promise((resolve) => setTimeout(resolve, 0));
});

afterAll(() => {
  (fake.appHandlers.get('will-quit') as () => void)();
  delete process.env.CONCORD_WORKSPACE;
  rmSync(dir, { recursive: true, force: true });
});

const window = () => {
  const created = fake.windows[0];
  if (!created) throw new Error('no window was created');
  return created;
};
const invoke = () => fake.module.ipcMain.handle.mock.calls[0]?.[1] as Handler;

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
    const created = fake.appHandlers.get('web-contents-created') as Handler;
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
});
