import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import type { MenuOptions } from '../../src-main/electron/menu-template.js';
import { menuTemplate } from '../../src-main/electron/menu-template.js';

function build(overrides: Partial<MenuOptions> = {}) {
  const actions = {
    openWorkspace: vi.fn(),
    backUpWorkspace: vi.fn(),
    showAbout: vi.fn(),
    showLogFile: vi.fn(),
    copyDiagnostics: vi.fn(),
  };
  const menu = menuTemplate({
    appName: 'Concord',
    isMac: false,
    isDev: false,
    actions,
    ...overrides,
  });
  return { menu, actions };
}

const items = (menu: MenuItemConstructorOptions[], label: string) => {
  const found = menu.find((item) => item.label?.replace('&', '') === label);
  if (!found || !Array.isArray(found.submenu)) throw new Error(`no ${label} menu`);
  return found.submenu;
};
const roles = (list: MenuItemConstructorOptions[]) => list.map((item) => item.role).filter(Boolean);
const click = (item: MenuItemConstructorOptions | undefined) =>
  (item?.click as (() => void) | undefined)?.();

describe('menuTemplate', () => {
  it('has File, Edit, View and Help, with an app menu only on macOS', () => {
    expect(build().menu.map((m) => m.label)).toEqual(['&File', '&Edit', '&View', '&Help']);
    expect(build({ isMac: true }).menu.map((m) => m.label)).toEqual([
      'Concord',
      '&File',
      '&Edit',
      '&View',
      '&Help',
    ]);
  });

  it('opens and backs up workspaces through the given actions, and quits', () => {
    const { menu, actions } = build();
    const file = items(menu, 'File');
    click(file.find((item) => item.label === 'Open Workspace…'));
    click(file.find((item) => item.label === 'Back Up Workspace…'));
    expect(actions.openWorkspace).toHaveBeenCalledOnce();
    expect(actions.backUpWorkspace).toHaveBeenCalledOnce();
    expect(roles(file)).toEqual(['quit']);
    expect(roles(items(build({ isMac: true }).menu, 'File'))).toEqual(['close']);
  });

  it('offers the standard edit roles', () => {
    expect(roles(items(build().menu, 'Edit'))).toEqual(
      expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']),
    );
  });

  it('reloads and opens DevTools only in development', () => {
    const packaged = roles(items(build().menu, 'View'));
    expect(packaged).toEqual(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']);
    const dev = roles(items(build({ isDev: true }).menu, 'View'));
    expect(dev).toEqual(expect.arrayContaining(['reload', 'forceReload', 'toggleDevTools']));
  });

  it('shows the log file, copies diagnostics and shows About from Help', () => {
    const { menu, actions } = build();
    const help = items(menu, 'Help');
    expect(help.map((item) => item.label ?? item.type)).toEqual([
      'Show Log File',
      'Copy Diagnostics',
      'separator',
      'About Concord',
    ]);
    click(help.find((item) => item.label === 'Show Log File'));
    expect(actions.showLogFile).toHaveBeenCalledOnce();
    expect(actions.copyDiagnostics).not.toHaveBeenCalled();
    click(help.find((item) => item.label === 'Copy Diagnostics'));
    expect(actions.copyDiagnostics).toHaveBeenCalledOnce();
    click(help.find((item) => item.label === 'About Concord'));
    expect(actions.showAbout).toHaveBeenCalledOnce();
  });
});
