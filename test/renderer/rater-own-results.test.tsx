// @vitest-environment happy-dom
// A rater's own results after reveal: the figures the api gives, in words, and nothing else.
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { MethodOutput } from '../../src-main/api/contract.js';
import { ApiProvider } from '../../src-renderer/api/ApiProvider.js';
import { RaterOwnResults } from '../../src-renderer/rater/RaterOwnResults.js';
import { ScriptedClient } from './fakes.js';

afterEach(cleanup);

const none = { n: 0, exact: null, withinOne: null, severity: null };

const OWN: MethodOutput<'results.mine'> = {
  sessionId: 'ses_1',
  rater: 'R1',
  rounds: [
    {
      round: 1,
      overall: {
        n: 4,
        consensus: { n: 4, exact: 0.75, withinOne: 1, severity: -0.25 },
        anchors: none,
        colleagues: { pairs: 8, exact: 0.5, withinOne: 0.875 },
      },
      criteria: [
        {
          criterion: 'Evidence',
          n: 2,
          consensus: { n: 2, exact: 0.5, withinOne: 1, severity: -0.5 },
          anchors: none,
          colleagues: { pairs: 4, exact: 0.25, withinOne: 0.75 },
        },
      ],
      lean: {
        criterion: 'Evidence',
        lean: -0.5,
        against: 'consensus',
        message: 'You tend to score lower than the consensus on Evidence (-0.5 levels on average).',
      },
    },
  ],
};

describe('a rater’s own results', () => {
  it('show agreement with consensus, anchors and colleagues, and where the rater leans', async () => {
    const client = new ScriptedClient({}).on('results.mine', () => OWN);
    render(
      <ApiProvider client={client}>
        <RaterOwnResults sessionId="ses_1" />
      </ApiProvider>,
    );
    expect(await screen.findByText(/lower than the consensus on Evidence/)).toBeTruthy();
    const consensus = screen.getByText('Same score as the consensus').parentElement!;
    expect(within(consensus).getByText('75%')).toBeTruthy();
    expect(consensus.textContent).toMatch(/on average 0\.25 levels lower \(harsher\)/);
    const anchors = screen.getByText('Same score as the anchors').parentElement!;
    expect(anchors.textContent).toMatch(/No anchor sample/);
    const table = screen.getByRole('table', { name: 'Your agreement per criterion' });
    const row = within(table).getByRole('row', { name: /Evidence/ });
    expect(row.textContent).toContain('0.50 levels lower');
    // Only the rater's own figures were asked for: no other rater is named.
    expect(client.calls).toEqual([{ method: 'results.mine', input: { sessionId: 'ses_1' } }]);
  });
});
