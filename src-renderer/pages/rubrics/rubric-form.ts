// The "New rubric" form's state and its changes, kept pure so the rules are easy to test.
import type { MethodInput } from '../../../src-main/api/contract.js';
import { MAX_LEVELS, MIN_LEVELS } from '../../../src-main/domain/rubric.js';

export interface CriterionRow {
  /** Keeps React's row identity when rows above are removed. */
  uid: number;
  name: string;
  /** One descriptor per level, in level order. */
  descriptors: string[];
}

export interface RubricForm {
  title: string;
  description: string;
  /** Level labels, lowest first; level values are 1..n in this order. */
  levels: string[];
  criteria: CriterionRow[];
  nextUid: number;
}

export type RubricFormAction =
  | { type: 'title'; value: string }
  | { type: 'description'; value: string }
  | { type: 'levelLabel'; level: number; value: string }
  | { type: 'addLevel' }
  | { type: 'removeLevel'; level: number }
  | { type: 'criterionName'; criterion: number; value: string }
  | { type: 'descriptor'; criterion: number; level: number; value: string }
  | { type: 'addCriterion' }
  | { type: 'removeCriterion'; criterion: number };

export const DEFAULT_LEVELS = ['Not yet', 'Emerging', 'Proficient', 'Advanced'];

export function initialRubricForm(): RubricForm {
  return {
    title: '',
    description: '',
    levels: [...DEFAULT_LEVELS],
    criteria: [{ uid: 1, name: '', descriptors: DEFAULT_LEVELS.map(() => '') }],
    nextUid: 2,
  };
}

export function rubricFormReducer(form: RubricForm, action: RubricFormAction): RubricForm {
  switch (action.type) {
    case 'title':
      return { ...form, title: action.value };
    case 'description':
      return { ...form, description: action.value };
    case 'levelLabel':
      return { ...form, levels: replaceAt(form.levels, action.level, action.value) };
    case 'addLevel':
      if (form.levels.length >= MAX_LEVELS) return form;
      return {
        ...form,
        levels: [...form.levels, `Level ${form.levels.length + 1}`],
        criteria: form.criteria.map((c) => ({ ...c, descriptors: [...c.descriptors, ''] })),
      };
    case 'removeLevel':
      if (form.levels.length <= MIN_LEVELS) return form;
      return {
        ...form,
        levels: removeAt(form.levels, action.level),
        criteria: form.criteria.map((c) => ({
          ...c,
          descriptors: removeAt(c.descriptors, action.level),
        })),
      };
    case 'criterionName':
      return {
        ...form,
        criteria: updateAt(form.criteria, action.criterion, (c) => ({ ...c, name: action.value })),
      };
    case 'descriptor':
      return {
        ...form,
        criteria: updateAt(form.criteria, action.criterion, (c) => ({
          ...c,
          descriptors: replaceAt(c.descriptors, action.level, action.value),
        })),
      };
    case 'addCriterion':
      return {
        ...form,
        criteria: [
          ...form.criteria,
          { uid: form.nextUid, name: '', descriptors: form.levels.map(() => '') },
        ],
        nextUid: form.nextUid + 1,
      };
    case 'removeCriterion':
      if (form.criteria.length <= 1) return form;
      return { ...form, criteria: removeAt(form.criteria, action.criterion) };
  }
}

/** The form as the api's rubrics.create input: level values 1..n, descriptors keyed by value. */
export function toRubricDraft(form: RubricForm): MethodInput<'rubrics.create'> {
  return {
    title: form.title.trim(),
    description: form.description.trim(),
    levels: form.levels.map((label, i) => ({ value: i + 1, label: label.trim() })),
    criteria: form.criteria.map((criterion) => ({
      name: criterion.name.trim(),
      descriptors: Object.fromEntries(
        form.levels.map((_, i) => [String(i + 1), (criterion.descriptors[i] ?? '').trim()]),
      ),
    })),
  };
}

function replaceAt<T>(list: T[], index: number, value: T): T[] {
  return list.map((item, i) => (i === index ? value : item));
}

function updateAt<T>(list: T[], index: number, update: (item: T) => T): T[] {
  return list.map((item, i) => (i === index ? update(item) : item));
}

function removeAt<T>(list: T[], index: number): T[] {
  return list.filter((_, i) => i !== index);
}
