// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { ApiProvider } from '../../src-renderer/api/ApiProvider.js';
import { ApiError } from '../../src-renderer/api/errors.js';
import { routes } from '../../src-renderer/routes.js';
import { ScriptedClient } from './fakes.js';

function renderNewRubric(client: ScriptedClient) {
  const router = createMemoryRouter(routes, { initialEntries: ['/rubrics/new'] });
  render(
    <ApiProvider client={client}>
      <RouterProvider router={router} />
    </ApiProvider>,
  );
  return router;
}

const type = (name: string, value: string) =>
  fireEvent.change(screen.getByRole('textbox', { name }), { target: { value } });

function fillValidRubric() {
  type('Title', 'Lab report');
  type('Name of criterion 1', 'Method');
  ['Not yet', 'Emerging', 'Proficient', 'Advanced'].forEach((label, i) =>
    type(`Descriptor for Method at level ${i + 1} (${label})`, `Method ${i + 1}`),
  );
}

describe('New rubric', () => {
  afterEach(cleanup);

  it('sends the draft to rubrics.create and opens the new rubric', async () => {
    const client = new ScriptedClient({})
      .on('rubrics.create', (draft) => ({
        id: 'rv_new',
        rubricId: 'r_new',
        version: 1,
        title: draft.title,
        description: '',
        gradeBandId: null,
        levels: draft.levels,
        criteria: [],
        frozenAt: null,
        createdAt: '2026-11-23T10:00:00.000Z',
      }))
      .on('rubrics.get', () => ({
        id: 'rv_new',
        rubricId: 'r_new',
        version: 1,
        title: 'Lab report',
        description: '',
        gradeBandId: null,
        levels: [{ value: 1, label: 'Not yet' }],
        criteria: [],
        frozenAt: null,
        createdAt: '2026-11-23T10:00:00.000Z',
      }));
    const router = renderNewRubric(client);
    await screen.findByRole('heading', { level: 1, name: 'New rubric' });
    fillValidRubric();
    fireEvent.click(screen.getByRole('button', { name: 'Save rubric' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Lab report' })).toBeTruthy();
    expect(router.state.location.pathname).toBe('/rubrics/rv_new');
    const sent = client.calls.find((call) => call.method === 'rubrics.create')?.input;
    expect(sent).toEqual({
      title: 'Lab report',
      description: '',
      levels: [
        { value: 1, label: 'Not yet' },
        { value: 2, label: 'Emerging' },
        { value: 3, label: 'Proficient' },
        { value: 4, label: 'Advanced' },
      ],
      criteria: [
        {
          name: 'Method',
          descriptors: { '1': 'Method 1', '2': 'Method 2', '3': 'Method 3', '4': 'Method 4' },
        },
      ],
    });
  });

  it('does not send an incomplete rubric, and says what is missing', async () => {
    const client = new ScriptedClient({});
    renderNewRubric(client);
    fireEvent.click(await screen.findByRole('button', { name: 'Save rubric' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Title: A rubric needs a title');
    expect(screen.getByRole('textbox', { name: 'Title' }).getAttribute('aria-invalid')).toBe(
      'true',
    );
    expect(client.count('rubrics.create')).toBe(0);
  });

  it('shows the server’s validation message next to the form', async () => {
    const client = new ScriptedClient({}).on('rubrics.create', () => {
      throw new ApiError('invalid_input', 'criteria[0].name: "Method" is used twice', 400, [
        { path: ['criteria', 0, 'name'], message: '"Method" is used twice' },
      ]);
    });
    renderNewRubric(client);
    await screen.findByRole('heading', { level: 1, name: 'New rubric' });
    fillValidRubric();
    fireEvent.click(screen.getByRole('button', { name: 'Save rubric' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Criterion 1: "Method" is used twice');
    const name = screen.getByRole('textbox', { name: 'Name of criterion 1' });
    expect(name.getAttribute('aria-invalid')).toBe('true');
  });

  it('keeps 3 to 6 levels', async () => {
    renderNewRubric(new ScriptedClient({}));
    const add = await screen.findByRole('button', { name: 'Add level' });
    fireEvent.click(add);
    fireEvent.click(add);
    expect(screen.getByRole('textbox', { name: 'Label for level 6' })).toBeTruthy();
    expect((add as HTMLButtonElement).disabled).toBe(true);
    for (const n of [6, 5, 4]) {
      fireEvent.click(screen.getByRole('button', { name: new RegExp(`^Remove level ${n} `) }));
    }
    expect(screen.queryByRole('textbox', { name: 'Label for level 4' })).toBeNull();
    const removeFirst = screen.getByRole('button', { name: /^Remove level 1 / });
    expect((removeFirst as HTMLButtonElement).disabled).toBe(true);
  });
});
