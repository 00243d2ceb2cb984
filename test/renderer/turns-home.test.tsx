// @vitest-environment happy-dom
// One device, teachers taking turns: the names with where each stands, a first turn begun by a
// tap, a second turn only with the facilitator's PIN, and a finished teacher not picked again.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { MethodOutput } from '../../src-main/api/contract.js';
import { ApiProvider } from '../../src-renderer/api/ApiProvider.js';
import { TurnsHome } from '../../src-renderer/turns/TurnsHome.js';
import { ScriptedClient } from './fakes.js';

type Turns = NonNullable<MethodOutput<'turns.state'>>;

const TURNS: Turns = {
  sessionId: 'ses_1',
  title: 'October moderation',
  phase: 'scoring',
  current: null,
  raters: [
    { personId: 'p_ana', name: 'Ana Silva', status: 'waiting' },
    { personId: 'p_ben', name: 'Ben Ortiz', status: 'ended' },
    { personId: 'p_cleo', name: 'Cleo Park', status: 'submitted' },
  ],
};

function renderTurns() {
  const client = new ScriptedClient({})
    .on('turns.state', () => TURNS)
    .on('turns.begin', () => TURNS);
  render(
    <ApiProvider client={client}>
      <TurnsHome />
    </ApiProvider>,
  );
  return client;
}

describe('Taking turns on one device', () => {
  afterEach(cleanup);

  it('lists the names with where each stands and begins a first turn with a tap', async () => {
    const client = renderTurns();
    const list = await screen.findByRole('list', { name: 'Raters in this session' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Ana Silva not yet', 'Ben Ortiz turn taken', 'Cleo Park submitted']);
    expect(screen.getByRole('button', { name: 'Cleo Park' })).toHaveProperty('disabled', true);

    fireEvent.click(screen.getByRole('button', { name: 'Ana Silva' }));
    await waitFor(() => expect(client.count('turns.begin')).toBe(1));
    expect(client.calls.filter((c) => c.method === 'turns.begin')).toEqual([
      { method: 'turns.begin', input: { personId: 'p_ana' } },
    ]);
  });

  it('asks for the PIN before a teacher takes a second turn', async () => {
    const client = renderTurns();
    fireEvent.click(await screen.findByRole('button', { name: 'Ben Ortiz' }));
    expect(
      screen.getByRole('heading', { name: 'Ben Ortiz has already taken a turn' }),
    ).toBeTruthy();
    expect(client.count('turns.begin')).toBe(0);
  });
});
