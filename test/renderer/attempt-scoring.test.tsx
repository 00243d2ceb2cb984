// @vitest-environment happy-dom
// A qualification check's scores go through the meeting's save queue: a failed save is kept and
// tried again (the screen says so), a newer score replaces one still waiting, and only a refusal
// drops a score.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MethodInput, MethodOutput } from '../../src-main/api/contract.js';
import { ApiProvider } from '../../src-renderer/api/ApiProvider.js';
import { ApiError, clientError } from '../../src-renderer/api/errors.js';
import { AttemptPage } from '../../src-renderer/qualification/AttemptPage.js';
import { ScriptedClient } from './fakes.js';

type AttemptView = MethodOutput<'qualification.attempt'>;
type ScoreInput = MethodInput<'qualification.score'>;

const attempt: AttemptView = {
  id: 'a1',
  setId: 'set1',
  setTitle: 'Autumn anchor check',
  personId: 'p1',
  personName: 'Priya Raman',
  startedAt: '2026-01-01T00:00:00Z',
  finishedAt: null,
  rubric: {
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
      descriptors: { '1': 'one', '2': 'two', '3': 'three', '4': 'four' },
    })),
    frozenAt: '2026-01-01T00:00:00Z',
    createdAt: '2026-01-01T00:00:00Z',
  },
  samples: [{ id: 'x1', code: 'S-AAAA', kind: 'text', mediaType: 'text/plain' }],
  scores: [],
  result: null,
};

/** A server whose `qualification.score` answers as `outcome` says for the nth call (from 0). */
function attemptClient(outcome: (n: number) => 'ok' | 'offline' | 'refused') {
  const sent: ScoreInput[] = [];
  const client = new ScriptedClient({})
    .on('qualification.attempt', () => attempt)
    .on('qualification.sample', () => ({ mediaType: 'text/plain', base64: btoa('Anchor work.') }))
    .on('qualification.score', (input) => {
      const n = sent.length;
      sent.push(input);
      const answer = outcome(n);
      if (answer === 'offline') throw clientError('network');
      if (answer === 'refused')
        throw new ApiError(
          'conflict',
          'This attempt is submitted; its scores can no longer change.',
        );
      return { ...attempt, scores: [input] };
    });
  return { client, sent };
}

// One millisecond: an answer reaches the screen in a timer of its own (TanStack Query batches its
// notifications so), and a timer set while fake time runs is due a millisecond later.
const settle = () => act(() => vi.advanceTimersByTimeAsync(1));
const wait = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));
const status = () => screen.getByRole('status').textContent;
const isChecked = (name: string) =>
  screen.getByRole('radio', { name }).getAttribute('aria-checked') === 'true';

async function open(client: ScriptedClient) {
  vi.useFakeTimers();
  render(
    <ApiProvider client={client}>
      <AttemptPage attemptId="a1" />
    </ApiProvider>,
  );
  await settle();
  await settle();
  expect(screen.getByText('Anchor work.')).toBeTruthy();
}

describe('qualification check scoring', () => {
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
  });

  it('keeps a score whose save failed and sends it again, saying so meanwhile', async () => {
    const { client, sent } = attemptClient((n) => (n < 2 ? 'offline' : 'ok'));
    await open(client);
    expect(status()).toBe('No changes yet');
    fireEvent.keyDown(window, { key: '3' });
    await settle();
    expect(isChecked('Claim: 3 Proficient')).toBe(true);
    expect(status()).toBe('Not saved — retrying');
    expect(screen.queryByRole('alert')).toBeNull();
    // Submitting waits for the score.
    fireEvent.click(screen.getByRole('button', { name: 'Submit my check' }));
    const confirm = screen.getByRole('button', { name: 'Submit and see my feedback' });
    expect(confirm.hasAttribute('disabled')).toBe(true);
    await wait(1000);
    expect(sent).toHaveLength(2);
    expect(status()).toBe('Not saved — retrying');
    await wait(2000);
    expect(sent).toEqual([
      { attemptId: 'a1', sampleId: 'x1', criterionKey: 'k-Claim', score: 3 },
      { attemptId: 'a1', sampleId: 'x1', criterionKey: 'k-Claim', score: 3 },
      { attemptId: 'a1', sampleId: 'x1', criterionKey: 'k-Claim', score: 3 },
    ]);
    expect(status()).toBe('Saved');
    expect(isChecked('Claim: 3 Proficient')).toBe(true);
    expect(screen.getByRole('alertdialog').textContent).toContain('1 score is still missing');
    expect(confirm.hasAttribute('disabled')).toBe(false);
  });

  it('a newer score replaces one still waiting to be retried', async () => {
    const { client, sent } = attemptClient((n) => (n === 0 ? 'offline' : 'ok'));
    await open(client);
    fireEvent.keyDown(window, { key: '2' });
    await settle();
    expect(status()).toBe('Not saved — retrying');
    fireEvent.keyDown(window, { key: '4' });
    await settle();
    await wait(10_000);
    expect(sent.map((s) => s.score)).toEqual([2, 4]);
    expect(status()).toBe('Saved');
    expect(isChecked('Claim: 4 Advanced')).toBe(true);
    expect(isChecked('Claim: 2 Emerging')).toBe(false);
  });

  it('a refused score is dropped, the reason shown, and the check fetched again', async () => {
    const { client, sent } = attemptClient(() => 'refused');
    await open(client);
    expect(client.count('qualification.attempt')).toBe(1);
    fireEvent.keyDown(window, { key: '3' });
    await settle();
    await settle();
    expect(screen.getByRole('alert').textContent).toBe(
      'This attempt is submitted; its scores can no longer change.',
    );
    expect(isChecked('Claim: 3 Proficient')).toBe(false);
    expect(client.count('qualification.attempt')).toBe(2);
    await wait(10_000);
    expect(sent).toHaveLength(1);
  });
});
