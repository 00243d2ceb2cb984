import { describe, expect, it } from 'vitest';
import {
  formFromVersion,
  initialRubricForm,
  rubricFormReducer,
  toRubricDraft,
  toRubricEditDraft,
} from '../../src-renderer/pages/rubrics/rubric-form.js';
import type { RubricForm, RubricFormAction } from '../../src-renderer/pages/rubrics/rubric-form.js';
import {
  describeProblem,
  draftProblems,
  serverProblems,
} from '../../src-renderer/pages/rubrics/problems.js';

const apply = (form: RubricForm, ...actions: RubricFormAction[]) =>
  actions.reduce(rubricFormReducer, form);

describe('rubric form', () => {
  it('starts with the four usual levels and one empty criterion', () => {
    const form = initialRubricForm();
    expect(form.levels).toEqual(['Not yet', 'Emerging', 'Proficient', 'Advanced']);
    expect(form.criteria).toHaveLength(1);
    expect(form.criteria[0]!.descriptors).toEqual(['', '', '', '']);
  });

  it('keeps levels between 3 and 6 and descriptors in step with them', () => {
    let form = apply(initialRubricForm(), { type: 'addLevel' }, { type: 'addLevel' });
    expect(form.levels).toHaveLength(6);
    form = apply(form, { type: 'addLevel' });
    expect(form.levels).toHaveLength(6);
    expect(form.criteria[0]!.descriptors).toHaveLength(6);

    form = apply(
      initialRubricForm(),
      { type: 'descriptor', criterion: 0, level: 2, value: 'Proficient text' },
      { type: 'removeLevel', level: 1 },
    );
    expect(form.levels).toEqual(['Not yet', 'Proficient', 'Advanced']);
    expect(form.criteria[0]!.descriptors).toEqual(['', 'Proficient text', '']);
    expect(apply(form, { type: 'removeLevel', level: 0 }).levels).toHaveLength(3);
  });

  it('adds and removes criteria but never the last one', () => {
    let form = apply(initialRubricForm(), { type: 'addCriterion' }, { type: 'addCriterion' });
    expect(form.criteria.map((c) => c.uid)).toEqual([1, 2, 3]);
    form = apply(form, { type: 'removeCriterion', criterion: 1 });
    expect(form.criteria.map((c) => c.uid)).toEqual([1, 3]);
    form = apply(
      form,
      { type: 'removeCriterion', criterion: 0 },
      { type: 'removeCriterion', criterion: 0 },
    );
    expect(form.criteria).toHaveLength(1);
  });

  it('becomes a rubrics.create draft with level values 1..n and descriptors keyed by value', () => {
    const form = apply(
      initialRubricForm(),
      { type: 'title', value: '  Lab reports ' },
      { type: 'removeLevel', level: 3 },
      { type: 'criterionName', criterion: 0, value: 'Evidence' },
      { type: 'descriptor', criterion: 0, level: 0, value: 'None' },
      { type: 'descriptor', criterion: 0, level: 1, value: 'Some' },
      { type: 'descriptor', criterion: 0, level: 2, value: 'Enough' },
    );
    const draft = toRubricDraft(form);
    expect(draft).toEqual({
      title: 'Lab reports',
      description: '',
      levels: [
        { value: 1, label: 'Not yet' },
        { value: 2, label: 'Emerging' },
        { value: 3, label: 'Proficient' },
      ],
      criteria: [{ name: 'Evidence', descriptors: { '1': 'None', '2': 'Some', '3': 'Enough' } }],
    });
    expect(draftProblems(draft)).toEqual([]);
  });

  it('words problems for teachers and ties them to their inputs', () => {
    const problems = draftProblems(toRubricDraft(initialRubricForm()));
    expect(problems.map((p) => p.text)).toEqual([
      'Title: A rubric needs a title',
      'Criterion 1: Every criterion needs a name',
      'Criterion 1: describe levels 1 (Not yet), 2 (Emerging), 3 (Proficient) and 4 (Advanced)',
    ]);
    expect(problems[0]!.fields).toEqual(['title']);
    expect(problems[1]!.fields).toEqual(['criteria.0.name']);
    expect(problems[2]!.fields).toContain('criteria.0.descriptors.3');

    const named = apply(
      initialRubricForm(),
      { type: 'title', value: 'T' },
      { type: 'criterionName', criterion: 0, value: 'Evidence' },
      { type: 'descriptor', criterion: 0, level: 0, value: 'a' },
      { type: 'descriptor', criterion: 0, level: 1, value: 'b' },
      { type: 'descriptor', criterion: 0, level: 2, value: 'c' },
    );
    expect(draftProblems(toRubricDraft(named)).map((p) => p.text)).toEqual([
      'Criterion 1 (Evidence): describe level 4 (Advanced)',
    ]);
  });

  it('reads the server’s problems by their paths, not their wording', () => {
    expect(
      describeProblem({ path: ['levels', 2, 'label'], message: 'every level needs a label' }),
    ).toEqual({ fields: ['levels.2'], text: 'Level 3: Every level needs a label' });
    expect(
      describeProblem({
        path: ['criteria', 1, 'descriptors', '4'],
        message: 'has no descriptor for level 4',
      }),
    ).toEqual({
      fields: ['criteria.1.descriptors.4'],
      text: 'Criterion 2: Has no descriptor for level 4',
    });
    expect(describeProblem({ path: ['levels'], message: 'a rubric has 3 to 6 levels' })).toEqual({
      fields: [],
      text: 'Levels: A rubric has 3 to 6 levels',
    });
    // A field the form has no input for keeps the api's own words, path included.
    expect(describeProblem({ path: ['gradeBandId'], message: 'no grade band b9' })).toEqual({
      fields: [],
      text: 'GradeBandId: no grade band b9',
    });
    expect(describeProblem({ path: [], message: 'something else went wrong' })).toEqual({
      fields: [],
      text: 'Something else went wrong',
    });
    // A message that merely looks like a path is words, not a place.
    expect(describeProblem({ path: [], message: 'title: fine' }).fields).toEqual([]);
  });

  it('takes a refusal’s problems, or its message when it names none', () => {
    const refusal = {
      message: 'title: a rubric needs a title; criteria[1].name: needs a name',
      problems: [
        { path: ['title'], message: 'a rubric needs a title' },
        { path: ['criteria', 1, 'name'], message: 'needs a name' },
      ],
    };
    expect(serverProblems(refusal)).toEqual([
      { fields: ['title'], text: 'Title: A rubric needs a title' },
      { fields: ['criteria.1.name'], text: 'Criterion 2: Needs a name' },
    ]);
    expect(
      serverProblems({ message: 'This rubric changed meanwhile.\nReload it.', problems: [] }),
    ).toEqual([
      { fields: [], text: 'This rubric changed meanwhile.' },
      { fields: [], text: 'Reload it.' },
    ]);
  });
});

describe('editing a stored version', () => {
  const version = {
    id: 'v1',
    rubricId: 'r1',
    version: 1,
    title: 'Lab report',
    description: 'Grade 8',
    gradeBandId: 'b1',
    levels: [
      { value: 0, label: 'Missing' },
      { value: 1, label: 'Beginning' },
      { value: 2, label: 'Secure' },
    ],
    criteria: [
      {
        id: 'c1',
        key: 'k1',
        name: 'Method',
        competencyId: 'comp1',
        descriptors: { '0': 'none', '1': 'some', '2': 'all' },
      },
      {
        id: 'c2',
        key: 'k2',
        name: 'Analysis',
        competencyId: null,
        descriptors: { '0': 'a', '1': 'b', '2': 'c' },
      },
    ],
    frozenAt: '2026-10-01T00:00:00.000Z',
    createdAt: '2026-09-01T00:00:00.000Z',
  };

  it('loads a version and sends it back unchanged, keys and the 0 level included', () => {
    const form = formFromVersion(version);
    expect(form.firstValue).toBe(0);
    expect(form.criteria.map((c) => c.descriptors)).toEqual([
      ['none', 'some', 'all'],
      ['a', 'b', 'c'],
    ]);
    expect(toRubricEditDraft(form)).toEqual({
      title: 'Lab report',
      description: 'Grade 8',
      gradeBandId: 'b1',
      levels: version.levels,
      criteria: [
        {
          key: 'k1',
          name: 'Method',
          competencyId: 'comp1',
          descriptors: version.criteria[0]!.descriptors,
        },
        { key: 'k2', name: 'Analysis', descriptors: version.criteria[1]!.descriptors },
      ],
    });
  });

  it('moves criteria up and down with their keys, and duplicates one without its key', () => {
    let form = apply(formFromVersion(version), { type: 'moveCriterion', criterion: 0, by: 1 });
    expect(form.criteria.map((c) => c.key)).toEqual(['k2', 'k1']);
    expect(apply(form, { type: 'moveCriterion', criterion: 1, by: 1 })).toBe(form);
    expect(apply(form, { type: 'moveCriterion', criterion: 0, by: -1 })).toBe(form);
    form = apply(form, { type: 'duplicateCriterion', criterion: 1 });
    expect(form.criteria.map((c) => [c.name, c.key])).toEqual([
      ['Analysis', 'k2'],
      ['Method', 'k1'],
      ['Method (copy)', undefined],
    ]);
    expect(form.criteria[2]!.descriptors).toEqual(['none', 'some', 'all']);
    const draft = toRubricEditDraft(apply(form, { type: 'firstValue', value: 1 }));
    expect(draft.levels.map((l) => l.value)).toEqual([1, 2, 3]);
    expect(draft.criteria[2]).toEqual({
      name: 'Method (copy)',
      competencyId: 'comp1',
      descriptors: { '1': 'none', '2': 'some', '3': 'all' },
    });
  });
});
