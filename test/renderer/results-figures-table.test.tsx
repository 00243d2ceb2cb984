// @vitest-environment happy-dom
// One criterion's agreement: its one verdict, then the figures, round 1 beside round 2, the other
// coefficients as details with figures only, the ICC among them, and intervals that mean nothing
// said in words.
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { computeAgreementReport } from '../../src-main/stats/index.js';
import type { CriterionReport } from '../../src-main/stats/index.js';
import { criterionVerdict, READING } from '../../src-main/stats/interpret.js';
import { FiguresTable } from '../../src-renderer/pages/results/FiguresTable.js';

afterEach(cleanup);

/** Two raters on four samples; `apart` of them one level apart, the others identical. */
function report(apart: number): CriterionReport {
  const ratings = ['a', 'b', 'c', 'd'].flatMap((sample, i) => [
    { sample, rater: 'A', score: (i % 3) + 1 },
    { sample, rater: 'B', score: (i % 3) + 1 + (i < apart ? 1 : 0) },
  ]);
  const r = computeAgreementReport(ratings, {
    levels: [1, 2, 3, 4],
    ci: { kind: 'bootstrap', reps: 200, seed: 1 },
  });
  return Object.values(r.criteria)[0]!;
}

/** Twelve samples, three raters, with 95% bootstrap intervals: enough for ranges. */
function bootstrapped(): CriterionReport {
  const ratings = Array.from({ length: 12 }, (_, i) =>
    ['A', 'B', 'C'].map((rater, r) => ({
      sample: `s${String(i).padStart(2, '0')}`,
      rater,
      score: 1 + ((i + (r === 2 && i % 4 === 0 ? 1 : 0)) % 4),
    })),
  ).flat();
  const r = computeAgreementReport(ratings, {
    levels: [1, 2, 3, 4],
    ci: { kind: 'bootstrap', reps: 200, seed: 1 },
  });
  return Object.values(r.criteria)[0]!;
}

const round = (n: number, c: CriterionReport) => ({
  round: n,
  report: c,
  verdict: criterionVerdict(c),
});

function cells(table: HTMLElement, row: RegExp): string[] {
  return within(within(table).getByRole('row', { name: row }))
    .getAllByRole('cell')
    .map((c) => c.textContent ?? '');
}

describe('the figures table', () => {
  it('puts round 1 beside round 2, each with its verdict', () => {
    render(
      <FiguresTable
        title="Claim"
        scheme={READING}
        rounds={[round(1, report(2)), round(2, report(1))]}
      />,
    );
    const table = screen.getByRole('table', { name: 'Agreement on Claim' });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers).toEqual(['Figure', 'Round 1', 'Round 2']);
    const exact = cells(table, /Exact agreement/);
    // 2 of 4 samples identical in round 1, 3 of 4 in round 2; four samples are too few for a range.
    expect(exact[0]).toBe('50%too few samples for a range50% of paired scores are identical');
    expect(exact[1]).toMatch(/^75%/);
    const verdicts = within(screen.getByRole('list', { name: 'Verdict on Claim' }))
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(verdicts).toEqual([
      `Round 1: ${criterionVerdict(report(2)).label} ${criterionVerdict(report(2)).meaning}`,
      `Round 2: ${criterionVerdict(report(1)).label} ${criterionVerdict(report(1)).meaning}`,
    ]);
  });

  it('writes alpha as the verdict does, so 0.7996 reads 0.799 beside "Tentative"', () => {
    const c = report(1);
    c.statistics.krippendorff_alpha!.ordinal.value = 0.7996;
    render(<FiguresTable title="Claim" scheme={READING} rounds={[round(1, c)]} />);
    expect(screen.getByRole('listitem').textContent).toBe(
      'Tentative Consistent enough for tentative conclusions only.',
    );
    const table = screen.getByRole('table', { name: 'Agreement on Claim' });
    const [alpha] = cells(table, /Krippendorff’s alpha/);
    expect(alpha).toMatch(/^0\.799too few samples for a range$/);
  });

  it('shows the other coefficients as details, figures only, the ICC with its form', () => {
    const c = bootstrapped();
    render(<FiguresTable title="Claim" scheme={READING} rounds={[round(1, c)]} />);
    const table = screen.getByRole('table', { name: 'Agreement on Claim' });
    const group = within(table).getByRole('rowheader', { name: /^Details:/ });
    expect(group.getAttribute('scope')).toBe('rowgroup');
    const s = c.statistics;
    const icc = s.icc!.agreement_single;
    expect(cells(table, /Intraclass correlation \(ICC\), one rater’s scores/)).toEqual([
      `${icc.value!.toFixed(2)}95% interval: ${icc.ci95_lower!.toFixed(2)} to ${icc.ci95_upper!.toFixed(2)}`,
    ]);
    const kappa = s.cohen_kappa!.mean_over_pairs.quadratic;
    expect(cells(table, /Weighted kappa/)).toEqual([
      `${kappa.value!.toFixed(2)}95% interval: ${kappa.ci95_lower!.toFixed(2)} to ${kappa.ci95_upper!.toFixed(2)}`,
    ]);
    // One verdict only: no band words, and no author, anywhere in the table.
    expect(table.textContent).not.toMatch(
      /reliab|tentative|agreement \(|substantial|moderate|Landis|Koo/i,
    );
  });

  it('says why where the engine dropped a range, in the range’s place', () => {
    // Two raters far apart on five samples: ICC(A,1) is -0.28, and the F-based bounds
    // [-0.306, -0.282] miss it, so the engine drops them and says why.
    const ratings = [
      [1, 4],
      [3, 2],
      [1, 4],
      [2, 4],
      [1, 4],
    ].flatMap(([a, b], i) => [
      { sample: `s${i}`, rater: 'A', score: a! },
      { sample: `s${i}`, rater: 'B', score: b! },
    ]);
    const c = Object.values(
      computeAgreementReport(ratings, { levels: [1, 2, 3, 4], ci: { kind: 'none' } }).criteria,
    )[0]!;
    const icc = c.statistics.icc!.agreement_single;
    expect(icc.ci95_reason).toMatch(/does not contain the estimate/);
    render(<FiguresTable title="Claim" scheme={READING} rounds={[round(1, c)]} />);
    const table = screen.getByRole('table', { name: 'Agreement on Claim' });
    expect(cells(table, /Intraclass correlation \(ICC\), one rater’s scores/)).toEqual([
      `-0.28${icc.ci95_reason!}`,
    ]);
  });
});
