// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MethodInput, MethodOutput } from '../../src-main/api/contract.js';
import { MAX_JUDGEMENT_MS } from '../../src-main/domain/judging.js';
import { DEFAULT_SESSION_OPTIONS } from '../../src-main/domain/session.js';
import { ApiProvider } from '../../src-renderer/api/ApiProvider.js';
import { ApiError, clientError } from '../../src-renderer/api/errors.js';
import { JudgingScreen } from '../../src-renderer/judging/JudgingScreen.js';
import { judgingMs } from '../../src-renderer/judging/judging-time.js';
import { sideOfKey } from '../../src-renderer/judging/use-judging-keys.js';
import { RaterHome } from '../../src-renderer/rater/RaterHome.js';
import { ScriptedClient } from './fakes.js';

type Turn = MethodOutput<'judging.turn'>;
type ChooseInput = MethodInput<'judging.choose'>;
type Phase = Turn['phase'];

const QUESTION = 'Which essay argues its claim better?';

const sample = (code: string) => ({
  id: `id-${code}`,
  code,
  kind: 'text' as const,
  mediaType: 'text/plain',
});

/** The pairs the fake server hands out, in order. */
const PAIRS = [
  ['S-7F3K', 'S-2Q9M'],
  ['S-AAAA', 'S-BBBB'],
  ['S-CCCC', 'S-DDDD'],
].map(([left, right], i) => ({
  pairId: `pair-${i + 1}`,
  left: sample(left!),
  right: sample(right!),
}));

/**
 * A judging server in miniature: it keeps each pair's choice once (a retry of the same choice
 * records nothing more), hands out the next pair with its answer, and can fail a call.
 */
function judgingServer(
  options: {
    done?: number;
    total?: number;
    phase?: Phase;
    /** Pairs left for this judge; fewer than total - done means it has seen every pair. */
    pairs?: number;
    /** How the nth `judging.choose` call (from 0) goes; 'lost' records it but drops the answer. */
    choose?: (n: number) => 'ok' | 'offline' | 'lost' | 'refused';
  } = {},
) {
  const total = options.total ?? 20;
  const phase = options.phase ?? 'scoring';
  const pairs = PAIRS.slice(0, options.pairs ?? PAIRS.length);
  const judged = new Map<string, 'left' | 'right'>();
  let done = options.done ?? 7;
  let calls = 0;
  const turn = (): Turn => {
    const pair = pairs[judged.size];
    return {
      sessionId: 's1',
      title: 'Year 9 argument',
      question: QUESTION,
      phase,
      judgeId: 'p1',
      judgeName: 'Ada',
      done,
      total,
      pair: phase === 'scoring' && done < total && pair ? pair : null,
    };
  };
  const client = new ScriptedClient({})
    .on('judging.turn', turn)
    .on('judging.choose', (input) => {
      const outcome = options.choose?.(calls++) ?? 'ok';
      if (outcome === 'offline') throw clientError('network');
      if (outcome === 'refused') {
        throw new ApiError('conflict', 'Judging is not open in this session (it is revealed).');
      }
      const before = judged.get(input.pairId);
      if (before === undefined) {
        judged.set(input.pairId, input.winner);
        done += 1;
      } else if (before !== input.winner) {
        throw new ApiError('conflict', 'You already chose the other sample of this pair.');
      }
      if (outcome === 'lost') throw clientError('network');
      return turn();
    })
    .on('samples.content', (input) => ({
      mediaType: 'text/plain',
      base64: btoa(`The essay of ${input.sampleId}.`),
    }));
  const chosen = () =>
    client.calls.filter((c) => c.method === 'judging.choose').map((c) => c.input as ChooseInput);
  return { client, judged, chosen };
}

const flush = () => act(() => new Promise((r) => setTimeout(r, 0)));

function show(client: ScriptedClient) {
  render(
    <ApiProvider client={client}>
      <JudgingScreen sessionId="s1" />
    </ApiProvider>,
  );
}

/** Waits until both samples of the first pair are on screen. */
async function firstPairShown() {
  expect(await screen.findByText('The essay of id-S-7F3K.')).toBeTruthy();
  expect(await screen.findByText('The essay of id-S-2Q9M.')).toBeTruthy();
}

const chooseButton = (side: 'Left' | 'Right', code: string) =>
  screen.getByRole('button', { name: `${side} shows more (${code})` });

describe('judging screen', () => {
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
    vi.useRealTimers();
  });

  it('shows the question, both samples with their sides, the progress and the two choices', async () => {
    const { client } = judgingServer();
    show(client);
    await firstPairShown();
    expect(screen.getByRole('heading', { level: 1, name: QUESTION })).toBeTruthy();
    const left = screen.getByRole('region', { name: 'Left: S-7F3K' });
    const right = screen.getByRole('region', { name: 'Right: S-2Q9M' });
    expect(left.textContent).toContain('The essay of id-S-7F3K.');
    expect(right.textContent).toContain('The essay of id-S-2Q9M.');
    expect(screen.getByText(/judgements made/).textContent).toBe('7 of 20 judgements made');
    const meter = screen.getByRole('progressbar', { name: 'Judgements made' });
    expect(meter.getAttribute('value')).toBe('7');
    expect(meter.getAttribute('max')).toBe('20');
    expect(chooseButton('Left', 'S-7F3K')).toBeTruthy();
    expect(chooseButton('Right', 'S-2Q9M')).toBeTruthy();
    // The narrow screens' switch reaches both samples.
    const showRight = screen.getByRole('button', { name: 'Right S-2Q9M' });
    expect(showRight.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(showRight);
    expect(showRight.getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('textbox', { name: 'Note (optional)' })).toBeTruthy();
    expect(screen.getByText(/Keys:/).textContent).toBe('Keys: ← or 1 for left, → or 2 for right.');
  });

  it('ArrowRight chooses the right sample with the time it was on screen, then shows the next pair', async () => {
    const { client, judged, chosen } = judgingServer();
    show(client);
    await firstPairShown();
    fireEvent.keyDown(window, { key: 'ArrowRight' });
    await flush();
    expect(chosen()).toHaveLength(1);
    const sent = chosen()[0]!;
    expect(sent).toMatchObject({ sessionId: 's1', pairId: 'pair-1', winner: 'right', note: '' });
    expect(sent.judgeId).toBeUndefined();
    expect(Number.isInteger(sent.ms)).toBe(true);
    expect(sent.ms).toBeGreaterThanOrEqual(0);
    expect(judged.get('pair-1')).toBe('right');
    expect(await screen.findByRole('region', { name: 'Left: S-AAAA' })).toBeTruthy();
    await screen.findByText('The essay of id-S-BBBB.');
    expect(screen.getByText(/judgements made/).textContent).toBe('8 of 20 judgements made');
    expect(screen.getByRole('status').textContent).toBe('Choice saved');
    // The focus moves to the question, so a keyboard or screen reader user knows a new pair came.
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1, name: QUESTION }));
    fireEvent.keyDown(window, { key: '1' });
    await flush();
    expect(chosen()[1]).toMatchObject({ pairId: 'pair-2', winner: 'left' });
  });

  it('shows the next pair from the answer to the choice, even when reading the turn again fails', async () => {
    const firstTurn: Turn = {
      sessionId: 's1',
      title: 'Year 9 argument',
      question: QUESTION,
      phase: 'scoring',
      judgeId: 'p1',
      judgeName: 'Ada',
      done: 7,
      total: 20,
      pair: PAIRS[0]!,
    };
    const { client } = judgingServer();
    let reads = 0;
    const turn = client.on('judging.turn', () => {
      reads += 1;
      if (reads > 1) throw clientError('network');
      return firstTurn;
    });
    show(turn);
    await firstPairShown();
    fireEvent.keyDown(window, { key: 'ArrowLeft' });
    expect(await screen.findByRole('region', { name: 'Left: S-AAAA' })).toBeTruthy();
    await flush();
    expect(reads).toBeGreaterThan(1);
    expect(screen.getByRole('region', { name: 'Left: S-AAAA' })).toBeTruthy();
    expect(screen.getByText(/judgements made/).textContent).toBe('8 of 20 judgements made');
  });

  it('measures the time from showing the pair to the choice', async () => {
    let clock = 50_000;
    vi.spyOn(performance, 'now').mockImplementation(() => clock);
    const { client, chosen } = judgingServer();
    show(client);
    await firstPairShown();
    clock += 4321.4;
    fireEvent.keyDown(window, { key: 'ArrowLeft' });
    await flush();
    expect(chosen()[0]).toMatchObject({ winner: 'left', ms: 4321 });
  });

  it('sends the note with a tapped choice, and the next pair starts with an empty note', async () => {
    const { client, chosen } = judgingServer();
    show(client);
    await firstPairShown();
    const note = screen.getByRole('textbox', { name: 'Note (optional)' });
    fireEvent.change(note, { target: { value: '  Left names its claim in the first line. ' } });
    fireEvent.click(chooseButton('Left', 'S-7F3K'));
    await flush();
    expect(chosen()).toEqual([
      expect.objectContaining({
        pairId: 'pair-1',
        winner: 'left',
        note: 'Left names its claim in the first line.',
      }),
    ]);
    await screen.findByRole('region', { name: 'Left: S-AAAA' });
    const fresh = screen.getByRole('textbox', { name: 'Note (optional)' }) as HTMLTextAreaElement;
    expect(fresh.value).toBe('');
  });

  it('keys typed in the note, with a modifier or held down do not choose', async () => {
    const { client, chosen } = judgingServer();
    show(client);
    await firstPairShown();
    const note = screen.getByRole('textbox', { name: 'Note (optional)' });
    fireEvent.keyDown(note, { key: 'ArrowLeft' });
    fireEvent.keyDown(note, { key: 'ArrowRight' });
    fireEvent.keyDown(note, { key: '2' });
    fireEvent.keyDown(window, { key: 'ArrowLeft', ctrlKey: true });
    fireEvent.keyDown(window, { key: 'ArrowRight', altKey: true });
    fireEvent.keyDown(window, { key: 'ArrowRight', metaKey: true });
    fireEvent.keyDown(window, { key: 'ArrowLeft', shiftKey: true });
    fireEvent.keyDown(window, { key: 'ArrowLeft', repeat: true });
    fireEvent.keyDown(window, { key: '3' });
    await flush();
    expect(chosen()).toEqual([]);
    expect(screen.getByRole('region', { name: 'Left: S-7F3K' })).toBeTruthy();
  });

  it('keeps a choice whose answer was lost and sends it again until it arrives, once', async () => {
    const { client, judged, chosen } = judgingServer({
      choose: (n) => (n === 0 ? 'lost' : n === 1 ? 'offline' : 'ok'),
    });
    show(client);
    await firstPairShown();
    vi.useFakeTimers();
    fireEvent.keyDown(window, { key: 'ArrowRight' });
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(screen.getByRole('status').textContent).toBe('Not saved — retrying');
    // While the choice is on its way both buttons wait and keys do nothing.
    expect((chooseButton('Left', 'S-7F3K') as HTMLButtonElement).disabled).toBe(true);
    expect((chooseButton('Right', 'S-2Q9M') as HTMLButtonElement).disabled).toBe(true);
    fireEvent.keyDown(window, { key: 'ArrowLeft' });
    fireEvent.click(chooseButton('Left', 'S-7F3K'));
    await act(() => vi.advanceTimersByTimeAsync(999));
    expect(chosen()).toHaveLength(1);
    await act(() => vi.advanceTimersByTimeAsync(1));
    expect(chosen()).toHaveLength(2);
    expect(screen.getByRole('status').textContent).toBe('Not saved — retrying');
    // The pause grows: 2 s after the second failure.
    await act(() => vi.advanceTimersByTimeAsync(1999));
    expect(chosen()).toHaveLength(2);
    await act(() => vi.advanceTimersByTimeAsync(1));
    expect(chosen()).toHaveLength(3);
    // The same choice every time, and the server counted it once.
    const [first, ...retries] = chosen();
    for (const retry of retries) expect(retry).toEqual(first);
    expect(first).toMatchObject({ pairId: 'pair-1', winner: 'right' });
    expect(judged.size).toBe(1);
    await act(() => vi.advanceTimersByTimeAsync(10));
    expect(screen.getByRole('region', { name: 'Left: S-AAAA' })).toBeTruthy();
    expect(screen.getByText('The essay of id-S-BBBB.')).toBeTruthy();
    expect(screen.getByText(/judgements made/).textContent).toBe('8 of 20 judgements made');
    expect(screen.getByRole('status').textContent).toBe('Choice saved');
  });

  it('a choice the server refuses is not retried: the reason shows and the buttons work again', async () => {
    const { client, chosen } = judgingServer({ choose: () => 'refused' });
    show(client);
    await firstPairShown();
    vi.useFakeTimers();
    fireEvent.click(chooseButton('Left', 'S-7F3K'));
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(screen.getByRole('alert').textContent).toBe(
      'Judging is not open in this session (it is revealed).',
    );
    expect(screen.getByRole('status').textContent).toBe('');
    await act(() => vi.advanceTimersByTimeAsync(20_000));
    expect(chosen()).toHaveLength(1);
    expect((chooseButton('Left', 'S-7F3K') as HTMLButtonElement).disabled).toBe(false);
  });

  it('after the last judgement asked for: a thank-you, with the focus on it', async () => {
    const { client } = judgingServer({ done: 19, total: 20 });
    show(client);
    await firstPairShown();
    expect(screen.getByText(/judgements made/).textContent).toBe('19 of 20 judgements made');
    fireEvent.keyDown(window, { key: 'ArrowLeft' });
    const done = await screen.findByRole('heading', {
      level: 1,
      name: 'All 20 judgements made. Thank you.',
    });
    expect(document.activeElement).toBe(done);
    expect(screen.queryByRole('button', { name: /shows more/ })).toBeNull();
  });

  it.each([
    [{ done: 20, total: 20 }, 'All 20 judgements made. Thank you.'],
    [{ done: 12, total: 20, pairs: 0 }, 'No more new pairs for you — thank you.'],
    [{ phase: 'draft' as const }, 'Judging has not started yet'],
    [{ phase: 'revealed' as const }, 'Judging is over — thank you'],
    [{ phase: 'closed' as const }, 'Judging is over — thank you'],
  ])('with no pair to show (%o): %s', async (options, heading) => {
    const { client } = judgingServer(options);
    show(client);
    expect(await screen.findByRole('heading', { level: 1, name: heading })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /shows more/ })).toBeNull();
    // Blind: nothing about other judges or a scale.
    expect(document.body.textContent).not.toMatch(/ability|scale|rank/i);
  });

  it('the owner judging for a judge names the judge in both calls', async () => {
    const { client, chosen } = judgingServer();
    render(
      <ApiProvider client={client}>
        <JudgingScreen sessionId="s1" judgeId="p1" />
      </ApiProvider>,
    );
    await firstPairShown();
    expect(client.calls.find((c) => c.method === 'judging.turn')?.input).toEqual({
      sessionId: 's1',
      judgeId: 'p1',
    });
    fireEvent.keyDown(window, { key: 'ArrowLeft' });
    await flush();
    expect(chosen()[0]).toMatchObject({ judgeId: 'p1', pairId: 'pair-1' });
  });
});

describe('judging keys and time', () => {
  it('← and 1 choose left, → and 2 right, nothing else', () => {
    expect(['ArrowLeft', '1', 'ArrowRight', '2', 'ArrowUp', '3', 'l'].map(sideOfKey)).toEqual([
      'left',
      'left',
      'right',
      'right',
      null,
      null,
      null,
    ]);
  });

  it('a time over an hour is a pause, not a judging time: sent as none', () => {
    expect(judgingMs(100, 5100.6)).toBe(5001);
    expect(judgingMs(null, 5000)).toBeNull();
    expect(judgingMs(0, MAX_JUDGEMENT_MS)).toBe(MAX_JUDGEMENT_MS);
    expect(judgingMs(0, MAX_JUDGEMENT_MS + 1)).toBeNull();
    expect(judgingMs(10, 5)).toBeNull();
  });
});

describe('rater home', () => {
  afterEach(cleanup);

  const session = (kind: 'rubric' | 'judgement', phase: Phase): MethodOutput<'sessions.get'> => ({
    id: 's1',
    kind,
    title: 'Year 9 argument',
    heldOn: '2026-03-01',
    phase,
    currentRound: 1,
    rubricVersionId: 'rv1',
    rubricTitle: 'Argument',
    sampleCount: 3,
    raterCount: 2,
    options: { ...DEFAULT_SESSION_OPTIONS, protocol: [] },
    facilitatorId: null,
    sampleIds: [],
    raters: [],
    revealedSampleIds: [],
    timer: null,
    judging: kind === 'judgement' ? { question: QUESTION, competencyId: null, perJudge: 20 } : null,
  });

  const raterClient = (client: ScriptedClient, detail: MethodOutput<'sessions.get'>) =>
    client
      .on('app.whoami', () => ({ role: 'rater', sessionId: 's1', raterId: 'p1', name: 'Ada' }))
      .on('sessions.get', () => detail);

  it('a judgement session opens the judge’s pair, not the rubric scoring', async () => {
    const { client } = judgingServer();
    raterClient(client, session('judgement', 'scoring'));
    render(
      <ApiProvider client={client}>
        <RaterHome />
      </ApiProvider>,
    );
    await firstPairShown();
    expect(screen.getByRole('heading', { level: 1, name: QUESTION })).toBeTruthy();
    expect(client.count('scoring.assignment')).toBe(0);
  });

  it('after judging ends a judge sees a thank-you and no results', async () => {
    const { client } = judgingServer({ phase: 'revealed' });
    raterClient(client, session('judgement', 'revealed'));
    render(
      <ApiProvider client={client}>
        <RaterHome />
      </ApiProvider>,
    );
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Judging is over — thank you' }),
    ).toBeTruthy();
    expect(client.count('results.mine')).toBe(0);
    expect(client.count('scoring.assignment')).toBe(0);
  });

  it('a rubric meeting is unchanged: it asks for the rubric scoring, not a pair', async () => {
    const client = raterClient(new ScriptedClient({}), session('rubric', 'draft'));
    render(
      <ApiProvider client={client}>
        <RaterHome />
      </ApiProvider>,
    );
    expect(await screen.findByText('Waiting for the facilitator to start scoring.')).toBeTruthy();
    await flush();
    expect(client.count('scoring.assignment')).toBe(1);
    expect(client.count('judging.turn')).toBe(0);
  });
});
