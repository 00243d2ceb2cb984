// @vitest-environment happy-dom
// The facilitator's page of a comparative judgement session: phase controls in its own words,
// each judge's count (by name or alias as the room is shown), and the live scale in order of
// ability with anchors marked, refreshed when a judgement comes in.
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryRouter, RouterProvider } from 'react-router';
import type { MethodOutput } from '../../src-main/api/contract.js';
import type { SessionDetail, SessionPhase } from '../../src-main/domain/session.js';
import { DEFAULT_SESSION_OPTIONS } from '../../src-main/domain/session.js';
import { ApiProvider } from '../../src-renderer/api/ApiProvider.js';
import { ApiError } from '../../src-renderer/api/errors.js';
import { scaleLayout } from '../../src-renderer/pages/sessions/judging/scale-layout.js';
import { SessionsTable } from '../../src-renderer/pages/sessions/SessionsTable.js';
import { routes } from '../../src-renderer/routes.js';
import { useRaterAliasesStore } from '../../src-renderer/state/rater-aliases-store.js';
import { useStatus } from '../../src-renderer/state/status-store.js';
import { ScriptedClient } from './fakes.js';

type Scale = MethodOutput<'judging.scale'>;
type Progress = MethodOutput<'judging.progress'>;

const session = (phase: SessionPhase): SessionDetail => ({
  id: 'ses_cj',
  kind: 'judgement',
  title: 'Argument, pairwise',
  heldOn: '2026-11-12',
  phase,
  currentRound: 1,
  rubricVersionId: 'rv_1',
  rubricTitle: 'Argument writing',
  sampleCount: 4,
  raterCount: 3,
  options: { ...DEFAULT_SESSION_OPTIONS, blind: true, rounds: 1, protocol: [] },
  facilitatorId: null,
  sampleIds: ['smp_1', 'smp_2', 'smp_3', 'smp_4'],
  raters: [
    { personId: 'p_ana', alias: 'R1', name: 'Ana Silva' },
    { personId: 'p_ben', alias: 'R2', name: 'Ben Ortiz' },
    { personId: 'p_cleo', alias: 'R3', name: 'Cleo Park' },
  ],
  revealedSampleIds: [],
  timer: null,
  judging: { question: 'Which argues better?', competencyId: null, perJudge: 20 },
});

/** In the order the judges were chosen, which the board must not show next to their aliases. */
const PROGRESS: Progress = [
  { personId: 'p_ben', alias: 'R2', name: 'Ben Ortiz', done: 20, total: 20, joined: true },
  { personId: 'p_cleo', alias: 'R3', name: 'Cleo Park', done: 0, total: 20, joined: false },
  { personId: 'p_ana', alias: 'R1', name: 'Ana Silva', done: 12, total: 20, joined: true },
];

const scaleSample = (
  code: string,
  ability: number,
  se: number | null,
  isAnchor = false,
): Scale['samples'][number] => ({
  sampleId: `smp_${code}`,
  code,
  isAnchor,
  ability,
  se,
  wins: 3,
  comparisons: 8,
});

const SCALE: Scale = {
  judgements: 32,
  components: 1,
  samples: [
    scaleSample('M3P8', -0.4, 0.5),
    scaleSample('T9X4', 1.25, 0.6, true),
    scaleSample('K7Q2', -1.5, 0.7),
    scaleSample('W2H6', 0.6, 0.5),
  ],
};

function client(phase: SessionPhase, scale: () => Scale = () => SCALE) {
  return new ScriptedClient({})
    .on('sessions.get', () => session(phase))
    .on('room.info', () => ({ code: null, joinUrl: null, lockedOut: false }))
    .on('room.addresses', () => [])
    .on('judging.progress', () => PROGRESS)
    .on('judging.scale', scale)
    .on('competencies.list', () => [])
    .on('samples.list', () => [])
    .on('sessions.start', () => session('scoring'))
    .on('sessions.reveal', () => session('revealed'))
    .on('sessions.close', () => session('closed'));
}

function openSession(api: ScriptedClient) {
  const router = createMemoryRouter(routes, { initialEntries: ['/sessions/ses_cj'] });
  render(
    <ApiProvider client={api}>
      <RouterProvider router={router} />
    </ApiProvider>,
  );
}

/** Generous: the machine running the tests may be busy. */
const SLOW = { timeout: 5_000 };

/** The row, within `region`, whose row header starts with `name`. */
const rowOf = async (region: HTMLElement, name: string) =>
  (await within(region).findByRole('rowheader', { name: new RegExp(`^${name}`) }, SLOW)).closest(
    'tr',
  )!;

afterEach(() => {
  cleanup();
  useRaterAliasesStore.setState({ chosen: {} });
  useStatus.getState().dismiss();
});

describe('the judging board', () => {
  it('shows each judge’s count, status and bar, as aliases until the owner shows names', async () => {
    openSession(client('scoring'));
    const board = await screen.findByRole('region', { name: 'Judging progress' }, SLOW);
    await within(board).findByText('32 of 60', undefined, SLOW);
    expect(board.textContent).toContain('judgements made · 1 of 3 judges finished · 1 not joined');

    const ana = await rowOf(board, 'R1');
    expect(within(ana).getByText('12 of 20')).toBeTruthy();
    expect(within(ana).getByText('Judging')).toBeTruthy();
    const bar = within(ana).getByRole('progressbar', { name: 'R1: 12 of 20 judgements' });
    expect(bar.getAttribute('value')).toBe('12');
    expect(bar.getAttribute('max')).toBe('20');
    expect(within(await rowOf(board, 'R2')).getByText('Finished')).toBeTruthy();
    expect(within(await rowOf(board, 'R3')).getByText('Not joined yet')).toBeTruthy();
    expect(board.textContent).not.toContain('Ana Silva');
    const judges = within(board)
      .getAllByRole('rowheader')
      .map((cell) => cell.textContent);
    expect(judges).toEqual(['R1', 'R2', 'R3']);

    fireEvent.click(
      within(board).getByRole('checkbox', { name: 'Show judges as R1..Rn for the room' }),
    );
    const named = await rowOf(board, 'Ana Silva');
    expect(within(named).getByText('12 of 20')).toBeTruthy();
    expect(within(named).getByRole('button', { name: 'Let Ana Silva join again' })).toBeTruthy();
    // Someone who never joined has nothing to reset.
    expect(within(await rowOf(board, 'Cleo Park')).queryByRole('button')).toBeNull();
  });

  it('lets a judge join again, named on the status line as the room sees them', async () => {
    const api = client('scoring').on('room.resetRater', () => ({ done: true }));
    openSession(api);
    const board = await screen.findByRole('region', { name: 'Judging progress' }, SLOW);
    fireEvent.click(
      within(await rowOf(board, 'R1')).getByRole('button', { name: 'Let R1 join again' }),
    );
    await waitFor(
      () =>
        expect(useStatus.getState().message?.text).toBe('R1 can join again with the session code.'),
      SLOW,
    );
    expect(api.calls.find((c) => c.method === 'room.resetRater')?.input).toEqual({
      sessionId: 'ses_cj',
      personId: 'p_ana',
    });
  });

  it('lists the samples by ability, strongest first, with intervals and anchors marked', async () => {
    openSession(client('scoring'));
    const scale = await screen.findByRole('region', { name: 'Live scale' }, SLOW);
    const list = await within(scale).findByRole(
      'list',
      { name: 'Samples on the live scale, strongest first' },
      SLOW,
    );
    const items = within(list).getAllByRole('listitem');
    const code = (item: HTMLElement) => item.querySelector('.mono')?.textContent;
    expect(items.map(code)).toEqual(['T9X4', 'W2H6', 'M3P8', 'K7Q2']);
    const [anchor, , , weakest] = items as [HTMLElement, HTMLElement, HTMLElement, HTMLElement];
    // 1.25 ± 1.96 × 0.6
    expect(anchor.textContent).toContain('1.3 (0.1 to 2.4)');
    expect(anchor.textContent).toContain('won 3 of 8');
    expect(within(anchor).getByText('Anchor')).toBeTruthy();
    expect(anchor.querySelector('polygon')).not.toBeNull();
    expect(weakest.textContent).toContain('−1.5 (−2.9 to −0.1)');
    expect(within(weakest).queryByText('Anchor')).toBeNull();
    expect(weakest.querySelector('polygon')).toBeNull();
    expect(weakest.querySelector('circle')).not.toBeNull();
    expect(scale.textContent).toContain('32 judgements');
    expect(scale.textContent).not.toContain('not yet compared with the rest');
  });

  it('says when part of the samples is not yet compared with the rest, and refreshes on a judgement', async () => {
    let answer: Scale = { ...SCALE, components: 2 };
    const api = client('scoring', () => answer);
    openSession(api);
    const scale = await screen.findByRole('region', { name: 'Live scale' }, SLOW);
    expect(
      await within(scale).findByText(
        'Some samples are not yet compared with the rest: keep judging.',
        undefined,
        SLOW,
      ),
    ).toBeTruthy();

    answer = { ...SCALE, judgements: 33, components: 1 };
    const before = api.count('judging.scale');
    act(() => api.emit({ topic: 'judgements', sessionId: 'ses_cj' }));
    await waitFor(() => expect(api.count('judging.scale')).toBeGreaterThan(before), SLOW);
    await within(scale).findByText('33 judgements', undefined, SLOW);
    expect(scale.textContent).not.toContain('not yet compared with the rest');
  });

  it('waits for the first judgement before drawing a scale', async () => {
    openSession(client('scoring', () => ({ judgements: 0, components: 4, samples: [] })));
    const scale = await screen.findByRole('region', { name: 'Live scale' }, SLOW);
    await within(scale).findByText(/No judgements yet/, undefined, SLOW);
    expect(within(scale).queryByRole('list')).toBeNull();
  });
});

describe('the phases of a judgement session', () => {
  it('starts judging from a draft, with no board or scale before', async () => {
    const api = client('draft');
    openSession(api);
    fireEvent.click(await screen.findByRole('button', { name: 'Start judging' }, SLOW));
    await waitFor(() => expect(api.count('sessions.start')).toBe(1), SLOW);
    expect(screen.queryByRole('region', { name: 'Live scale' })).toBeNull();
    expect(screen.queryByRole('button', { name: /Start scoring/ })).toBeNull();
  });

  it('ends judging only on the confirm button, naming who is still judging', async () => {
    const api = client('scoring');
    openSession(api);
    expect(
      await screen.findByText(/Comparative judgement · Judging:/, undefined, SLOW),
    ).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Join this session' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'End judging and show results…' }));
    const dialog = screen.getByRole('alertdialog', { name: 'End judging and show results?' });
    await within(dialog).findByText(/Still judging \(2 of 3\)/, undefined, SLOW);
    expect(dialog.textContent).toContain('R1 (12 of 20), R3 (not joined yet)');
    expect(api.count('sessions.reveal')).toBe(0);

    fireEvent.click(within(dialog).getByRole('button', { name: 'Keep judging' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'End judging and show results…' }));
    fireEvent.click(
      within(screen.getByRole('alertdialog')).getByRole('button', {
        name: 'End judging and show results',
      }),
    );
    await waitFor(() => expect(api.count('sessions.reveal')).toBe(1), SLOW);
    expect(api.calls.find((c) => c.method === 'sessions.reveal')?.input).toEqual({
      sessionId: 'ses_cj',
    });
  });

  it('says why starting failed, under the start button', async () => {
    const api = client('draft').on('sessions.start', () => {
      throw new ApiError('conflict', 'This session has no judges yet.');
    });
    openSession(api);
    fireEvent.click(await screen.findByRole('button', { name: 'Start judging' }, SLOW));
    const alert = await screen.findByRole('alert', undefined, SLOW);
    expect(alert.textContent).toBe('This session has no judges yet.');
    expect(alert.previousElementSibling).toBe(
      screen.getByRole('button', { name: 'Start judging' }),
    );
  });

  it('asks before closing, says what closing means, and gives focus back on keeping it open', async () => {
    const api = client('revealed');
    openSession(api);
    fireEvent.click(await screen.findByRole('button', { name: 'Close session' }, SLOW));
    const dialog = screen.getByRole('alertdialog', {
      name: 'Close this session?',
      description: /The judgements become final, the room closes and judges’ access ends\./,
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Keep it open' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    const again = screen.getByRole('button', { name: 'Close session' });
    await waitFor(() => expect(document.activeElement).toBe(again), SLOW);
    expect(api.count('sessions.close')).toBe(0);
  });

  it('closes a session whose results are shown after asking', async () => {
    const api = client('revealed');
    openSession(api);
    fireEvent.click(await screen.findByRole('button', { name: 'Close session' }, SLOW));
    fireEvent.click(screen.getByRole('button', { name: 'Close the session' }));
    await waitFor(() => expect(api.count('sessions.close')).toBe(1), SLOW);
    // Judging is over: nobody joins any more, but the scale stays for the facilitator.
    expect(screen.queryByRole('region', { name: 'Join this session' })).toBeNull();
    expect(screen.getByRole('region', { name: 'Live scale' })).toBeTruthy();
  });
});

describe('the session set-up', () => {
  it('is open on a draft and says the question, the judgements and who takes part', async () => {
    openSession(client('draft'));
    const summary = await screen.findByText('Session set-up', undefined, SLOW);
    expect(summary.closest('details')?.open).toBe(true);
    const fact = (term: string) => screen.getByText(term, { selector: 'dt' }).nextElementSibling;
    expect(fact('Question')?.textContent).toBe('Which argues better?');
    expect(fact('Rubric')?.textContent).toBe(
      'Argument writing: its levels name the level bands on the scale',
    );
    expect(fact('Judgements')?.textContent).toBe('20 per judge, about 30 judgements per sample');
    expect(fact('In this session')?.textContent).toBe('4 samples, 3 judges');
    expect(screen.getByRole('heading', { name: 'Judges' })).toBeTruthy();
  });
});

describe('the scale’s layout', () => {
  it('puts every sample on one axis, strongest first, and those not compared yet last', () => {
    const rows = scaleLayout([
      { ...scaleSample('A', -1, 0.5) },
      { ...scaleSample('B', 2, null) },
      { ...scaleSample('C', 0, 0.25), comparisons: 0, wins: 0 },
      { ...scaleSample('D', 1, 1) },
    ]);
    expect(rows.map((r) => r.code)).toEqual(['B', 'D', 'A', 'C']);
    const [b, d, a, c] = rows;
    // The axis runs from A's low end (-1.98) to D's high end (2.96), padded a little.
    expect(a!.from).toBeGreaterThan(0);
    expect(d!.to).toBeLessThan(100);
    expect(a!.from!).toBeLessThan(a!.at!);
    expect(a!.at!).toBeLessThan(d!.at!);
    expect(d!.at!).toBeLessThan(b!.at!);
    expect(b!.from).toBeNull();
    expect(c!.at).toBeNull();
    expect(d!.low).toBeCloseTo(1 - 1.96);
    expect(d!.high).toBeCloseTo(1 + 1.96);
  });
});

describe('the sessions table', () => {
  it('marks a comparative judgement session and says its phase in its own words', async () => {
    const meeting = {
      ...session('scoring'),
      id: 'ses_m',
      kind: 'rubric' as const,
      title: 'Rubric',
    };
    const router = createMemoryRouter(
      [
        {
          path: '*',
          element: <SessionsTable sessions={[meeting, session('scoring')]} caption="All" />,
        },
      ],
      { initialEntries: ['/'] },
    );
    render(
      <ApiProvider client={new ScriptedClient({})}>
        <RouterProvider router={router} />
      </ApiProvider>,
    );
    const table = await screen.findByRole('table', { name: 'All' }, SLOW);
    const judged = within(table)
      .getByRole('rowheader', { name: /Argument, pairwise/ })
      .closest('tr')!;
    expect(within(judged).getByText('Comparative judgement')).toBeTruthy();
    expect(within(judged).getByText('Judging')).toBeTruthy();
    const scored = within(table)
      .getByRole('rowheader', { name: /^Rubric/ })
      .closest('tr')!;
    expect(within(scored).queryByText('Comparative judgement')).toBeNull();
    expect(within(scored).getByText('Scoring')).toBeTruthy();
  });
});
