// @vitest-environment happy-dom
// Round 1 beside round 2: one column per round, each cell the engine's value, interval and label.
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { computeAgreementReport } from '../../src-main/stats/index.js';
import { FiguresTable } from '../../src-renderer/pages/results/FiguresTable.js';

afterEach(cleanup);

/** Two raters on four samples; `apart` of them one level apart, the others identical. */
function report(apart: number) {
  const ratings = ['a', 'b', 'c', 'd'].flatMap((sample, i) => [
    { sample, rater: 'A', score: (i % 3) + 1 },
    { sample, rater: 'B', score: (i % 3) + 1 + (i < apart ? 1 : 0) },
  ]);
  const r = computeAgreementReport(ratings, { levels: [1, 2, 3, 4], ci: { kind: 'none' } });
  return Object.values(r.criteria)[0]!;
}

describe('the figures table', () => {
  it('puts round 1 beside round 2', () => {
    render(
      <FiguresTable
        title="Claim"
        rounds={[
          { round: 1, report: report(2) },
          { round: 2, report: report(1) },
        ]}
      />,
    );
    const table = screen.getByRole('table', { name: 'Agreement on Claim' });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers).toEqual(['Figure', 'Round 1', 'Round 2']);
    const exact = within(table).getByRole('row', { name: /Exact agreement/ });
    const cells = within(exact).getAllByRole('cell');
    // 2 of 4 samples identical in round 1, 3 of 4 in round 2.
    expect(cells[0]!.textContent).toMatch(/^50%no 95% interval for this figure50% of paired/);
    expect(cells[1]!.textContent).toMatch(/^75%/);
  });
});
