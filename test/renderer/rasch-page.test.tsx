// @vitest-environment happy-dom
// The Rasch page's two tables: raters harshest first and criteria hardest first, each with its
// measure, standard error, fit and fair average; only the raters' table adds observed averages
// and score counts.
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryRouter, RouterProvider } from 'react-router';
import type { MethodOutput } from '../../src-main/api/contract.js';
import { ApiProvider } from '../../src-renderer/api/ApiProvider.js';
import { routes } from '../../src-renderer/routes.js';
import { ScriptedClient } from './fakes.js';

type Estimate = MethodOutput<'rasch.estimate'>;
type Facet = Estimate['result']['raters'];
type Element = Facet['elements'][number];

afterEach(cleanup);

function element(id: string, measure: number, more: Partial<Element> = {}): Element {
  return {
    id,
    index: 0,
    measure,
    se: 0.21,
    infit: 1.05,
    outfit: null,
    infitZ: null,
    outfitZ: null,
    count: 10,
    totalCount: 12,
    score: 20,
    observedAverage: 2.5,
    fairAverage: 2.41,
    extreme: null,
    ...more,
  };
}

function facet(elements: Element[]): Facet {
  return {
    elements,
    nMeasured: elements.length,
    mean: 0,
    sd: 1,
    rmse: 0.2,
    trueSd: 0.9,
    separation: 2.5,
    strata: 3.7,
    reliability: 0.86,
    chiSquare: 10,
    df: 2,
  };
}

function client() {
  return new ScriptedClient({})
    .on('drift.versions', () => [
      { rubricVersionId: 'rv_1', title: 'Argument writing', version: 1, sessions: 2 },
    ])
    .on('rasch.estimate', () => ({
      rubricVersionId: 'rv_1',
      result: {
        examinees: facet([]),
        raters: facet([
          element('p_ana', -0.4, { observedAverage: null, totalCount: 7 }),
          element('p_ben', 0.63),
        ]),
        criteria: facet([element('c_claim', -0.1), element('c_evidence', 0.35, { outfit: 1.4 })]),
        categories: [],
        iterations: 20,
        converged: true,
        maxChange: 0,
        maxResidual: 0,
        nObservations: 40,
        nUsed: 38,
      },
    }))
    .on('people.list', () => [
      { id: 'p_ana', name: 'Ana', roles: ['rater'], archived: false },
      { id: 'p_ben', name: 'Ben', roles: ['rater'], archived: false },
    ])
    .on(
      'rubrics.get',
      () =>
        ({
          criteria: [
            { id: 'c_claim', name: 'Claim' },
            { id: 'c_evidence', name: 'Evidence' },
          ],
        }) as unknown as MethodOutput<'rubrics.get'>,
    );
}

const cells = (row: HTMLElement) =>
  [...row.querySelectorAll('th, td')].map((cell) => cell.textContent);

describe('the Rasch page', () => {
  it('lists raters harshest first with every figure, and criteria hardest first', async () => {
    const router = createMemoryRouter(routes, { initialEntries: ['/raters/rasch'] });
    render(
      <ApiProvider client={client()}>
        <RouterProvider router={router} />
      </ApiProvider>,
    );
    const raters = await screen.findByRole('table', { name: 'Rater severity (Rasch)' });
    // Names arrive with the people and the rubric, after the figures.
    await within(raters).findByText('Ben');
    const raterRows = within(raters).getAllByRole('row').map(cells);
    expect(raterRows).toEqual([
      [
        'Rater',
        'Severity (logits)',
        'Standard error',
        'Infit',
        'Outfit',
        'Fair average',
        'Observed average',
        'Scores',
      ],
      ['Ben', '+0.63', '0.21', '1.05', '—', '2.41', '2.50', '12'],
      ['Ana', '−0.40', '0.21', '1.05', '—', '2.41', '—', '7'],
    ]);
    const criteria = await screen.findByRole('table', { name: 'Criterion difficulty (Rasch)' });
    await within(criteria).findByText('Evidence');
    expect(within(criteria).getAllByRole('row').map(cells)).toEqual([
      ['Criterion', 'Difficulty (logits)', 'Standard error', 'Infit', 'Outfit', 'Fair average'],
      ['Evidence', '+0.35', '0.21', '1.05', '1.40', '2.41'],
      ['Claim', '−0.10', '0.21', '1.05', '—', '2.41'],
    ]);
  });
});
