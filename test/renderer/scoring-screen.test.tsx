// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MethodOutput } from '../../src-main/api/contract.js';
import { ApiProvider } from '../../src-renderer/api/ApiProvider.js';
import { ApiError, clientError } from '../../src-renderer/api/errors.js';
import { ScoringScreen } from '../../src-renderer/meeting/ScoringScreen.js';
import { ScriptedClient } from './fakes.js';

type Assignment = MethodOutput<'scoring.assignment'>;
type Entry = Assignment['scores'][number];

const rubric: Assignment['rubric'] = {
  id: 'rv1',
  rubricId: 'r1',
  version: 1,
  title: 'Argument',
  description: '',
  gradeBandId: null,
  levels: [
    { value: 1, label: 'Not yet' },
    { value: 2, label: 'Emerging' },
    { value: 3, label: 'Proficient' },
    { value: 4, label: 'Advanced' },
  ],
  criteria: ['Claim', 'Evidence'].map((name) => ({
    id: `c-${name}`,
    key: `k-${name}`,
    name,
    competencyId: null,
    descriptors: {
      '1': `${name} one`,
      '2': `${name} two`,
      '3': `${name} three`,
      '4': `${name} four`,
    },
  })),
  frozenAt: '2026-01-01T00:00:00Z',
  createdAt: '2026-01-01T00:00:00Z',
};

/** The same rubric with its levels counted from 0. */
const fromZero: Assignment['rubric'] = {
  ...rubric,
  levels: rubric.levels.map((l) => ({ ...l, value: l.value - 1 })),
  criteria: rubric.criteria.map((c) => ({
    ...c,
    descriptors: Object.fromEntries(
      Object.entries(c.descriptors).map(([v, d]) => [String(Number(v) - 1), d]),
    ),
  })),
};

function scoringClient(
  options: {
    submitted?: boolean;
    rubric?: Assignment['rubric'];
    /** How the nth `scores.record` call (from 0) goes. */
    record?: (n: number) => 'ok' | 'offline' | 'refused';
  } = {},
) {
  const scores: Entry[] = [];
  let recorded = 0;
  let submitted = options.submitted ?? false;
  const client = new ScriptedClient({})
    .on('scoring.assignment', () => ({
      sessionId: 's1',
      title: 'Session',
      round: 1,
      phase: 'scoring',
      raterId: 'p1',
      raterName: 'Ada',
      submitted,
      rubric: options.rubric ?? rubric,
      samples: [
        { id: 'x1', code: 'S-AAAA', kind: 'text', mediaType: 'text/plain' },
        { id: 'x2', code: 'S-BBBB', kind: 'text', mediaType: 'text/plain' },
      ],
      revealedSampleIds: [],
      scores: [...scores],
    }))
    .on('samples.content', () => ({ mediaType: 'text/plain', base64: btoa('The student work.') }))
    .on('scores.record', (input) => {
      const outcome = options.record?.(recorded++) ?? 'ok';
      if (outcome === 'offline') throw clientError('network');
      if (outcome === 'refused') throw new ApiError('conflict', 'Your scores are locked.');
      const entry: Entry = {
        sessionId: 's1',
        round: 1,
        sampleId: input.sampleId,
        raterId: 'p1',
        criterionId: input.criterionId,
        score: input.score,
        note: input.note ?? '',
        recordedAt: new Date().toISOString(),
      };
      const at = scores.findIndex(
        (s) => s.sampleId === input.sampleId && s.criterionId === input.criterionId,
      );
      if (at >= 0) scores[at] = entry;
      else scores.push(entry);
      return entry;
    })
    .on('scores.submit', () => {
      submitted = true;
      return { done: true };
    });
  return client;
}

const flush = () => act(() => new Promise((r) => setTimeout(r, 0)));

describe('scoring screen', () => {
  afterEach(() => {
    cleanup();
    sessionStorage.clear();
  });

  it('scores by keyboard: digits, N for cannot score, arrows between criteria', async () => {
    const client = scoringClient();
    render(
      <ApiProvider client={client}>
        <ScoringScreen sessionId="s1" />
      </ApiProvider>,
    );
    expect(await screen.findByText('The student work.')).toBeTruthy();
    expect(screen.getByText(/0 of 2 samples/)).toBeTruthy();
    fireEvent.keyDown(window, { key: '3' });
    await flush();
    expect(
      screen.getByRole('radio', { name: 'Claim: 3 Proficient' }).getAttribute('aria-checked'),
    ).toBe('true');
    fireEvent.keyDown(window, { key: 'ArrowDown' });
    await flush();
    fireEvent.keyDown(window, { key: 'n' });
    await flush();
    expect(
      screen.getByRole('radio', { name: 'Evidence: Cannot score' }).getAttribute('aria-checked'),
    ).toBe('true');
    const recorded = client.calls.filter((c) => c.method === 'scores.record').map((c) => c.input);
    expect(recorded).toEqual([
      expect.objectContaining({ sampleId: 'x1', criterionId: 'c-Claim', score: 3 }),
      expect.objectContaining({ sampleId: 'x1', criterionId: 'c-Evidence', score: null }),
    ]);
    expect(screen.getByRole('status').textContent).toBe('Saved');
    expect(screen.getByText(/1 of 2 samples/)).toBeTruthy();
  });

  it('ignores keys typed into the evidence note', async () => {
    const client = scoringClient();
    render(
      <ApiProvider client={client}>
        <ScoringScreen sessionId="s1" />
      </ApiProvider>,
    );
    const note = await screen.findByRole('textbox', { name: 'Note on Claim (optional)' });
    fireEvent.keyDown(note, { key: '2' });
    await flush();
    expect(client.count('scores.record')).toBe(0);
  });

  it('locks after submitting: keys and clicks change nothing', async () => {
    const client = scoringClient({ submitted: true });
    render(
      <ApiProvider client={client}>
        <ScoringScreen sessionId="s1" />
      </ApiProvider>,
    );
    expect(await screen.findByText('Submitted — locked')).toBeTruthy();
    fireEvent.keyDown(window, { key: '2' });
    fireEvent.click(screen.getByRole('radio', { name: 'Claim: 4 Advanced' }));
    await flush();
    expect(client.count('scores.record')).toBe(0);
    expect(screen.queryByRole('button', { name: 'Submit my scores' })).toBeNull();
  });

  it('digits are level values, also when the levels start at 0', async () => {
    const client = scoringClient({ rubric: fromZero });
    render(
      <ApiProvider client={client}>
        <ScoringScreen sessionId="s1" />
      </ApiProvider>,
    );
    expect(await screen.findByText('The student work.')).toBeTruthy();
    expect(screen.getByText(/to choose a level/).textContent).toBe(
      'Press 0–3 to choose a level, N for cannot score, arrows ↑ ↓ to move between criteria.',
    );
    fireEvent.keyDown(window, { key: '0' });
    await flush();
    expect(
      screen.getByRole('radio', { name: 'Claim: 0 Not yet' }).getAttribute('aria-checked'),
    ).toBe('true');
    fireEvent.keyDown(window, { key: '4' });
    await flush();
    const recorded = client.calls.filter((c) => c.method === 'scores.record').map((c) => c.input);
    expect(recorded).toEqual([expect.objectContaining({ criterionId: 'c-Claim', score: 0 })]);
  });

  it('a failed save is kept and retried, and a refused one is dropped with the reason', async () => {
    const client = scoringClient({
      record: (n) => (n === 0 ? 'offline' : n === 1 ? 'ok' : 'refused'),
    });
    render(
      <ApiProvider client={client}>
        <ScoringScreen sessionId="s1" />
      </ApiProvider>,
    );
    expect(await screen.findByText('The student work.')).toBeTruthy();
    vi.useFakeTimers();
    try {
      fireEvent.keyDown(window, { key: '3' });
      await act(() => vi.advanceTimersByTimeAsync(0));
      expect(screen.getByRole('status').textContent).toBe('Not saved — retrying');
      await act(() => vi.advanceTimersByTimeAsync(1000));
      expect(screen.getByRole('status').textContent).toBe('Saved');
      expect(client.count('scores.record')).toBe(2);
      fireEvent.keyDown(window, { key: 'ArrowDown' });
      fireEvent.keyDown(window, { key: '2' });
      await act(() => vi.advanceTimersByTimeAsync(0));
      expect(screen.getByRole('alert').textContent).toBe('Your scores are locked.');
      expect(
        screen.getByRole('radio', { name: 'Evidence: 2 Emerging' }).getAttribute('aria-checked'),
      ).toBe('false');
      await act(() => vi.advanceTimersByTimeAsync(10_000));
      expect(client.count('scores.record')).toBe(3);
    } finally {
      vi.useRealTimers();
    }
  });
});
