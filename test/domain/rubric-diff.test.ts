import { describe, expect, it } from 'vitest';
import type { DiffableVersion } from '../../src-main/domain/rubric-diff.js';
import {
  describeRubricDiff,
  diffRubricVersions,
  isEmptyDiff,
} from '../../src-main/domain/rubric-diff.js';

const base: DiffableVersion = {
  title: 'Argument writing',
  description: 'Grade 7',
  gradeBandId: 'b1',
  levels: [
    { value: 1, label: 'Not yet' },
    { value: 2, label: 'Emerging' },
    { value: 3, label: 'Proficient' },
  ],
  criteria: [
    {
      key: 'k-claim',
      name: 'Claim',
      competencyId: null,
      descriptors: { '1': 'none', '2': 'vague', '3': 'clear' },
    },
    {
      key: 'k-evidence',
      name: 'Evidence',
      competencyId: 'c1',
      descriptors: { '1': 'little', '2': 'some', '3': 'relevant' },
    },
    {
      key: 'k-style',
      name: 'Style',
      competencyId: null,
      descriptors: { '1': 'a', '2': 'b', '3': 'c' },
    },
  ],
};

const clone = (): DiffableVersion => structuredClone(base);

describe('diffRubricVersions', () => {
  it('finds nothing between equal versions', () => {
    const diff = diffRubricVersions(base, clone());
    expect(isEmptyDiff(diff)).toBe(true);
    expect(describeRubricDiff(diff)).toEqual([]);
  });

  it('follows criteria by key: added, removed, renamed, competency, reordered', () => {
    const after = clone();
    after.criteria = [
      { ...after.criteria[1]!, name: 'Evidence and reasoning', competencyId: 'c2' },
      after.criteria[0]!,
      { key: 'k-new', name: 'Counterclaim', competencyId: null, descriptors: {} },
    ];
    const names = { competency: (id: string) => ({ c1: 'Inquiry', c2: 'Communication' })[id] };
    const diff = diffRubricVersions(base, after, names);
    expect(diff.criteria).toEqual([
      {
        kind: 'renamed',
        key: 'k-evidence',
        name: 'Evidence and reasoning',
        before: 'Evidence',
        after: 'Evidence and reasoning',
      },
      {
        kind: 'competency',
        key: 'k-evidence',
        name: 'Evidence and reasoning',
        before: 'Inquiry',
        after: 'Communication',
      },
      { kind: 'added', key: 'k-new', name: 'Counterclaim', before: null, after: 'Counterclaim' },
      { kind: 'removed', key: 'k-style', name: 'Style', before: 'Style', after: null },
    ]);
    expect(diff.reordered).toBe(true);
    // A new criterion's cells are part of "added", not descriptor changes.
    expect(diff.descriptors).toEqual([]);
  });

  it('removing a criterion alone is not a reorder', () => {
    const after = clone();
    after.criteria.splice(1, 1);
    const diff = diffRubricVersions(base, after);
    expect(diff.reordered).toBe(false);
    expect(diff.criteria.map((c) => c.kind)).toEqual(['removed']);
  });

  it('compares levels by value and descriptors cell by cell', () => {
    const after = clone();
    after.levels = [
      { value: 1, label: 'Beginning' },
      { value: 2, label: 'Emerging' },
      { value: 3, label: 'Proficient' },
      { value: 4, label: 'Advanced' },
    ];
    after.criteria[0]!.descriptors = { '1': 'none', '2': 'a vague claim', '3': 'clear', '4': 'x' };
    const diff = diffRubricVersions(base, after);
    expect(diff.levels).toEqual([
      { kind: 'relabelled', value: 1, before: 'Not yet', after: 'Beginning' },
      { kind: 'added', value: 4, before: null, after: 'Advanced' },
    ]);
    expect(diff.descriptors).toEqual([
      {
        key: 'k-claim',
        criterion: 'Claim',
        value: 2,
        level: 'Emerging',
        before: 'vague',
        after: 'a vague claim',
      },
    ]);
  });

  it('notices title, description and grade band, by name', () => {
    const after = { ...clone(), title: 'Argument', description: '', gradeBandId: null };
    const diff = diffRubricVersions(base, after, {
      gradeBand: (id) => (id === 'b1' ? '6-8' : undefined),
    });
    expect(diff.title).toEqual({ before: 'Argument writing', after: 'Argument' });
    expect(diff.description).toEqual({ before: 'Grade 7', after: '' });
    expect(diff.gradeBand).toEqual({ before: '6-8', after: null });
  });

  it('reads out in plain words', () => {
    const after = clone();
    after.title = 'Argument';
    after.levels = after.levels.filter((l) => l.value !== 3);
    after.levels.push({ value: 4, label: 'Advanced' });
    after.criteria[0]!.name = 'Claim and focus';
    after.criteria[1]!.descriptors['1'] = 'hardly any';
    after.criteria.pop();
    const lines = describeRubricDiff(diffRubricVersions(base, after));
    expect(lines).toEqual([
      'Title changed from “Argument writing” to “Argument”.',
      'Level 3 “Proficient” removed.',
      'Level 4 “Advanced” added.',
      'Criterion “Claim” renamed to “Claim and focus”.',
      'Criterion “Style” removed.',
      'Descriptor for “Evidence” at level 1 (Not yet) changed from “little” to “hardly any”.',
    ]);
  });
});
