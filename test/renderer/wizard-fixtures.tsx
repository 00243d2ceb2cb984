// What the new-session wizard's tests share, whichever kind of session they set up: the answers
// of a small workspace (a rubric, its version, samples) and the wizard opened on that client.
import { fireEvent, render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import type { MethodOutput } from '../../src-main/api/contract.js';
import { ApiProvider } from '../../src-renderer/api/ApiProvider.js';
import { routes } from '../../src-renderer/routes.js';
import type { ScriptedClient } from './fakes.js';

type RubricSummary = MethodOutput<'rubrics.list'>[number];
type Sample = MethodOutput<'samples.list'>[number];

export const rubricSummary = (
  id: string,
  title: string,
  more: Partial<RubricSummary> = {},
): RubricSummary => ({
  id: `r_${id}`,
  title,
  latestVersionId: `rv_${id}`,
  latestVersion: 1,
  criteriaCount: 2,
  levelsCount: 4,
  archived: false,
  frozen: false,
  ...more,
});

/** A rubric version with one level and no criteria: all the wizard reads of it. */
export const rubricVersion = (versionId: string, version: number): MethodOutput<'rubrics.get'> => ({
  id: versionId,
  rubricId: 'r_1',
  version,
  title: 'Argument writing',
  description: '',
  gradeBandId: null,
  levels: [{ value: 1, label: 'Not yet' }],
  criteria: [],
  frozenAt: null,
  createdAt: '2026-11-01T10:00:00.000Z',
});

export const sampleSummary = (id: string, code: string, isAnchor = false): Sample => ({
  id,
  code,
  kind: 'text',
  mediaType: 'text/plain',
  sha256: '0'.repeat(64),
  size: 10,
  gradeBandId: null,
  competencyId: null,
  isAnchor,
});

export function openWizard(client: ScriptedClient) {
  const router = createMemoryRouter(routes, { initialEntries: ['/sessions/new'] });
  render(
    <ApiProvider client={client}>
      <RouterProvider router={router} />
    </ApiProvider>,
  );
  return router;
}

/** Generous: the machine running the tests may be busy. */
export const SLOW = { timeout: 5_000 };

export const next = (step: string) =>
  fireEvent.click(screen.getByRole('button', { name: `Next: ${step}` }));
