// Problems: the path and message of one thing wrong with an input, and ValidationError's use of them.
import { describe, expect, it } from 'vitest';
import { continuumProblems } from '../../src-main/domain/competency.js';
import { pathText, problemText, ValidationError } from '../../src-main/domain/errors.js';
import { ruleProblems } from '../../src-main/domain/qualification.js';
import { rubricProblems } from '../../src-main/domain/rubric.js';

describe('problemText', () => {
  it('writes a path as the api always has: indexes in brackets, keys after dots', () => {
    expect(pathText(['criteria', 0, 'name'])).toBe('criteria[0].name');
    expect(pathText(['criteria', 2, 'descriptors', '3'])).toBe('criteria[2].descriptors.3');
    expect(pathText(['rule', 'minExact'])).toBe('rule.minExact');
    expect(pathText(['sampleIds', 4])).toBe('sampleIds[4]');
    expect(pathText([1, 'x'])).toBe('[1].x');
    expect(pathText([])).toBe('');
  });

  it('puts the path before the message, and leaves a whole-input problem as its message', () => {
    expect(problemText({ path: ['score'], message: '9 is not a level' })).toBe(
      'score: 9 is not a level',
    );
    expect(problemText({ path: ['levels', 1, 'label'], message: 'needs a label' })).toBe(
      'levels[1].label: needs a label',
    );
    expect(problemText({ path: [], message: 'the file is empty' })).toBe('the file is empty');
  });
});

describe('ValidationError', () => {
  it('carries its problems and says them all in its message', () => {
    const error = new ValidationError([
      { path: ['title'], message: 'a set needs a title' },
      { path: ['sampleIds', 1], message: 'sample s2 is listed twice' },
    ]);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('ValidationError');
    expect(error.message).toBe(
      'title: a set needs a title; sampleIds[1]: sample s2 is listed twice',
    );
    expect(error.problems).toEqual([
      { path: ['title'], message: 'a set needs a title' },
      { path: ['sampleIds', 1], message: 'sample s2 is listed twice' },
    ]);
  });

  it('names one field with at, and the whole input with a plain message', () => {
    const one = ValidationError.at(['pin'], 'use 4 to 12 digits');
    expect(one.message).toBe('pin: use 4 to 12 digits');
    expect(one.problems).toEqual([{ path: ['pin'], message: 'use 4 to 12 digits' }]);

    const whole = new ValidationError('rubric.csv, line 3: the row has no name');
    expect(whole.message).toBe('rubric.csv, line 3: the row has no name');
    expect(whole.problems).toEqual([
      { path: [], message: 'rubric.csv, line 3: the row has no name' },
    ]);
  });

  it('keeps its own copy of the paths it was given', () => {
    const path = ['levels', 0];
    const error = ValidationError.at(path, 'needs a label');
    path.push('label');
    expect(error.problems[0]!.path).toEqual(['levels', 0]);
  });
});

describe('the domain validators', () => {
  it('name each rubric problem by path, with the same words as before', () => {
    const problems = rubricProblems({
      title: ' ',
      levels: [
        { value: 2, label: 'Low' },
        { value: 1, label: '' },
      ],
      criteria: [{ name: 'Evidence', descriptors: { '2': 'some' } }],
    });
    expect(problems.map(problemText)).toEqual([
      'title: a rubric needs a title',
      'levels: a rubric has 3 to 6 levels, not 2',
      'levels[1].value: levels must go up, 1 follows 2',
      'levels[1].label: every level needs a label',
      'criteria[0].descriptors.1: "Evidence" has no descriptor for level 1 ()',
    ]);
    expect(problems.at(-1)!.path).toEqual(['criteria', 0, 'descriptors', '1']);
  });

  it('name continuum and pass-rule problems by path', () => {
    const continuum = continuumProblems([
      { value: 0, label: 'a', descriptor: 'x' },
      { value: 1, label: 'b', descriptor: ' ' },
      { value: 2, label: 'c', descriptor: 'z' },
    ]);
    expect(continuum).toEqual([
      { path: ['levels', 1, 'descriptor'], message: 'level 1 needs a descriptor' },
    ]);
    expect(ruleProblems({ minExact: 2, maxNonAdjacent: -1 })).toEqual([
      { path: ['rule', 'minExact'], message: 'must be a share from 0% to 100%' },
      { path: ['rule', 'maxNonAdjacent'], message: 'must be a whole number, 0 or more' },
    ]);
    expect(ruleProblems({}).map(problemText)).toEqual([
      'rule: set at least one condition (exact matches, within one level, or non-adjacent scores)',
    ]);
  });
});
