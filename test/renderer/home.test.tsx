// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { ApiProvider } from '../../src-renderer/api/ApiProvider.js';
import { routes } from '../../src-renderer/routes.js';
import { ScriptedClient } from './fakes.js';

function renderApp(client: ScriptedClient, path = '/') {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  return render(
    <ApiProvider client={client}>
      <RouterProvider router={router} />
    </ApiProvider>,
  );
}

function workspaceClient(damage: { now: string | null } = { now: null }) {
  let loaded = false;
  const client = new ScriptedClient({})
    .on('workspace.info', () => ({
      path: '/tmp/ws.concord',
      schemaVersion: 1,
      counts: loaded
        ? { rubrics: 1, samples: 10, people: 6, sessions: 1 }
        : { rubrics: 0, samples: 0, people: 0, sessions: 0 },
      isEmpty: !loaded,
      damage: damage.now,
    }))
    .on('workspace.loadDemo', () => {
      loaded = true;
      return { loaded: true };
    })
    .on('sessions.list', () =>
      loaded
        ? [
            {
              id: 'ses_1',
              kind: 'rubric' as const,
              title: 'Argument writing, March',
              heldOn: '2026-03-14',
              phase: 'closed',
              currentRound: 1,
              rubricVersionId: 'rv_1',
              rubricTitle: 'Argument writing',
              sampleCount: 8,
              raterCount: 6,
            },
          ]
        : [],
    );
  return client;
}

describe('Home', () => {
  afterEach(() => {
    cleanup();
    localStorage.clear();
  });

  it('offers the demo on an empty workspace and shows the overview once it is loaded', async () => {
    const client = workspaceClient();
    renderApp(client);
    expect(await screen.findByRole('heading', { name: 'Welcome to Concord' })).toBeTruthy();
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Load the demo workspace' }));
    expect(await screen.findByRole('heading', { name: 'Home', level: 1 })).toBeTruthy();
    expect(await screen.findByRole('link', { name: 'Argument writing, March' })).toBeTruthy();
    expect(screen.getByText('Closed')).toBeTruthy();
    expect(client.count('workspace.loadDemo')).toBe(1);
    expect(screen.getByRole('status').textContent).toContain('demo workspace is loaded');
  });

  it('says on every page when the full integrity check found damage after opening', async () => {
    const damage = { now: null as string | null };
    const client = workspaceClient(damage);
    renderApp(client, '/sessions');
    expect(await screen.findByRole('heading', { name: 'Sessions', level: 1 })).toBeTruthy();
    expect(screen.queryByText('This workspace is damaged')).toBeNull();
    damage.now = '/tmp/ws.concord failed its integrity check: wrong # of entries in index x.';
    client.emit({ topic: 'workspace' });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('This workspace is damaged');
    expect(alert.textContent).toContain('wrong # of entries in index x');
  });

  it('"Start empty" shows the empty overview and is remembered for this workspace', async () => {
    const client = workspaceClient();
    const { unmount } = renderApp(client);
    fireEvent.click(await screen.findByRole('button', { name: 'Start empty' }));
    expect(await screen.findByText('No sessions yet')).toBeTruthy();
    unmount();
    renderApp(client);
    expect(await screen.findByRole('heading', { name: 'Home', level: 1 })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Start empty' })).toBeNull();
  });

  it('refreshes what is on screen when a change event arrives', async () => {
    const client = workspaceClient();
    localStorage.setItem('concord.startedEmpty:/tmp/ws.concord', 'yes');
    renderApp(client);
    expect(await screen.findByText('No sessions yet')).toBeTruthy();
    await client.call('workspace.loadDemo', {});
    client.emit({ topic: 'sessions' });
    expect(await screen.findByRole('link', { name: 'Argument writing, March' })).toBeTruthy();
  });

  it('shows the server’s message when a page cannot load', async () => {
    const client = new ScriptedClient({});
    renderApp(client, '/raters');
    // The Raters page loads people and the drift figures: each failed load says what failed.
    const people = (await screen.findByText('Could not load people')).closest<HTMLElement>(
      '[role="alert"]',
    );
    expect(people?.textContent).toContain('no handler for people.list');
    expect(within(people!).getByRole('button', { name: 'Try again' })).toBeTruthy();
  });
});
