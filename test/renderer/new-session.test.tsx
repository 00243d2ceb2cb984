// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { MethodOutput } from '../../src-main/api/contract.js';
import { ScriptedClient } from './fakes.js';
import {
  next,
  openWizard,
  rubricSummary as rubric,
  rubricVersion,
  sampleSummary,
  SLOW,
} from './wizard-fixtures.js';

type RubricSummary = MethodOutput<'rubrics.list'>[number];

function workspace(rubrics: RubricSummary[]) {
  return new ScriptedClient({})
    .on('rubrics.list', () => rubrics)
    .on('rubrics.get', ({ versionId }) => rubricVersion(versionId, 1))
    .on('samples.list', () => [sampleSummary('smp_1', 'K7Q2')])
    .on('anchors.list', () => [])
    .on('people.list', () => [
      { id: 'per_ana', name: 'Ana Ruiz', roles: ['rater'], archived: false },
      { id: 'per_dana', name: 'Dana Whitfield', roles: ['rater', 'facilitator'], archived: false },
      { id: 'per_old', name: 'Old Colleague', roles: ['rater'], archived: true },
    ])
    .on('sessions.create', (draft) => ({
      id: 'ses_new',
      kind: 'rubric',
      title: draft.title,
      heldOn: draft.heldOn,
      phase: 'draft',
      currentRound: 1,
      rubricVersionId: draft.rubricVersionId,
      rubricTitle: 'Argument writing',
      sampleCount: draft.sampleIds.length,
      raterCount: draft.raterIds.length,
      options: {
        blind: true,
        randomizeOrder: true,
        hideRaterNames: true,
        rounds: 1,
        protocol: [],
      },
      facilitatorId: draft.facilitatorId ?? null,
      sampleIds: draft.sampleIds,
      raters: [],
      revealedSampleIds: [],
      timer: null,
      judging: null,
    }));
}

describe('New session wizard', () => {
  afterEach(cleanup);

  it('shows a missing title under the Title field, marks it invalid and puts the cursor there', async () => {
    openWizard(workspace([rubric('1', 'Argument writing')]));
    const title = await screen.findByRole('textbox', { name: 'Title' }, SLOW);
    next('Rubric');

    expect(title.getAttribute('aria-invalid')).toBe('true');
    const described = (title.getAttribute('aria-describedby') ?? '').split(' ');
    const error = screen.getByText('Give the session a title.');
    expect(described).toContain(error.id);
    // Under its own field, not after the last one.
    expect(title.closest('.field')?.contains(error)).toBe(true);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(document.activeElement).toBe(title);
    const date = screen.getByLabelText('Date');
    expect(date.hasAttribute('aria-invalid')).toBe(false);

    fireEvent.change(title, { target: { value: 'Grade 7 argument' } });
    expect(title.hasAttribute('aria-invalid')).toBe(false);
    expect(screen.queryByText('Give the session a title.')).toBeNull();
  });

  it('chooses the rubric when the workspace has only one', async () => {
    openWizard(workspace([rubric('1', 'Argument writing')]));
    fireEvent.change(await screen.findByRole('textbox', { name: 'Title' }, SLOW), {
      target: { value: 'Grade 7 argument' },
    });
    next('Rubric');
    expect(
      ((await screen.findByRole('radio', { name: /Argument writing/ }, SLOW)) as HTMLInputElement)
        .checked,
    ).toBe(true);
    next('Samples');
    expect(await screen.findByRole('checkbox', { name: 'Include K7Q2' }, SLOW)).toBeTruthy();
  });

  it('leaves the choice to the facilitator when there are several rubrics', async () => {
    openWizard(workspace([rubric('1', 'Argument writing'), rubric('2', 'Lab report')]));
    fireEvent.change(await screen.findByRole('textbox', { name: 'Title' }, SLOW), {
      target: { value: 'Grade 7 argument' },
    });
    next('Rubric');
    const radios = (await screen.findAllByRole('radio', undefined, SLOW)) as HTMLInputElement[];
    expect(radios.map((r) => r.checked)).toEqual([false, false]);
    next('Samples');
    expect(screen.getByRole('alert').textContent).toBe('Choose the rubric to score against.');
  });

  it('records the facilitator chosen among the workspace’s people', async () => {
    const client = workspace([rubric('1', 'Argument writing')]);
    openWizard(client);
    fireEvent.change(await screen.findByRole('textbox', { name: 'Title' }, SLOW), {
      target: { value: 'Grade 7 argument' },
    });
    const facilitator = screen.getByRole('combobox', { name: 'Facilitator' }) as HTMLSelectElement;
    expect(facilitator.value).toBe('');
    expect(within(facilitator).getByRole('option', { selected: true }).textContent).toBe(
      'Not recorded',
    );
    await within(facilitator).findByRole('option', { name: 'Dana Whitfield' }, SLOW);
    // Archived people do not run new meetings.
    expect(within(facilitator).queryByRole('option', { name: 'Old Colleague' })).toBeNull();
    fireEvent.change(facilitator, { target: { value: 'per_dana' } });

    next('Rubric');
    await screen.findByRole('radio', { name: /Argument writing/ }, SLOW);
    next('Samples');
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Include K7Q2' }, SLOW));
    next('Raters');
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Ana Ruiz' }, SLOW));
    next('Options');
    next('Review');
    const facts = screen.getByText('Facilitator').closest('div')!;
    expect(within(facts).getByText('Dana Whitfield')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Create as draft' }));

    await waitFor(() => expect(client.count('sessions.create')).toBe(1), SLOW);
    const sent = client.calls.find((call) => call.method === 'sessions.create')?.input;
    expect(sent).toMatchObject({
      title: 'Grade 7 argument',
      rubricVersionId: 'rv_1',
      sampleIds: ['smp_1'],
      raterIds: ['per_ana'],
      facilitatorId: 'per_dana',
    });
  });
});
