// @vitest-environment happy-dom
// The coach's drift pages on figures from the real engine: an alert held back for want of scores
// says why, an earlier alert stays listed (resolved) after a later session is fine, and the
// rater's session table sits in a named region that becomes focusable only when it must scroll.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MemoryRouter, Route, Routes } from 'react-router';
import type { MethodOutput } from '../../src-main/api/contract.js';
import type { MonitorRating } from '../../src-main/stats/index.js';
import { computeDrift } from '../../src-main/stats/index.js';
import { ApiProvider } from '../../src-renderer/api/ApiProvider.js';
import { DriftOverview } from '../../src-renderer/pages/drift/DriftOverview.js';
import { RaterDriftPage } from '../../src-renderer/pages/drift/RaterDriftPage.js';
import { ScriptedClient } from './fakes.js';

// The charts draw on a canvas happy-dom does not have; their figures are in the tables tested here.
vi.mock('../../src-renderer/pages/drift/TrendChart.js', () => ({
  TrendChart: ({ label }: { label: string }) => <div role="img" aria-label={label} />,
}));

afterEach(cleanup);

/** Dana (D) and Kim (K) on `n` samples; Dana matches the consensus (2) on the first `exact`. */
function session(id: string, exact: number, n = 10): MonitorRating[] {
  return Array.from({ length: n }, (_, i) => [
    { session: id, sample: `${id}-${i}`, criterion: 'E', rater: 'D', score: i < exact ? 2 : 3 },
    { session: id, sample: `${id}-${i}`, criterion: 'E', rater: 'K', score: 2 },
  ]).flat();
}

// January 5 of 10 (an alert), March 9 of 10 (fine), May 1 of only 3 (held back).
const ratings = [...session('T1', 5), ...session('T2', 9), ...session('T3', 1, 3)];
const report = computeDrift({
  ratings,
  consensus: ratings
    .filter((r) => r.rater === 'K')
    .map((r) => ({ session: r.session, sample: r.sample, criterion: 'E', score: 2 })),
  sessions: [
    { id: 'T1', date: '2026-01-10', label: 'January practice' },
    { id: 'T2', date: '2026-03-10', label: 'March practice' },
    { id: 'T3', date: '2026-05-10', label: 'May practice' },
  ],
  levels: [1, 2, 3, 4],
  raterNames: { D: 'Dana Reyes', K: 'Kim Osei' },
});
const dana = report.raters.find((r) => r.rater === 'D')!;

function client() {
  const versions: MethodOutput<'drift.versions'> = [
    { rubricVersionId: 'rv_1', title: 'Argument writing', version: 1, sessions: 3 },
  ];
  return new ScriptedClient({})
    .on('drift.versions', () => versions)
    .on('drift.report', () => ({ rubricVersionId: 'rv_1', report }));
}

function renderAt(path: string, api = client()) {
  return render(
    <ApiProvider client={api}>
      <MemoryRouter initialEntries={[path]}>
        <Routes>
          <Route path="/raters" element={<DriftOverview />} />
          <Route path="/raters/:personId" element={<RaterDriftPage />} />
        </Routes>
      </MemoryRouter>
    </ApiProvider>,
  );
}

/** Pretend every scroll box is `content` px wide inside `box` px (happy-dom lays nothing out). */
function layOut(content: number, box: number): () => void {
  const proto = HTMLElement.prototype;
  const saved = ['scrollWidth', 'clientWidth'].map(
    (key) => [key, Object.getOwnPropertyDescriptor(proto, key)] as const,
  );
  Object.defineProperty(proto, 'scrollWidth', { configurable: true, get: () => content });
  Object.defineProperty(proto, 'clientWidth', { configurable: true, get: () => box });
  return () => {
    for (const [key, descriptor] of saved) {
      if (descriptor) Object.defineProperty(proto, key, descriptor);
      else delete (proto as unknown as Record<string, unknown>)[key];
    }
  };
}

describe('a rater’s drift page', () => {
  it('says why no alert was raised, and keeps the earlier one listed as resolved', async () => {
    renderAt('/raters/D');
    await screen.findByRole('heading', { level: 1, name: 'Dana Reyes: drift across sessions' });
    expect(screen.queryByRole('list', { name: 'Alerts' })).toBeNull();
    expect(
      screen.getByText(
        'No alert was raised in Dana Reyes’s latest session: too few scores had a consensus score to be sure (see “Alerts held back” below).',
      ),
    ).toBeTruthy();

    const held = screen.getByRole('list', { name: 'Held back' });
    const note = within(held).getByRole('listitem');
    expect(note.textContent).toBe(`Held back: ${dana.sessions[2]!.heldBack!.message}.`);
    expect(note.textContent).toContain(
      'Dana Reyes in May practice: 33% exact agreement with consensus is below 70%',
    );
    expect(note.textContent).toMatch(/but only 3 scores — an alert needs at least 5\.$/);

    const history = screen.getByRole('list', { name: 'Alert history' });
    const earlier = within(history).getByRole('listitem');
    expect(earlier.textContent).toContain('January practice');
    expect(earlier.textContent).toContain(
      'Dana Reyes agreed exactly with consensus on 50% of scores in January practice (team threshold 70%).',
    );
    expect(earlier.textContent).toMatch(/^ResolvedJanuary practice \(/);
    expect(earlier.textContent).toContain('Back within the threshold from March practice (');
  });

  it('shows every session in a grouped table, with the alerts or why there are none', async () => {
    renderAt('/raters/D');
    const table = await screen.findByRole('table', { name: 'Dana Reyes, session by session' });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers).toEqual([
      'Session',
      'Scores',
      'Against consensus',
      'Against anchors',
      'Exact with colleagues',
      'Alerts',
      'Exact',
      'Within one',
      'Lean',
      'Exact',
      'Lean',
    ]);
    const rows = within(table).getAllByRole('row').slice(2);
    const cells = rows.map((row) =>
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    );
    // January: 10 scores, 50% exact, all within one, +0.50 levels; Kim agrees on 5 of 10.
    expect(cells[0]).toEqual([
      '10',
      '50%',
      '100%',
      '+0.50 levels (more lenient)',
      '—',
      '—',
      '50%',
      'Exact agreement low',
    ]);
    expect(cells[1]![7]).toBe('None');
    expect(cells[2]![7]).toBe('Held back: only 3 scores with a consensus (5 needed)');
  });

  it('puts the table in a named region that takes focus only when it has to scroll', async () => {
    renderAt('/raters/D');
    const region = await screen.findByRole('region', { name: 'Dana Reyes, session by session' });
    expect(within(region).getByRole('table')).toBeTruthy();
    expect(region.hasAttribute('tabindex')).toBe(false);
    expect(screen.queryByText(/scroll it sideways/)).toBeNull();
    cleanup();

    const restore = layOut(1400, 350);
    try {
      renderAt('/raters/D');
      const narrow = await screen.findByRole('region', { name: 'Dana Reyes, session by session' });
      expect(narrow.getAttribute('tabindex')).toBe('0');
      const hint = document.getElementById(narrow.getAttribute('aria-describedby')!)!;
      expect(hint.textContent).toMatch(/^This table is wider than the screen: scroll it sideways/);
    } finally {
      restore();
    }
  });
});

describe('the drift overview', () => {
  it('lists held-back alerts of the latest sessions and every earlier alert', async () => {
    renderAt('/raters');
    await screen.findByRole('heading', { name: 'Held back in the latest sessions' });
    expect(screen.queryByRole('list', { name: 'Alerts' })).toBeNull();
    expect(
      screen.getByText(
        'No alert was raised in raters’ latest sessions, but some were held back (see below).',
      ),
    ).toBeTruthy();
    const held = within(screen.getByRole('list', { name: 'Held back' })).getAllByRole('listitem');
    expect(held.map((li) => li.textContent)).toEqual([
      `Held back: ${dana.sessions[2]!.heldBack!.message}.`,
    ]);
    const history = within(screen.getByRole('list', { name: 'Alert history' })).getAllByRole(
      'listitem',
    );
    expect(history).toHaveLength(1);
    expect(history[0]!.textContent).toContain('Resolved');
    const overview = screen.getByRole('table', { name: 'Raters on this rubric version' });
    const row = within(overview).getByRole('row', { name: /Dana Reyes/ });
    expect(within(row).getByRole('rowheader').textContent).toBe('Dana Reyes (alert held back)');
    const kim = within(overview).getByRole('row', { name: /Kim Osei/ });
    expect(within(kim).getByRole('rowheader').textContent).toBe('Kim Osei');
  });
});

describe('the team’s thresholds', () => {
  it('once saved, bring the drift figures again, since their alerts follow them', async () => {
    const api = client().on('drift.setThresholds', (thresholds) => thresholds);
    renderAt('/raters', api);
    const save = await screen.findByRole('button', { name: 'Save thresholds' });
    expect(api.count('drift.report')).toBe(1);
    fireEvent.click(save);
    await waitFor(() => expect(api.count('drift.setThresholds')).toBe(1));
    await waitFor(() => expect(api.count('drift.report')).toBe(2));
  });
});
