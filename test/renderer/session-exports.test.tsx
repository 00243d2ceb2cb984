// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { SessionDetail } from '../../src-main/domain/session.js';
import { ApiProvider } from '../../src-renderer/api/ApiProvider.js';
import { fileSlug } from '../../src-main/domain/file-name.js';
import { ratingsFileName } from '../../src-renderer/lib/download.js';
import { SessionExports } from '../../src-renderer/pages/sessions/SessionExports.js';
import { useStatus } from '../../src-renderer/state/status-store.js';
import { ScriptedClient } from './fakes.js';
import { savedDownloads } from './saved-downloads.js';

const SESSION: SessionDetail = {
  id: 'ses_1',
  kind: 'rubric',
  title: 'Grade 7 Argument',
  heldOn: '2026-11-04',
  phase: 'revealed',
  currentRound: 1,
  rubricVersionId: 'rv_1',
  rubricTitle: 'Argument writing',
  sampleCount: 2,
  raterCount: 3,
  options: { blind: true, randomizeOrder: true, hideRaterNames: true, rounds: 1, protocol: [] },
  facilitatorId: null,
  sampleIds: ['smp_1', 'smp_2'],
  raters: [],
  revealedSampleIds: ['smp_1', 'smp_2'],
  timer: null,
  judging: null,
};

describe('ratings file names', () => {
  it('name the session by its title and date, the rounds and the layout', () => {
    expect(ratingsFileName(SESSION, 'long')).toBe('grade-7-argument-2026-11-04-round-1-long.csv');
    expect(ratingsFileName(SESSION, 'wide')).toBe('grade-7-argument-2026-11-04-round-1-wide.csv');
    expect(ratingsFileName({ ...SESSION, currentRound: 2 }, 'long')).toBe(
      'grade-7-argument-2026-11-04-rounds-1-to-2-long.csv',
    );
  });

  it('keep only letters and digits from a title, accents dropped, in any script', () => {
    expect(fileSlug('Αξιολόγηση Оценка', 'report')).toBe('αξιολογηση-оценка');
    expect(fileSlug('Écriture — 5e année: «argumenter» / Oct.', 'session')).toBe(
      'ecriture-5e-annee-argumenter-oct',
    );
    expect(fileSlug('../../etc/passwd', 'session')).toBe('etc-passwd');
    expect(fileSlug('???', 'session')).toBe('session');
    expect(fileSlug('a'.repeat(59) + ' b', 'session')).toBe('a'.repeat(59));
  });
});

/** Generous: the machine running the tests may be busy. */
const SLOW = { timeout: 5_000 };

describe('SessionExports', () => {
  const saved = savedDownloads();
  afterEach(() => {
    cleanup();
    useStatus.getState().dismiss();
  });

  it('saves the long and the wide CSV under different names, and says which', async () => {
    // The server names both layouts alike.
    const client = new ScriptedClient({}).on('exports.ratings', () => ({
      files: [{ fileName: 'grade-7-argument-ratings.csv', mediaType: 'text/csv', text: 'x\n' }],
    }));
    render(
      <ApiProvider client={client}>
        <SessionExports session={SESSION} />
      </ApiProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Download long CSV' }));
    await waitFor(() => expect(saved).toHaveLength(1), SLOW);
    await waitFor(() =>
      expect(
        screen.getByRole('button', { name: 'Download wide CSV' }).hasAttribute('disabled'),
      ).toBe(false),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Download wide CSV' }));
    await waitFor(() => expect(saved).toHaveLength(2), SLOW);
    expect(saved).toEqual([
      'grade-7-argument-2026-11-04-round-1-long.csv',
      'grade-7-argument-2026-11-04-round-1-wide.csv',
    ]);
    expect(screen.queryByText(/concord stats/)).toBeNull();
  });

  it('keeps the server’s FACETS names: the specification names its data file', async () => {
    const client = new ScriptedClient({}).on('exports.ratings', () => ({
      files: [
        { fileName: 'grade-7-ratings.spec.txt', mediaType: 'text/plain', text: 'x' },
        { fileName: 'grade-7-ratings.data.txt', mediaType: 'text/plain', text: 'y' },
      ],
    }));
    render(
      <ApiProvider client={client}>
        <SessionExports session={SESSION} />
      </ApiProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Download FACETS files' }));
    await waitFor(() => expect(saved).toHaveLength(2), SLOW);
    expect(saved).toEqual(['grade-7-ratings.spec.txt', 'grade-7-ratings.data.txt']);
    expect(useStatus.getState().message).toMatchObject({
      tone: 'success',
      text: 'Downloaded grade-7-ratings.spec.txt and grade-7-ratings.data.txt.',
    });
  });

  it('saves a session package, a binary file, and says so', async () => {
    const client = new ScriptedClient({}).on('packages.exportSession', () => ({
      fileName: 'grade-7-argument.concord',
      base64: btoa('PK'),
    }));
    render(
      <ApiProvider client={client}>
        <SessionExports session={SESSION} />
      </ApiProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Export session package' }));
    await waitFor(() => expect(saved).toEqual(['grade-7-argument.concord']), SLOW);
    expect(useStatus.getState().message?.text).toBe('Downloaded grade-7-argument.concord.');
  });
});
