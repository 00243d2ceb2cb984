// @vitest-environment happy-dom
// Setting up a comparative judgement session in the wizard: its own steps, at least three
// samples, the question (typed or filled from a competency's statement), the judgements each
// judge makes and what that gives each sample, then judging.create with the right input.
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { MethodInput, MethodOutput } from '../../src-main/api/contract.js';
import { DEFAULT_SESSION_OPTIONS } from '../../src-main/domain/session.js';
import {
  perSampleFigure,
  questionFromStatement,
} from '../../src-renderer/pages/sessions/judging/judging-words.js';
import { ScriptedClient } from './fakes.js';
import {
  next,
  openWizard,
  rubricSummary,
  rubricVersion,
  sampleSummary,
  SLOW,
} from './wizard-fixtures.js';

const LEVELS = [
  { value: 1, label: 'Beginning', descriptor: 'States an opinion.' },
  { value: 3, label: 'Proficient', descriptor: 'Supports a clear claim with relevant evidence.' },
  { value: 2, label: 'Developing', descriptor: 'Gives a claim and a reason.' },
];

function workspace() {
  return new ScriptedClient({})
    .on('rubrics.list', () => [
      rubricSummary('1', 'Argument writing', { latestVersion: 2, criteriaCount: 3 }),
    ])
    .on('rubrics.get', ({ versionId }) => rubricVersion(versionId, 2))
    .on('samples.list', () => [
      sampleSummary('smp_1', 'K7Q2'),
      sampleSummary('smp_2', 'M3P8'),
      sampleSummary('smp_3', 'T9X4', true),
      sampleSummary('smp_4', 'W2H6'),
    ])
    .on('anchors.list', () => [])
    .on('people.list', () => [
      { id: 'per_ana', name: 'Ana Ruiz', roles: ['rater'], archived: false },
      { id: 'per_ben', name: 'Ben Okafor', roles: ['rater'], archived: false },
      { id: 'per_dana', name: 'Dana Whitfield', roles: ['facilitator'], archived: false },
    ])
    .on('competencies.list', () => [
      { id: 'cmp_arg', name: 'Argument', description: '', archived: false },
      { id: 'cmp_old', name: 'Retired competency', description: '', archived: true },
    ])
    .on('continuum.get', ({ competencyId }) => ({
      competencyId,
      bands: [
        { gradeBandId: 'gb_empty', gradeBandName: 'Grades 1–2', levels: [] },
        { gradeBandId: 'gb_35', gradeBandName: 'Grades 3–5', levels: LEVELS.slice(0, 1) },
        { gradeBandId: 'gb_68', gradeBandName: 'Grades 6–8', levels: LEVELS },
      ],
    }))
    .on('judging.create', (draft) => judgementSession(draft))
    .on('sessions.start', () => ({ ...judgementSession(created!), phase: 'scoring' }))
    .on('sessions.get', () => judgementSession(created!));
}

let created: MethodInput<'judging.create'> | null = null;

function judgementSession(draft: MethodInput<'judging.create'>): MethodOutput<'sessions.get'> {
  created = draft;
  return {
    id: 'ses_cj',
    kind: 'judgement',
    title: draft.title,
    heldOn: draft.heldOn,
    phase: 'draft',
    currentRound: 1,
    rubricVersionId: draft.rubricVersionId,
    rubricTitle: 'Argument writing',
    sampleCount: draft.sampleIds.length,
    raterCount: draft.judgeIds.length,
    options: { ...DEFAULT_SESSION_OPTIONS, hideRaterNames: draft.hideRaterNames ?? true },
    facilitatorId: draft.facilitatorId ?? null,
    sampleIds: draft.sampleIds,
    raters: draft.judgeIds.map((personId, i) => ({
      personId,
      alias: `R${i + 1}`,
      name: personId,
    })),
    revealedSampleIds: [],
    timer: null,
    judging: { ...draft.judging },
  };
}

/** From the first step to the Judging step, with the samples and judges given. */
async function toJudgingStep(codes: string[], judges: string[]) {
  fireEvent.click(await screen.findByRole('radio', { name: /^Comparative judgement/ }, SLOW));
  fireEvent.change(screen.getByRole('textbox', { name: 'Title' }), {
    target: { value: 'Argument, which is better?' },
  });
  next('Rubric');
  await screen.findByRole('radio', { name: /Argument writing/ }, SLOW);
  next('Samples');
  for (const code of codes) {
    fireEvent.click(await screen.findByRole('checkbox', { name: `Include ${code}` }, SLOW));
  }
  next('Judges');
  for (const name of judges) {
    fireEvent.click(await screen.findByRole('checkbox', { name }, SLOW));
  }
  next('Judging');
  return screen.findByRole('textbox', { name: 'Question judges answer' }, SLOW);
}

afterEach(() => {
  cleanup();
  created = null;
});

describe('the kind of session', () => {
  it('starts as a rubric meeting, and comparative judgement brings its own steps', async () => {
    openWizard(workspace());
    const meeting = (await screen.findByRole('radio', {
      name: 'Rubric meeting — score each sample against the rubric, reveal and discuss',
    })) as HTMLInputElement;
    const judging = screen.getByRole('radio', {
      name: 'Comparative judgement — judges choose the better of two samples, many times; Concord builds a scale from their choices',
    }) as HTMLInputElement;
    expect(meeting.checked).toBe(true);
    expect(within(screen.getByRole('list', { name: 'Steps' })).getByText('4. Raters')).toBeTruthy();

    fireEvent.click(judging);
    const steps = within(screen.getByRole('list', { name: 'Steps' }));
    expect(steps.getByText('4. Judges')).toBeTruthy();
    expect(steps.getByText('5. Judging')).toBeTruthy();
    expect(steps.queryByText(/Options/)).toBeNull();
  });
});

describe('a comparative judgement session', () => {
  it('says what the rubric is for, marks anchors as the facilitator’s alone and wants three samples', async () => {
    openWizard(workspace());
    fireEvent.click(await screen.findByRole('radio', { name: /^Comparative judgement/ }, SLOW));
    fireEvent.change(screen.getByRole('textbox', { name: 'Title' }), {
      target: { value: 'Argument' },
    });
    next('Rubric');
    await screen.findByRole('radio', { name: /Argument writing/ }, SLOW);
    expect(screen.getByText(/its levels name the level bands/)).toBeTruthy();
    next('Samples');
    const anchorRow = (await screen.findByRole('rowheader', { name: 'T9X4' }, SLOW)).closest('tr')!;
    expect(within(anchorRow).getByText('Anchor — only you see this')).toBeTruthy();

    fireEvent.click(screen.getByRole('checkbox', { name: 'Include K7Q2' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Include M3P8' }));
    next('Judges');
    expect(screen.getByRole('alert').textContent).toBe(
      'Choose at least three samples: judges compare them two at a time.',
    );
    fireEvent.click(screen.getByRole('checkbox', { name: 'Include T9X4' }));
    next('Judges');
    expect(await screen.findByRole('group', { name: /Judges \(0 chosen\)/ }, SLOW)).toBeTruthy();
    next('Judging');
    expect(screen.getByRole('alert').textContent).toBe('Choose at least one judge.');
  });

  it('shows judgements per sample as the numbers change, and warns below about 10', async () => {
    openWizard(workspace());
    await toJudgingStep(['K7Q2', 'M3P8', 'T9X4', 'W2H6'], ['Ana Ruiz', 'Ben Okafor']);
    const perJudge = screen.getByRole('spinbutton', { name: 'Judgements per judge' });
    expect((perJudge as HTMLInputElement).value).toBe('20');
    // 2 judges x 20 judgements x 2 samples each, over 4 samples.
    expect(screen.getByText('about 20 judgements per sample')).toBeTruthy();
    expect(screen.queryByText(/seldom stable/)).toBeNull();

    fireEvent.change(perJudge, { target: { value: '9' } });
    expect(screen.getByText('about 9 judgements per sample')).toBeTruthy();
    expect(
      screen.getByText(
        'Below about 10 judgements per sample the scale is seldom stable: add judges or judgements.',
      ),
    ).toBeTruthy();

    fireEvent.change(perJudge, { target: { value: '10' } });
    expect(screen.getByText('about 10 judgements per sample')).toBeTruthy();
    expect(screen.queryByText(/seldom stable/)).toBeNull();
  });

  it('keeps the step until the question is written and the number makes sense', async () => {
    openWizard(workspace());
    const question = await toJudgingStep(['K7Q2', 'M3P8', 'T9X4'], ['Ana Ruiz']);
    next('Review');
    expect(question.getAttribute('aria-invalid')).toBe('true');
    expect(question.closest('.field')?.textContent).toContain('Write the question judges answer.');
    expect(document.activeElement).toBe(question);

    fireEvent.change(question, { target: { value: 'Which argues better?' } });
    const perJudge = screen.getByRole('spinbutton', { name: 'Judgements per judge' });
    fireEvent.change(perJudge, { target: { value: '' } });
    next('Review');
    expect(perJudge.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Ask each judge for 1 to 500 judgements.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Create as draft' })).toBeNull();
  });

  it('fills the question from a competency’s statement, still editable, and creates the session', async () => {
    const client = workspace();
    const router = openWizard(client);
    const question = await toJudgingStep(
      ['K7Q2', 'M3P8', 'T9X4', 'W2H6'],
      ['Ana Ruiz', 'Ben Okafor'],
    );
    fireEvent.click(screen.getByRole('button', { name: 'Use a competency’s statement' }));
    const competency = await screen.findByRole('combobox', { name: 'Competency' }, SLOW);
    expect(within(competency).queryByRole('option', { name: 'Retired competency' })).toBeNull();
    fireEvent.change(competency, { target: { value: 'cmp_arg' } });
    const band = (await screen.findByRole(
      'combobox',
      { name: 'Grade band' },
      SLOW,
    )) as HTMLSelectElement;
    // A band with no continuum written has no statement to offer.
    expect(
      within(band)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Grades 3–5', 'Grades 6–8']);
    fireEvent.change(band, { target: { value: 'gb_68' } });
    fireEvent.click(screen.getByRole('button', { name: 'Put this in the question' }));
    const filled =
      'Which of the two shows more of Argument? Grades 6–8, Proficient: Supports a clear claim with relevant evidence.';
    expect((question as HTMLTextAreaElement).value).toBe(filled);
    expect(screen.getByText(/The question comes from the statement of/).textContent).toContain(
      'Argument',
    );
    fireEvent.change(question, { target: { value: `${filled} Look at the evidence first.` } });
    fireEvent.change(screen.getByRole('spinbutton', { name: 'Judgements per judge' }), {
      target: { value: '25' },
    });
    fireEvent.click(screen.getByRole('checkbox', { name: /Hide judge names/ }));

    next('Review');
    const facts = (term: string) =>
      [...document.querySelectorAll('dt')].find((dt) => dt.textContent === term)!
        .nextElementSibling!;
    expect(facts('Kind').textContent).toBe('Comparative judgement');
    expect(facts('Samples').textContent).toBe('4, of which 1 anchor (only you see this)');
    expect(facts('Judges').textContent).toBe('Ana Ruiz, Ben Okafor');
    expect(facts('Judgements').textContent).toContain('about 25 judgements per sample');
    fireEvent.click(screen.getByRole('button', { name: 'Create as draft' }));

    await waitFor(() => expect(client.count('judging.create')).toBe(1), SLOW);
    expect(client.count('sessions.create')).toBe(0);
    expect(client.count('sessions.start')).toBe(0);
    expect(client.calls.find((c) => c.method === 'judging.create')?.input).toEqual({
      title: 'Argument, which is better?',
      heldOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      rubricVersionId: 'rv_1',
      facilitatorId: null,
      sampleIds: ['smp_1', 'smp_2', 'smp_3', 'smp_4'],
      judgeIds: ['per_ana', 'per_ben'],
      judging: {
        question: `${filled} Look at the evidence first.`,
        competencyId: 'cmp_arg',
        perJudge: 25,
      },
      hideRaterNames: false,
    });
    await waitFor(() => expect(router.state.location.pathname).toBe('/sessions/ses_cj'), SLOW);
    expect(await screen.findByRole('button', { name: 'Start judging' }, SLOW)).toBeTruthy();
  });

  it('starts judging straight away when asked', async () => {
    const client = workspace();
    openWizard(client);
    const question = await toJudgingStep(['K7Q2', 'M3P8', 'T9X4'], ['Ana Ruiz']);
    fireEvent.change(question, { target: { value: '  Which argues better?  ' } });
    next('Review');
    fireEvent.click(screen.getByRole('button', { name: 'Create and start judging' }));
    await waitFor(() => expect(client.count('sessions.start')).toBe(1), SLOW);
    expect(client.calls.find((c) => c.method === 'sessions.start')?.input).toEqual({
      sessionId: 'ses_cj',
    });
    expect(created?.judging).toEqual({
      question: 'Which argues better?',
      competencyId: null,
      perJudge: 20,
    });
  });
});

describe('the set-up figures', () => {
  it('count two samples per judgement and warn below ten per sample', () => {
    expect(perSampleFigure(12, 6, 20)).toEqual({
      perSample: 20,
      words: 'about 20 judgements per sample',
      tooFew: false,
    });
    expect(perSampleFigure(30, 4, 20)).toMatchObject({
      words: 'about 5.3 judgements per sample',
      tooFew: true,
    });
    expect(perSampleFigure(0, 4, 20)).toBeNull();
    expect(perSampleFigure(10, 0, 20)).toBeNull();
    expect(perSampleFigure(10, 2, Number.NaN)).toBeNull();
  });

  it('fill a question from the highest level and cut it to the limit', () => {
    expect(questionFromStatement('Argument', 'Grades 6–8', LEVELS, 500)).toBe(
      'Which of the two shows more of Argument? Grades 6–8, Proficient: Supports a clear claim with relevant evidence.',
    );
    const long = questionFromStatement(
      'Argument',
      'Grades 6–8',
      [{ value: 4, label: 'Advanced', descriptor: 'x'.repeat(600) }],
      500,
    );
    expect(long).toHaveLength(500);
    expect(long.endsWith('x…')).toBe(true);
  });
});
