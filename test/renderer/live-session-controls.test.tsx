// @vitest-environment happy-dom
// The facilitator's controls on the live session page: revealing asks first and says who has not
// submitted, the board tells a rater who never joined, and the join panel asks for hosting first.
import type { ReactNode } from 'react';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryRouter, RouterProvider } from 'react-router';
import type { MethodOutput } from '../../src-main/api/contract.js';
import type { RubricVersion } from '../../src-main/domain/rubric.js';
import type { SessionDetail } from '../../src-main/domain/session.js';
import { DEFAULT_SESSION_OPTIONS } from '../../src-main/domain/session.js';
import { ApiProvider } from '../../src-renderer/api/ApiProvider.js';
import { HostPanel } from '../../src-renderer/pages/sessions/live/HostPanel.js';
import { PhaseControls } from '../../src-renderer/pages/sessions/live/PhaseControls.js';
import { ProgressBoard } from '../../src-renderer/pages/sessions/live/ProgressBoard.js';
import { RevealBoard } from '../../src-renderer/meeting/RevealBoard.js';
import { useStatus } from '../../src-renderer/state/status-store.js';
import { ScriptedClient } from './fakes.js';

type Progress = MethodOutput<'sessions.progress'>;

const SESSION: SessionDetail = {
  id: 'ses_1',
  kind: 'rubric',
  title: 'October moderation',
  heldOn: '2026-10-14',
  phase: 'scoring',
  currentRound: 1,
  rubricVersionId: 'rv_1',
  rubricTitle: 'Argument writing',
  sampleCount: 2,
  raterCount: 3,
  options: { ...DEFAULT_SESSION_OPTIONS, rounds: 2 },
  facilitatorId: null,
  sampleIds: ['smp_1', 'smp_2'],
  raters: [
    { personId: 'p_ana', alias: 'R1', name: 'Ana Silva' },
    { personId: 'p_ben', alias: 'R2', name: 'Ben Ortiz' },
    { personId: 'p_cleo', alias: 'R3', name: 'Hannah Kowalczyk-Lindqvist' },
  ],
  revealedSampleIds: [],
  timer: null,
  judging: null,
};

function row(
  personId: string,
  name: string,
  alias: string,
  state: { joined: boolean; submitted: boolean; done: number },
): Progress[number] {
  return {
    personId,
    alias,
    name,
    done: state.done,
    total: 4,
    samplesComplete: [state.done >= 2, state.done >= 4],
    submitted: state.submitted,
    joined: state.joined,
  };
}

const MIXED: Progress = [
  row('p_ana', 'Ana Silva', 'R1', { joined: true, submitted: true, done: 4 }),
  row('p_ben', 'Ben Ortiz', 'R2', { joined: true, submitted: false, done: 1 }),
  row('p_cleo', 'Hannah Kowalczyk-Lindqvist', 'R3', { joined: false, submitted: false, done: 0 }),
];

function renderAt(client: ScriptedClient, element: ReactNode) {
  const router = createMemoryRouter([{ path: '*', element }], { initialEntries: ['/'] });
  return render(
    <ApiProvider client={client}>
      <RouterProvider router={router} />
    </ApiProvider>,
  );
}

function meetingClient(progress: Progress) {
  return new ScriptedClient({})
    .on('sessions.progress', () => progress)
    .on('samples.list', () => [])
    .on('sessions.reveal', () => ({ ...SESSION, phase: 'revealed' }));
}

afterEach(() => {
  cleanup();
  useStatus.getState().dismiss();
});

describe('ending scoring with the reveal', () => {
  it('asks first, names who has not submitted, and reveals only on the confirm button', async () => {
    const client = meetingClient(MIXED);
    renderAt(client, <PhaseControls session={SESSION} />);
    expect(screen.queryByRole('button', { name: 'Reveal all samples' })).toBeNull();
    const opener = screen.getByRole('button', { name: 'End scoring and reveal…' });
    fireEvent.click(opener);

    const dialog = screen.getByRole('alertdialog', {
      name: 'End scoring and reveal all samples?',
      description: /Revealing cannot be undone\./,
    });
    expect(document.activeElement).toBe(dialog);
    await within(dialog).findByText(/Not submitted yet \(2 of 3\)/);
    expect(dialog.textContent).toContain('Ben Ortiz, Hannah Kowalczyk-Lindqvist (not joined yet)');
    expect(dialog.textContent).not.toContain('Ana Silva');
    expect(dialog.textContent).toContain('cannot be undone');
    expect(client.count('sessions.reveal')).toBe(0);

    fireEvent.click(within(dialog).getByRole('button', { name: 'Keep scoring' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(client.count('sessions.reveal')).toBe(0);
    const again = screen.getByRole('button', { name: 'End scoring and reveal…' });
    await waitFor(() => expect(document.activeElement).toBe(again));

    fireEvent.click(again);
    fireEvent.click(
      within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Reveal all samples' }),
    );
    await waitFor(() => expect(client.count('sessions.reveal')).toBe(1));
    expect(client.calls.find((c) => c.method === 'sessions.reveal')?.input).toEqual({
      sessionId: 'ses_1',
    });
  });

  it('says so when everyone has submitted', async () => {
    const all = MIXED.map((r) => ({ ...r, joined: true, submitted: true }));
    renderAt(meetingClient(all), <PhaseControls session={SESSION} />);
    fireEvent.click(screen.getByRole('button', { name: 'End scoring and reveal…' }));
    const dialog = screen.getByRole('alertdialog');
    expect(await within(dialog).findByText('Everyone has submitted.')).toBeTruthy();
  });

  it('counts a rater marked submitted by "end scoring for everyone" as not joined', async () => {
    const ended = MIXED.map((r) => ({ ...r, submitted: true }));
    renderAt(meetingClient(ended), <PhaseControls session={SESSION} />);
    fireEvent.click(screen.getByRole('button', { name: 'End scoring and reveal…' }));
    const dialog = screen.getByRole('alertdialog');
    await within(dialog).findByText(/Not submitted yet \(1 of 3\)/);
    expect(dialog.textContent).toContain('Hannah Kowalczyk-Lindqvist (not joined yet)');
  });
});

describe('revealing sample by sample', () => {
  const rubric: RubricVersion = {
    id: 'rv_1',
    rubricId: 'r_1',
    version: 1,
    title: 'Argument writing',
    description: '',
    gradeBandId: null,
    levels: [1, 2].map((value) => ({ value, label: `Level ${value}` })),
    criteria: [
      {
        id: 'c_1',
        key: 'claim',
        name: 'Claim',
        competencyId: null,
        descriptors: { '1': 'Unclear', '2': 'Clear' },
      },
    ],
    frozenAt: '2026-10-01T00:00:00.000Z',
    createdAt: '2026-09-01T00:00:00.000Z',
  };
  const hidden = (sampleId: string, code: string, revealed: boolean) => ({
    sampleId,
    code,
    revealed,
    cells: [],
    contestedness: 0,
    flagged: false,
  });
  const boardClient = (samples: ReturnType<typeof hidden>[]) =>
    meetingClient(MIXED)
      .on('reveal.view', ({ round }) => ({ round: round ?? 1, samples }))
      .on('consensus.list', () => []);

  it('reveals a sample at once while others stay hidden', async () => {
    const client = boardClient([
      hidden('smp_1', 'S-AAAA', false),
      hidden('smp_2', 'S-BBBB', false),
    ]);
    renderAt(client, <RevealBoard session={SESSION} rubric={rubric} owner />);
    fireEvent.click(await screen.findByRole('button', { name: 'Reveal sample S-AAAA' }));
    await waitFor(() => expect(client.count('sessions.reveal')).toBe(1));
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });

  it('asks before the last hidden sample, since revealing it ends scoring', async () => {
    const client = boardClient([hidden('smp_1', 'S-AAAA', true), hidden('smp_2', 'S-BBBB', false)]);
    renderAt(client, <RevealBoard session={SESSION} rubric={rubric} owner />);
    fireEvent.click(await screen.findByRole('button', { name: 'Reveal sample S-BBBB' }));
    const dialog = screen.getByRole('alertdialog', {
      name: 'Reveal sample S-BBBB, the last one, and end scoring?',
    });
    await within(dialog).findByText(/Not submitted yet \(2 of 3\)/);
    expect(client.count('sessions.reveal')).toBe(0);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Reveal sample S-BBBB' }));
    await waitFor(() => expect(client.count('sessions.reveal')).toBe(1));
    expect(client.calls.find((c) => c.method === 'sessions.reveal')?.input).toEqual({
      sessionId: 'ses_1',
      sampleId: 'smp_2',
    });
  });
});

describe('the progress board', () => {
  it('shows a rater who never joined as not joined, with nothing to nudge or reset', async () => {
    renderAt(meetingClient(MIXED), <ProgressBoard session={SESSION} />);
    const table = await screen.findByRole('table', { name: /Scoring progress/ });
    const rows = within(table).getAllByRole('row').slice(1);
    const status = (i: number) => rows[i]!.textContent ?? '';
    expect(status(0)).toContain('Submitted');
    expect(status(1)).toContain('Scoring');
    expect(status(2)).toContain('Not joined yet');
    expect(status(2)).not.toContain('Scoring');
    expect(within(rows[1]!).getByRole('button', { name: 'Nudge Ben Ortiz' })).toBeTruthy();
    expect(within(rows[2]!).queryAllByRole('button')).toHaveLength(0);
    expect(screen.getByText(/raters submitted/).textContent).toBe(
      '1 of 3 raters submitted · 1 not joined yet',
    );
  });
});

describe('ending scoring for everyone', () => {
  it('asks first, says what it means, and ends only on the confirm button', async () => {
    const client = meetingClient(MIXED).on('sessions.endScoring', () => ({ done: true }));
    renderAt(client, <ProgressBoard session={SESSION} />);
    fireEvent.click(await screen.findByRole('button', { name: 'End scoring for everyone' }));
    const dialog = screen.getByRole('alertdialog', {
      name: 'End scoring for everyone?',
      description: /scores of this round lock as they are/,
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Keep scoring open' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'End scoring for everyone' }));
    expect(client.count('sessions.endScoring')).toBe(0);
    fireEvent.click(screen.getByRole('button', { name: 'End scoring now' }));
    await waitFor(() => expect(client.count('sessions.endScoring')).toBe(1));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
  });

  it('lets a rater who joined join again, and says so on the status line', async () => {
    const client = meetingClient(MIXED).on('room.resetRater', () => ({ done: true }));
    renderAt(client, <ProgressBoard session={SESSION} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Let Ben Ortiz join again' }));
    await waitFor(() =>
      expect(useStatus.getState().message?.text).toBe(
        'Ben Ortiz can join again with the session code.',
      ),
    );
    expect(client.calls.find((c) => c.method === 'room.resetRater')?.input).toEqual({
      sessionId: 'ses_1',
      personId: 'p_ben',
    });
  });
});

describe('the join panel', () => {
  const ADDRESSES = [
    { name: 'lo', address: '127.0.0.1', internal: true },
    { name: 'Wi-Fi', address: '10.20.0.7', internal: false },
  ];

  function roomClient(joinUrl: string | null) {
    return new ScriptedClient({})
      .on('room.info', () => ({ code: 'ABC234', joinUrl, lockedOut: false }))
      .on('room.addresses', () => ADDRESSES)
      .on('room.host', () => ({ code: 'ABC234', joinUrl, lockedOut: false }));
  }

  it('before hosting, asks for hosting and shows no address or code for teachers', async () => {
    const client = roomClient(null);
    renderAt(client, <HostPanel session={SESSION} />);
    expect(await screen.findByText(/can join only once you host this session/)).toBeTruthy();
    const panel = screen.getByRole('region', { name: 'Join this session' });
    await within(panel).findByRole('button', { name: 'Host on this network' });
    expect(panel.textContent).not.toMatch(/http:\/\//);
    expect(panel.textContent).not.toContain('ABC234');
    expect(within(panel).queryByRole('option', { name: /127\.0\.0\.1/ })).toBeNull();
  });

  it('once hosted, gives the address with the code in it, and the code only for typing', async () => {
    renderAt(roomClient('http://10.20.0.7:4871/#/join/ABC234'), <HostPanel session={SESSION} />);
    const panel = await screen.findByRole('region', { name: 'Join this session' });
    expect(await within(panel).findByText('http://10.20.0.7:4871/#/join/ABC234')).toBeTruthy();
    expect(
      await within(panel).findByRole('img', { name: /QR code of the join address/ }),
    ).toBeTruthy();
    expect(panel.textContent).toMatch(
      /Or go to http:\/\/10\.20\.0\.7:4871\/#\/join and type this code:\s*ABC234/,
    );
    expect(within(panel).getByRole('button', { name: 'Move to this network' })).toBeTruthy();
  });

  it('hosted on this computer only, says other devices cannot open it and offers no QR code', async () => {
    renderAt(roomClient('http://127.0.0.1:4871/#/join/ABC234'), <HostPanel session={SESSION} />);
    expect(await screen.findByText(/hosted on this computer only/)).toBeTruthy();
    const panel = screen.getByRole('region', { name: 'Join this session' });
    expect(panel.textContent).not.toContain('127.0.0.1:4871');
    expect(within(panel).queryByRole('img')).toBeNull();
  });
});
