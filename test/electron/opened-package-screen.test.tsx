// @vitest-environment happy-dom
// In the desktop app, a package opened from the computer takes the owner to the Data page with
// that package chosen: one click imports it, "Not now" lets it go. The page reaches it only
// through window.concordFiles, by id.
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryRouter, Outlet, RouterProvider } from 'react-router';
import type { MethodOutput } from '../../src-main/api/contract.js';
import { ApiProvider } from '../../src-renderer/api/ApiProvider.js';
import type { DesktopFiles } from '../../src-renderer/api/opened-package.js';
import { useOpenedPackage } from '../../src-renderer/api/opened-package.js';
import { ImportPackage } from '../../src-renderer/pages/data/ImportPackage.js';
import { OpenedPackageWatcher } from '../../src-renderer/shell/OpenedPackageWatcher.js';
import { ScriptedClient } from '../renderer/fakes.js';

afterEach(() => {
  cleanup();
  delete window.concordFiles;
  useOpenedPackage.setState({ waiting: null });
});

const none = { rubricVersions: 0, samples: 0, people: 0, sessions: 0 };
const report: MethodOutput<'packages.import'> = {
  kind: 'session',
  sessionId: 'ses_1',
  title: 'October moderation',
  created: { ...none, sessions: 1 },
  matched: none,
  addedToSession: { raters: 0, samples: 0 },
  scoresAdded: 0,
  scoresUnchanged: 0,
  conflicts: [],
  recoded: [],
};

function fakeFiles(size = 4) {
  let opened: (() => void) | null = null;
  const files = {
    onPackageOpened: vi.fn((listener: () => void) => {
      opened = listener;
      return () => (opened = null);
    }),
    openedPackage: vi.fn(async () => ({ id: 'id-1', name: 'October.concord', size })),
    readOpenedPackage: vi.fn(async (id: string) =>
      id === 'id-1'
        ? { ok: true, name: 'October.concord', bytes: new Uint8Array([80, 75, 3, 4]) }
        : { ok: false, message: 'gone' },
    ),
    dismissOpenedPackage: vi.fn(async () => undefined),
  } satisfies DesktopFiles;
  return { files, announce: () => opened?.() };
}

function renderApp(client: ScriptedClient) {
  const router = createMemoryRouter(
    [
      {
        element: (
          <>
            <OpenedPackageWatcher />
            <Outlet />
          </>
        ),
        children: [
          { index: true, element: <h1>Home</h1> },
          { path: 'data', element: <ImportPackage /> },
        ],
      },
    ],
    { initialEntries: ['/'] },
  );
  render(
    <ApiProvider client={client}>
      <RouterProvider router={router} />
    </ApiProvider>,
  );
  return router;
}

describe('a package opened from the computer', () => {
  it('opens the Data page with it chosen, and imports it with one click', async () => {
    const { files } = fakeFiles();
    window.concordFiles = files;
    const client = new ScriptedClient({}).on('packages.import', () => report);
    const router = renderApp(client);

    const chosen = await screen.findByRole('group', {
      name: 'Opened from this computer: October.concord (4 bytes).',
    });
    expect(router.state.location.pathname).toBe('/data');
    const importButton = screen.getByRole('button', { name: 'Import October.concord' });
    expect(document.activeElement).toBe(importButton);
    expect(chosen).toBeTruthy();

    fireEvent.click(importButton);
    await screen.findByRole('region', { name: 'Import report' });
    expect(files.readOpenedPackage).toHaveBeenCalledWith('id-1');
    expect(client.calls).toEqual([
      { method: 'packages.import', input: { base64: 'UEsDBA==', fileName: 'October.concord' } },
    ]);
    expect(screen.queryByRole('group', { name: /Opened from this computer/ })).toBeNull();
  });

  it('hears of a package opened while Concord is open, and lets it go on "Not now"', async () => {
    const { files, announce } = fakeFiles();
    files.openedPackage.mockResolvedValueOnce(null as never);
    window.concordFiles = files;
    const router = renderApp(new ScriptedClient({}));
    await waitFor(() => expect(files.openedPackage).toHaveBeenCalledOnce());
    expect(router.state.location.pathname).toBe('/');

    await act(async () => announce());
    fireEvent.click(await screen.findByRole('button', { name: 'Not now' }));
    expect(files.dismissOpenedPackage).toHaveBeenCalledWith('id-1');
    expect(screen.queryByRole('button', { name: 'Import October.concord' })).toBeNull();
    expect(files.readOpenedPackage).not.toHaveBeenCalled();
  });

  it('refuses a package too large to import without reading it', async () => {
    const { files } = fakeFiles(500 * 1024 * 1024);
    window.concordFiles = files;
    renderApp(new ScriptedClient({}));
    fireEvent.click(await screen.findByRole('button', { name: 'Import October.concord' }));
    expect(await screen.findByText(/October\.concord was not imported/)).toBeTruthy();
    expect(files.readOpenedPackage).not.toHaveBeenCalled();
    expect(files.dismissOpenedPackage).toHaveBeenCalledWith('id-1');
  });

  it('does nothing in a browser, where there is no desktop bridge', async () => {
    const router = renderApp(new ScriptedClient({}));
    await screen.findByRole('heading', { name: 'Home' });
    expect(router.state.location.pathname).toBe('/');
  });
});
