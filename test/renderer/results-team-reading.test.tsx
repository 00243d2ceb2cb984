// @vitest-environment happy-dom
// The team's reading: the too-few-samples caution said once for the page, per group of criteria
// only where their numbers differ.
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { MethodOutput } from '../../src-main/api/contract.js';
import { computeAgreementReport } from '../../src-main/stats/index.js';
import { READING } from '../../src-main/stats/interpret.js';
import { TeamReading } from '../../src-renderer/pages/results/TeamReading.js';

afterEach(cleanup);

type Results = MethodOutput<'results.session'>;

function results(warnings: Results['rounds'][number]['warnings']): Results {
  const report = computeAgreementReport(
    [
      { sample: 'a', rater: 'A', criterion: 'Claim', score: 1 },
      { sample: 'a', rater: 'B', criterion: 'Claim', score: 2 },
    ],
    { levels: [1, 2, 3], ci: { kind: 'none' } },
  );
  return {
    sessionId: 'ses_1',
    title: 'October',
    heldOn: '2026-10-14',
    levels: [],
    criteria: [{ id: 'crit_1', name: 'Claim' }],
    raters: [],
    namesHidden: true,
    scheme: READING,
    rounds: [
      {
        round: 1,
        report,
        reading: 'You agree exactly on fewer than 1 in 10 scores',
        verdicts: {},
        warnings,
      },
    ],
  };
}

describe('the too-few-samples caution', () => {
  it('is one sentence for the page when every criterion has the same number', () => {
    const message =
      'Only 8 samples were scored by two or more raters on each criterion: the agreement figures are not stable yet (at least 10 needed).';
    render(
      <TeamReading results={results([{ criteria: ['Claim', 'Style'], samples: 8, message }])} />,
    );
    const note = screen.getByRole('note', { name: 'Too few samples' });
    expect(within(note).queryByRole('list')).toBeNull();
    expect(note.textContent!.split(message)).toHaveLength(2);
  });

  it('lists each group of criteria where the numbers differ', () => {
    render(
      <TeamReading
        results={results([
          { criteria: ['Style'], samples: 2, message: 'Only 2 samples of Style were scored.' },
          { criteria: ['Claim'], samples: 3, message: 'Only 3 samples of Claim were scored.' },
        ])}
      />,
    );
    const note = screen.getByRole('note', { name: 'Too few samples' });
    expect(
      within(note)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Only 2 samples of Style were scored.', 'Only 3 samples of Claim were scored.']);
  });

  it('is absent with enough samples', () => {
    render(<TeamReading results={results([])} />);
    expect(screen.queryByRole('note', { name: 'Too few samples' })).toBeNull();
  });
});
