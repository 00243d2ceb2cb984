// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryRouter, RouterProvider } from 'react-router';
import type { RubricVersion } from '../../src-main/domain/rubric.js';
import { ApiProvider } from '../../src-renderer/api/ApiProvider.js';
import { routes } from '../../src-renderer/routes.js';
import { ScriptedClient } from './fakes.js';

const LEVELS = [
  { value: 1, label: 'Not yet' },
  { value: 2, label: 'Emerging' },
  { value: 3, label: 'Proficient' },
];
const descriptors = (name: string) =>
  Object.fromEntries(LEVELS.map((l) => [String(l.value), `${name} ${l.value}`]));

const V1: RubricVersion = {
  id: 'v1',
  rubricId: 'r1',
  version: 1,
  title: 'Lab report',
  description: '',
  gradeBandId: null,
  levels: LEVELS,
  criteria: [
    { id: 'c1', key: 'k1', name: 'Method', competencyId: null, descriptors: descriptors('Method') },
    {
      id: 'c2',
      key: 'k2',
      name: 'Analysis',
      competencyId: null,
      descriptors: descriptors('Analysis'),
    },
  ],
  frozenAt: '2026-10-01T00:00:00.000Z',
  createdAt: '2026-09-01T00:00:00.000Z',
};

function client() {
  return new ScriptedClient({})
    .on('rubrics.get', ({ versionId }) =>
      versionId === 'v2' ? { ...V1, id: 'v2', version: 2, frozenAt: null } : V1,
    )
    .on('rubrics.history', () => ({
      rubricId: 'r1',
      archived: false,
      versions: [
        {
          id: 'v1',
          version: 1,
          title: 'Lab report',
          changeNote: '',
          createdAt: V1.createdAt,
          frozenAt: V1.frozenAt,
          diff: null,
        },
      ],
    }))
    .on('competencies.list', () => [])
    .on('gradeBands.list', () => [])
    .on('rubrics.update', () => ({ ...V1, id: 'v2', version: 2, frozenAt: null }));
}

describe('Edit rubric', () => {
  afterEach(cleanup);

  it('says a frozen version is saved as the next one, and sends the edit with criterion keys', async () => {
    const api = client();
    const router = createMemoryRouter(routes, { initialEntries: ['/rubrics/v1/edit'] });
    render(
      <ApiProvider client={api}>
        <RouterProvider router={router} />
      </ApiProvider>,
    );
    expect(
      await screen.findByText(
        'This version is used by a session, so your edits will be saved as version 2.',
      ),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Move up: criterion 2 (Analysis)' }));
    fireEvent.change(
      screen.getByRole('textbox', { name: 'Descriptor for Method at level 2 (Emerging)' }),
      {
        target: { value: 'Clearer' },
      },
    );
    fireEvent.change(screen.getByRole('textbox', { name: 'What changed and why (optional)' }), {
      target: { value: 'Analysis first' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save as version 2' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Lab report' })).toBeTruthy();
    expect(router.state.location.pathname).toBe('/rubrics/v2');
    const sent = api.calls.find((call) => call.method === 'rubrics.update')?.input;
    expect(sent).toEqual({
      versionId: 'v1',
      changeNote: 'Analysis first',
      draft: {
        title: 'Lab report',
        description: '',
        levels: LEVELS,
        criteria: [
          { key: 'k2', name: 'Analysis', descriptors: descriptors('Analysis') },
          { key: 'k1', name: 'Method', descriptors: { ...descriptors('Method'), '2': 'Clearer' } },
        ],
      },
    });
  });
});
