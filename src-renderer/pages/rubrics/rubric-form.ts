// The rubric editor's state and its changes ("New rubric" and editing a version), kept pure so
// the rules are easy to test.
import type { MethodInput } from '../../../src-main/api/contract.js';
import type { RubricVersion } from '../../../src-main/domain/rubric.js';
import { MAX_LEVELS, MIN_LEVELS } from '../../../src-main/domain/rubric.js';

export interface CriterionRow {
  /** Keeps React's row identity when rows above are removed. */
  uid: number;
  /** The stable key of the stored criterion this row continues; none for a new row. */
  key?: string;
  competencyId?: string | null;
  name: string;
  /** One descriptor per level, in level order. */
  descriptors: string[];
}

export interface RubricForm {
  title: string;
  description: string;
  /** Level labels, lowest first; level values are firstValue..firstValue+n-1 in this order. */
  levels: string[];
  /** 1 usually; 0 when the scale has a "0" level. Absent means 1. */
  firstValue?: 0 | 1;
  gradeBandId?: string | null;
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
  | { type: 'removeCriterion'; criterion: number }
  | { type: 'moveCriterion'; criterion: number; by: -1 | 1 }
  | { type: 'duplicateCriterion'; criterion: number }
  | { type: 'criterionCompetency'; criterion: number; value: string | null }
  | { type: 'firstValue'; value: 0 | 1 }
  | { type: 'gradeBand'; value: string | null };

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
    case 'moveCriterion': {
      const to = action.criterion + action.by;
      if (to < 0 || to >= form.criteria.length) return form;
      const criteria = [...form.criteria];
      [criteria[action.criterion], criteria[to]] = [criteria[to]!, criteria[action.criterion]!];
      return { ...form, criteria };
    }
    case 'duplicateCriterion': {
      const source = form.criteria[action.criterion];
      if (!source) return form;
      const copy: CriterionRow = {
        uid: form.nextUid,
        name: `${source.name} (copy)`,
        competencyId: source.competencyId ?? null,
        descriptors: [...source.descriptors],
      };
      const criteria = [...form.criteria];
      criteria.splice(action.criterion + 1, 0, copy);
      return { ...form, criteria, nextUid: form.nextUid + 1 };
    }
    case 'criterionCompetency':
      return {
        ...form,
        criteria: updateAt(form.criteria, action.criterion, (c) => ({
          ...c,
          competencyId: action.value,
        })),
      };
    case 'firstValue':
      return { ...form, firstValue: action.value };
    case 'gradeBand':
      return { ...form, gradeBandId: action.value };
  }
}

/** The value of the level at `index` (0-based) in the form's scale. */
export function levelValue(form: Pick<RubricForm, 'firstValue'>, index: number): number {
  return (form.firstValue ?? 1) + index;
}

/**
 * A stored version in the editor. Levels are renumbered from the first one up in steps of 1
 * (the form's scale); criteria keep their keys so edits follow them across versions.
 */
export function formFromVersion(version: RubricVersion): RubricForm {
  return {
    title: version.title,
    description: version.description,
    levels: version.levels.map((l) => l.label),
    firstValue: version.levels[0]?.value === 0 ? 0 : 1,
    gradeBandId: version.gradeBandId,
    criteria: version.criteria.map((c, i) => ({
      uid: i + 1,
      key: c.key,
      competencyId: c.competencyId,
      name: c.name,
      descriptors: version.levels.map((l) => c.descriptors[String(l.value)] ?? ''),
    })),
    nextUid: version.criteria.length + 1,
  };
}

/** The form as rubrics.update's draft: like rubrics.create's, with each criterion's key. */
export function toRubricEditDraft(form: RubricForm): MethodInput<'rubrics.update'>['draft'] {
  const draft = toRubricDraft(form);
  return {
    ...draft,
    criteria: draft.criteria.map((c, i) => {
      const key = form.criteria[i]?.key;
      return key === undefined ? c : { ...c, key };
    }),
  };
}

/** The form as the api's rubrics.create input: level values from firstValue up, descriptors keyed by value. */
export function toRubricDraft(form: RubricForm): MethodInput<'rubrics.create'> {
  const value = (i: number) => levelValue(form, i);
  return {
    title: form.title.trim(),
    description: form.description.trim(),
    ...(form.gradeBandId ? { gradeBandId: form.gradeBandId } : {}),
    levels: form.levels.map((label, i) => ({ value: value(i), label: label.trim() })),
    criteria: form.criteria.map((criterion) => ({
      name: criterion.name.trim(),
      ...(criterion.competencyId ? { competencyId: criterion.competencyId } : {}),
      descriptors: Object.fromEntries(
        form.levels.map((_, i) => [String(value(i)), (criterion.descriptors[i] ?? '').trim()]),
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
