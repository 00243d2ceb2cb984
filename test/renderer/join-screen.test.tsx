// @vitest-environment happy-dom
// A teacher joining from their own browser: the code is looked up, the names shown, and the name
// picked becomes this tab's rater key. Busy and refused states come from the one mutation hook.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { JOIN_CLAIM_PATH, JOIN_LOOKUP_PATH } from '../../src-main/api/contract.js';
import { JoinScreen } from '../../src-renderer/join/JoinScreen.js';

const LOOKUP = {
  sessionId: 'ses_1',
  title: 'October moderation',
  raters: [
    { seat: 's1', name: 'Ana Silva' },
    { seat: 's2', name: 'Ben Ortiz' },
  ],
};

interface Answer {
  status: number;
  body: unknown;
}

/** A server for the two join calls: each path answers from its queue, last answer repeating. */
function joinServer(answers: Record<string, Answer[]>) {
  const calls: { path: string; body: unknown }[] = [];
  const gates: (() => void)[] = [];
  let held = false;
  const fetchFn = vi.fn(async (url: string | URL | Request, init?: RequestInit) => {
    const path = new URL(String(url)).pathname;
    calls.push({ path, body: JSON.parse(String(init?.body)) });
    if (held) await new Promise<void>((resolve) => gates.push(resolve));
    const queue = answers[path] ?? [];
    const answer = queue.length > 1 ? queue.shift()! : queue[0];
    if (!answer) throw new Error(`no answer for ${path}`);
    return new Response(JSON.stringify(answer.body), { status: answer.status });
  });
  vi.stubGlobal('fetch', fetchFn);
  return {
    calls,
    hold: () => (held = true),
    release: () => {
      held = false;
      gates.splice(0).forEach((open) => open());
    },
  };
}

function fakeWindow(hash: string) {
  const stored = new Map<string, string>();
  const win = {
    location: {
      origin: 'http://10.20.0.7:4871',
      pathname: '/',
      search: '',
      hash,
      reload: vi.fn(),
    },
    history: { replaceState: vi.fn() },
    sessionStorage: {
      getItem: (key: string) => stored.get(key) ?? null,
      setItem: (key: string, value: string) => void stored.set(key, value),
      removeItem: (key: string) => void stored.delete(key),
    },
  };
  return { win: win as unknown as Window, stored, raw: win };
}

const refusal = (code: string, message: string) => ({ error: { code, message } });

describe('Joining a session by code', () => {
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('looks up the code in the address once, then keeps the picked name as this tab’s key', async () => {
    const server = joinServer({
      [JOIN_LOOKUP_PATH]: [{ status: 200, body: LOOKUP }],
      [JOIN_CLAIM_PATH]: [{ status: 200, body: { token: 'rater-token', sessionId: 'ses_1' } }],
    });
    const { win, stored, raw } = fakeWindow('#/join/abc-234');
    render(<JoinScreen win={win} />);

    expect(await screen.findByRole('heading', { name: 'October moderation' })).toBeTruthy();
    expect(server.calls).toEqual([{ path: JOIN_LOOKUP_PATH, body: { code: 'ABC234' } }]);

    server.hold();
    fireEvent.click(screen.getByRole('button', { name: 'Ben Ortiz' }));
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Ben Ortiz' }).getAttribute('aria-busy')).toBe(
        'true',
      ),
    );
    expect(screen.getByRole('button', { name: 'Ana Silva' })).toHaveProperty('disabled', true);
    server.release();

    await waitFor(() => expect(raw.location.reload).toHaveBeenCalledTimes(1));
    expect(server.calls[1]).toEqual({
      path: JOIN_CLAIM_PATH,
      body: { code: 'ABC234', seat: 's2' },
    });
    expect(stored.get('concord.token')).toBe('rater-token');
    expect(raw.history.replaceState).toHaveBeenCalledWith(null, '', '/#/');
  });

  it('says a name already taken in the facilitator’s words and frees the names again', async () => {
    joinServer({
      [JOIN_LOOKUP_PATH]: [{ status: 200, body: LOOKUP }],
      [JOIN_CLAIM_PATH]: [{ status: 409, body: refusal('conflict', 'seat taken') }],
    });
    const { win, stored, raw } = fakeWindow('#/join/ABC234');
    render(<JoinScreen win={win} />);

    fireEvent.click(await screen.findByRole('button', { name: 'Ana Silva' }));

    expect((await screen.findByRole('alert')).textContent).toBe(
      'This name has already joined. Ask your facilitator to let you join again.',
    );
    expect(screen.getByRole('button', { name: 'Ana Silva' })).toHaveProperty('disabled', false);
    expect(screen.getByRole('button', { name: 'Ben Ortiz' })).toHaveProperty('disabled', false);
    expect(stored.size).toBe(0);
    expect(raw.location.reload).not.toHaveBeenCalled();
  });

  it('asks for a code when none is typed, and shows why a typed code was refused', async () => {
    const server = joinServer({
      [JOIN_LOOKUP_PATH]: [
        { status: 404, body: refusal('not_found', 'No session has this code.') },
        { status: 200, body: LOOKUP },
      ],
    });
    const { win } = fakeWindow('#/join');
    render(<JoinScreen win={win} />);

    fireEvent.click(screen.getByRole('button', { name: 'Join' }));
    expect(screen.getByRole('alert').textContent).toBe(
      'Type the code your facilitator shows on the screen.',
    );
    expect(server.calls).toHaveLength(0);

    fireEvent.change(screen.getByRole('textbox', { name: 'Session code' }), {
      target: { value: 'zzz 999' },
    });
    server.hold();
    fireEvent.click(screen.getByRole('button', { name: 'Join' }));
    expect(await screen.findByRole('button', { name: 'Looking up…' })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    server.release();
    expect((await screen.findByRole('alert')).textContent).toBe('No session has this code.');

    // The same code again is asked again: the session may have opened since.
    fireEvent.click(screen.getByRole('button', { name: 'Join' }));
    expect(await screen.findByRole('heading', { name: 'October moderation' })).toBeTruthy();
    expect(server.calls.map((c) => c.body)).toEqual([{ code: 'ZZZ999' }, { code: 'ZZZ999' }]);
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
