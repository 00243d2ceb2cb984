// @vitest-environment happy-dom
// The results page of a comparative judgement session: reached from the session's results
// address, it leads with the engine's verdict, draws the scale strongest first with its anchors
// and levels, flags judges with their most surprising choices, sets the scale beside the rubric,
// says what is missing and why, and downloads the session's files.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { MemoryRouter, Route, Routes } from 'react-router';
import type { MethodOutput } from '../../src-main/api/contract.js';
import { JUDGING_TERMS, methodParagraphs } from '../../src-main/domain/judging-words.js';
import type { SessionDetail } from '../../src-main/domain/session.js';
import { READING } from '../../src-main/stats/interpret.js';
import { ApiProvider } from '../../src-renderer/api/ApiProvider.js';
import { SessionResultsPage } from '../../src-renderer/pages/results/SessionResultsPage.js';
import {
  figureAlone,
  figureWithRange,
  levelEstimate,
} from '../../src-renderer/pages/results/judging/judging-words.js';
import { scaleLayout } from '../../src-renderer/pages/results/judging/scale-layout.js';
import { useRaterAliasesStore } from '../../src-renderer/state/rater-aliases-store.js';
import { useStatus } from '../../src-renderer/state/status-store.js';
import {
  JUDGING_LEVELS,
  judgingResults,
  rangedFigure,
  STRONGEST_FIRST,
} from '../helpers/judging-results.js';
import { ScriptedClient } from './fakes.js';
import { savedDownloads } from './saved-downloads.js';

type Results = MethodOutput<'judging.results'>;

/** Generous: the machine running the tests may be busy. */
const SLOW = { timeout: 5_000 };

const SESSION: SessionDetail = {
  id: 'ses_cj',
  kind: 'judgement',
  title: 'Argument, October',
  heldOn: '2026-10-14',
  phase: 'closed',
  currentRound: 1,
  rubricVersionId: 'rv_1',
  rubricTitle: 'Argument writing',
  sampleCount: 5,
  raterCount: 3,
  options: { blind: true, randomizeOrder: true, hideRaterNames: true, rounds: 1, protocol: [] },
  facilitatorId: null,
  sampleIds: ['a', 'b', 'c', 'd', 'e'],
  raters: [
    { personId: 'p1', alias: 'R1', name: 'Ana Lind' },
    { personId: 'p2', alias: 'R2', name: 'Ben Okafor' },
    { personId: 'p3', alias: 'R3', name: 'Dana Reyes' },
  ],
  revealedSampleIds: [],
  timer: null,
  judging: { question: 'Which piece argues its claim better?', competencyId: null, perJudge: 20 },
};

function client(answer: Results = judgingResults(), session: SessionDetail = SESSION) {
  return new ScriptedClient({})
    .on('sessions.get', () => session)
    .on('judging.results', () => answer)
    .on('judging.export', ({ what }) => ({
      fileName: `argument-october-${what}.csv`,
      mediaType: 'text/csv',
      text: 'x\n',
    }));
}

function renderPage(api: ScriptedClient) {
  return render(
    <ApiProvider client={api}>
      <MemoryRouter initialEntries={['/sessions/ses_cj/results']}>
        <Routes>
          <Route path="/sessions/:sessionId/results" element={<SessionResultsPage />} />
        </Routes>
      </MemoryRouter>
    </ApiProvider>,
  );
}

/** The body rows of a table, each as its cells' text. */
function rowsOf(table: HTMLElement): string[][] {
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent ?? ''));
}

afterEach(() => {
  cleanup();
  useRaterAliasesStore.setState({ chosen: {} });
  useStatus.getState().dismiss();
});

describe('the judging results page', () => {
  it('opens for a judgement session and leads with the verdict in plain words', async () => {
    const api = client();
    renderPage(api);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Results: Argument, October' }, SLOW),
    ).toBeTruthy();
    await screen.findByText(
      'The order is reliable enough to share: two halves of the judges put the work in much the same order.',
      {},
      SLOW,
    );
    expect(screen.getByText(/60 judgements by 3 judges · 5 samples/)).toBeTruthy();
    expect(screen.getByText(/Which piece argues its claim better\?/)).toBeTruthy();
    const reliability = screen.getByRole('region', { name: 'How far the order can be trusted' });
    expect(within(reliability).getByText('0.86 (0.80 to 0.90)')).toBeTruthy();
    expect(
      within(reliability).getByText(/two halves of the judges agree on the order/),
    ).toBeTruthy();
    // An undefined figure says why instead of a number.
    expect(
      within(reliability).getByText('Not available: the abilities vary less than their errors'),
    ).toBeTruthy();
    expect(within(reliability).getByText(/verdict above rests on\s+split-half/)).toBeTruthy();
    expect(api.count('results.session')).toBe(0);
  });

  it('explains its words in the printed report’s words', async () => {
    renderPage(client());
    const glossary = await screen.findByRole('region', { name: 'What the words mean' }, SLOW);
    const text = (role: string) =>
      within(glossary)
        .getAllByRole(role)
        .map((el) => el.textContent);
    expect(text('term')).toEqual(JUDGING_TERMS.map((t) => t.term));
    expect(text('definition')).toEqual(JUDGING_TERMS.map((t) => t.meaning));
    const method = within(glossary).getByText('How is this computed?').closest('details')!;
    expect([...method.querySelectorAll('p')].map((p) => p.textContent)).toEqual(methodParagraphs());
  });

  it('draws the scale strongest first, with anchors, levels and adjusted samples marked', async () => {
    renderPage(client());
    const table = await screen.findByRole('table', { name: 'The scale, strongest first' }, SLOW);
    const rows = rowsOf(table);
    expect(rows.map((r) => r[1]!.slice(0, 6))).toEqual([...STRONGEST_FIRST]);
    expect(rows.map((r) => r[0])).toEqual(['1', '2', '3', '4', '5']);
    const [top, anchor, middle] = rows;
    expect(top![1]).toContain('won every comparison — placed by the adjustment');
    expect(top![2]).toBe('+3.10 (95% interval +0.75 to +5.45)');
    expect(top![4]).toBe('Proficient, more than 99% sure');
    expect(anchor![1]).toContain('Anchor: Proficient');
    expect(anchor![2]).toBe('+1.42 (95% interval +0.34 to +2.50)');
    expect(anchor![3]).toBe('18 of 24');
    expect(middle![4]).toBe('Beginning, 70% sure — could be Beginning to Proficient');
    expect(rows[3]![1]).toContain('Anchor: Beginning');
    expect(rows[4]![1]).toContain('lost every comparison — placed by the adjustment');

    const chart = screen.getByRole('img', { name: /^The scale, strongest first/ });
    expect(chart.getAttribute('aria-label')).toContain('from S-4HXP at the top to S-5BNR');
    expect(chart.getAttribute('aria-label')).toContain('2 anchors');
    expect(chart.getAttribute('aria-label')).toContain('levels Beginning, Proficient');
    // Anchors are drawn with their agreed level beside them.
    expect(
      within(chart).getByText(
        'S-7F3K: ability +1.42, 95% interval +0.34 to +2.50; anchor, agreed level Proficient',
      ),
    ).toBeTruthy();
    expect(screen.getByText(/Beginning \(below -0.09\); Proficient \(from -0.09\)/)).toBeTruthy();
  });

  it('flags a judge who judges differently, with their most surprising choices on demand', async () => {
    renderPage(client());
    const table = await screen.findByRole(
      'table',
      { name: 'Each judge’s fit with the team’s scale' },
      SLOW,
    );
    const rows = rowsOf(table);
    expect(rows[0]).toEqual(['R1', 'In line', '20', '0.91', '0.88', '42 s']);
    expect(rows[1]![5]).toBe('8.5 s');
    expect(rows[2]).toEqual([
      'R3',
      'Judges differently from the team',
      '20',
      '1.91',
      '2.40',
      'not recorded',
    ]);
    expect(screen.getByText(/flagged when their infit is above 1.52/)).toBeTruthy();

    const toggle = screen.getByRole('button', { name: 'Show R3’s most surprising choices' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('list', { name: 'R3’s most surprising choices' })).toBeNull();
    expect(screen.queryByRole('button', { name: /R1’s most surprising/ })).toBeNull();
    fireEvent.click(toggle);
    const list = screen.getByRole('list', { name: 'R3’s most surprising choices' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'chose S-2Q9M over S-7F3K; the scale expected that 12% of the time',
      'chose S-9KMT over S-4HXP; the scale expected that less than 1% of the time',
    ]);
    expect(
      screen
        .getByRole('button', { name: 'Hide R3’s most surprising choices' })
        .getAttribute('aria-expanded'),
    ).toBe('true');

    // Names only when the owner asks for them.
    fireEvent.click(screen.getByRole('checkbox', { name: 'Show judges as R1..Rn for the room' }));
    expect(rowsOf(screen.getByRole('table', { name: /fit with the team/ }))[2]![0]).toBe(
      'Dana Reyes',
    );
    expect(screen.getByRole('button', { name: 'Hide Dana Reyes’s most surprising choices' }));
  });

  it('sets the scale beside the rubric, with the samples to discuss next', async () => {
    renderPage(client());
    const section = await screen.findByRole('region', { name: 'Beside the rubric' }, SLOW);
    expect(
      within(section).getByText(
        'Holistic judgement and rubric consensus rank the work in broadly the same order.',
      ),
    ).toBeTruthy();
    // The range's low end reads differently, so the page says the orders may be less alike.
    expect(
      within(section).getByText(
        'With 5 samples, the true figure very likely lies between 0.10 and 0.95, so the two orders may be less alike than this figure suggests.',
      ),
    ).toBeTruthy();
    expect(within(section).getByText('Spearman’s rho: 0.70.')).toBeTruthy();
    expect(within(section).getByRole('heading', { name: 'The team’s next discussion' }));
    const table = within(section).getByRole('table', {
      name: 'Where judgement and the rubric disagree most',
    });
    expect(rowsOf(table)).toEqual([['S-2Q9M', '3', '1.5 (tied)', '3 Proficient']]);
  });

  it('says what is missing, and why, when there are no anchors and no rubric consensus', async () => {
    const bare = judgingResults();
    delete bare.report.levels;
    delete bare.report.rubric;
    bare.anchors = [];
    bare.rubricScored = 0;
    renderPage(client(bare));
    const levels = await screen.findByRole('note', { name: 'No levels on this scale' }, SLOW);
    expect(within(levels).getByText(/This session has no anchors/)).toBeTruthy();
    const rubric = screen.getByRole('note', { name: 'No rubric consensus yet' });
    expect(within(rubric).getByText('None of these samples has rubric consensus yet')).toBeTruthy();
    expect(within(rubric).getByRole('link', { name: 'Plan a rubric meeting' })).toBeTruthy();
    const table = screen.getByRole('table', { name: 'The scale, strongest first' });
    expect(within(table).queryByRole('columnheader', { name: 'Estimated level' })).toBeNull();
  });

  it('shows the engine’s reason when the anchors give no level boundaries', async () => {
    const answer = judgingResults();
    answer.report.levels = {
      boundaries: null,
      reason: 'only one level has anchors; boundaries need anchors at two levels',
      samples: [],
    };
    renderPage(client(answer));
    const note = await screen.findByRole('note', { name: 'No levels on this scale' }, SLOW);
    expect(
      within(note).getByText('only one level has anchors; boundaries need anchors at two levels'),
    ).toBeTruthy();
    expect(screen.queryByRole('columnheader', { name: 'Estimated level' })).toBeNull();
  });

  it('says so when no judgement has been made yet', async () => {
    const empty = judgingResults();
    empty.judgements = 0;
    renderPage(client(empty));
    expect(await screen.findByRole('heading', { name: 'No judgements yet' }, SLOW)).toBeTruthy();
  });

  it('still opens a rubric meeting’s own results', async () => {
    const api = new ScriptedClient({})
      .on('sessions.get', () => ({ ...SESSION, kind: 'rubric', judging: null }))
      .on('results.session', () => ({
        sessionId: 'ses_cj',
        title: 'Argument, October',
        heldOn: '2026-10-14',
        levels: [],
        criteria: [],
        raters: [],
        namesHidden: true,
        scheme: READING,
        rounds: [],
      }));
    renderPage(api);
    expect(await screen.findByRole('heading', { name: 'No results yet' }, SLOW)).toBeTruthy();
    expect(api.count('judging.results')).toBe(0);
  });
});

describe('the judging downloads', () => {
  const saved = savedDownloads();

  it('ask the server for the judgements and the scale, and save each under its name', async () => {
    const api = client();
    renderPage(api);
    const judgements = await screen.findByRole(
      'button',
      { name: 'Download Judgements (CSV)' },
      SLOW,
    );
    fireEvent.click(judgements);
    await waitFor(() => expect(saved).toEqual(['argument-october-judgements.csv']), SLOW);
    const scale = screen.getByRole('button', { name: 'Download Scale (CSV)' });
    await waitFor(() => expect(scale.hasAttribute('disabled')).toBe(false));
    fireEvent.click(scale);
    await waitFor(() => expect(saved).toHaveLength(2), SLOW);
    expect(saved[1]).toBe('argument-october-estimates.csv');
    expect(useStatus.getState().message?.text).toBe('Downloaded argument-october-estimates.csv.');
    expect(api.calls.filter((c) => c.method === 'judging.export').map((c) => c.input)).toEqual([
      { sessionId: 'ses_cj', what: 'judgements' },
      { sessionId: 'ses_cj', what: 'estimates' },
    ]);
  });
});

// The shared wording is tested in test/domain/judging-words.test.ts; these are the screen's
// one-line forms of it.
describe('the judging words on screen', () => {
  it('name a level estimate and its range on one line', () => {
    expect(
      levelEstimate(
        { sample: 'x', level: 3, probability: 0.82, level_low: 2, level_high: 3 },
        JUDGING_LEVELS,
      ),
    ).toBe('Proficient, 82% sure — could be Emerging to Proficient');
    expect(
      levelEstimate(
        { sample: 'x', level: 5, probability: 0.999, level_low: 5, level_high: 5 },
        JUDGING_LEVELS,
      ),
    ).toBe('Level 5, more than 99% sure');
  });

  it('write a reliability figure with its range, or the range rule’s words', () => {
    expect(figureWithRange(rangedFigure(0.864, 0.8, 0.9, 20))).toBe('0.86 (0.80 to 0.90)');
    expect(figureWithRange({ ...rangedFigure(0.72, 0.6, 0.8, 4) })).toBe(
      '0.72 (too few samples for a range)',
    );
    expect(
      figureWithRange({ ...rangedFigure(0.72, null, null, 20), ci95_reason: 'one split only' }),
    ).toBe('0.72 (one split only)');
    expect(figureWithRange({ value: null, defined: false, n_used: 0 })).toBe(
      'Not available: it cannot be computed for these judgements',
    );
  });

  it('write a figure that has no range without one', () => {
    expect(figureAlone(rangedFigure(0.9, 0.8, 0.95, 20))).toBe('0.90');
    expect(figureAlone({ value: null, defined: false, n_used: 3, reason: 'one judge only' })).toBe(
      'Not available: one judge only',
    );
  });
});

describe('the scale chart layout', () => {
  const rows = [
    { code: 'A', ability: 2, se: 0.5, anchorLevel: 'Advanced', adjusted: false },
    { code: 'B', ability: 0, se: null, anchorLevel: null, adjusted: false },
    { code: 'C', ability: -2, se: 0.5, anchorLevel: 'Beginning', adjusted: false },
  ];
  const bands = [
    { level: 1, from: null, to: 1, label: 'Beginning' },
    { level: 4, from: 1, to: null, label: 'Advanced' },
  ];

  it('keeps every interval, boundary and tick inside the plot, rows top to bottom', () => {
    const layout = scaleLayout({ rows, bands, width: 390 });
    const inside = (x: number) => x >= layout.plotLeft - 1e-9 && x <= layout.plotRight + 1e-9;
    for (const r of layout.rows) {
      expect(inside(r.cx)).toBe(true);
      if (r.x1 !== null) expect(inside(r.x1) && inside(r.x2!)).toBe(true);
    }
    expect(layout.boundaries.every(inside)).toBe(true);
    expect(layout.ticks.every((t) => inside(t.x))).toBe(true);
    expect(layout.ticks.map((t) => t.value)).toContain(0);
    expect(layout.rows.map((r) => r.y)).toEqual(
      [...layout.rows.map((r) => r.y)].sort((a, b) => a - b),
    );
    // Higher ability, further right.
    expect(layout.rows[0]!.cx).toBeGreaterThan(layout.rows[2]!.cx);
    expect(layout.rows[1]!.x1).toBeNull();
    expect(layout.plotRight).toBeLessThanOrEqual(390);
  });

  it('writes an anchor’s level where it fits: left of the top anchor’s bar on a narrow screen', () => {
    const narrow = scaleLayout({ rows, bands, width: 390 });
    expect(narrow.rows[0]!.note!.side).toBe('end');
    expect(narrow.rows[2]!.note!.side).toBe('start');
    expect(narrow.rows[1]!.note).toBeNull();
  });

  it('shortens a band’s name to its level where the name does not fit', () => {
    const layout = scaleLayout({
      rows,
      bands: [
        { level: 1, from: null, to: -2.4, label: 'Beginning' },
        { level: 4, from: -2.4, to: null, label: 'Advanced' },
      ],
      width: 390,
    });
    expect(layout.bands.map((b) => b.text)).toEqual(['1', 'Advanced']);
  });
});
