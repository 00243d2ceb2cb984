// What changed between two versions of one rubric: criteria followed by their stable key, levels
// by value, descriptors cell by cell. Pure; the history page reads it out in plain words.
import type { Criterion, RubricVersion } from './rubric.js';

export interface TextChange {
  before: string;
  after: string;
}

export interface LevelChange {
  kind: 'added' | 'removed' | 'relabelled';
  value: number;
  /** The label before (removed, relabelled) and after (added, relabelled). */
  before: string | null;
  after: string | null;
}

export interface CriterionChange {
  kind: 'added' | 'removed' | 'renamed' | 'competency';
  key: string;
  /** The criterion's name in the later version (in the earlier one when removed). */
  name: string;
  before: string | null;
  after: string | null;
}

export interface DescriptorChange {
  key: string;
  criterion: string;
  value: number;
  level: string;
  before: string;
  after: string;
}

export interface RubricDiff {
  title: TextChange | null;
  description: TextChange | null;
  gradeBand: { before: string | null; after: string | null } | null;
  levels: LevelChange[];
  criteria: CriterionChange[];
  /** Continuing criteria appear in another order. */
  reordered: boolean;
  descriptors: DescriptorChange[];
}

export interface DiffableVersion extends Pick<
  RubricVersion,
  'title' | 'description' | 'gradeBandId' | 'levels'
> {
  criteria: Pick<Criterion, 'key' | 'name' | 'competencyId' | 'descriptors'>[];
}

export interface DiffNames {
  /** Shows ids by name (competencies, grade bands); unknown ids show as themselves. */
  competency?: (id: string) => string | undefined;
  gradeBand?: (id: string) => string | undefined;
}

export function diffRubricVersions(
  before: DiffableVersion,
  after: DiffableVersion,
  names: DiffNames = {},
): RubricDiff {
  const competencyName = (id: string | null) =>
    id === null ? null : (names.competency?.(id) ?? id);
  const bandName = (id: string | null) => (id === null ? null : (names.gradeBand?.(id) ?? id));

  const levels: LevelChange[] = [];
  const afterLevels = new Map(after.levels.map((l) => [l.value, l.label]));
  const beforeLevels = new Map(before.levels.map((l) => [l.value, l.label]));
  for (const level of before.levels) {
    const label = afterLevels.get(level.value);
    if (label === undefined) {
      levels.push({ kind: 'removed', value: level.value, before: level.label, after: null });
    } else if (label !== level.label) {
      levels.push({ kind: 'relabelled', value: level.value, before: level.label, after: label });
    }
  }
  for (const level of after.levels) {
    if (!beforeLevels.has(level.value)) {
      levels.push({ kind: 'added', value: level.value, before: null, after: level.label });
    }
  }
  levels.sort((a, b) => a.value - b.value);

  const criteria: CriterionChange[] = [];
  const descriptors: DescriptorChange[] = [];
  const beforeByKey = new Map(before.criteria.map((c) => [c.key, c]));
  const afterKeys = new Set(after.criteria.map((c) => c.key));
  for (const c of after.criteria) {
    const old = beforeByKey.get(c.key);
    if (!old) {
      criteria.push({ kind: 'added', key: c.key, name: c.name, before: null, after: c.name });
      continue;
    }
    if (old.name !== c.name) {
      criteria.push({ kind: 'renamed', key: c.key, name: c.name, before: old.name, after: c.name });
    }
    if (old.competencyId !== c.competencyId) {
      criteria.push({
        kind: 'competency',
        key: c.key,
        name: c.name,
        before: competencyName(old.competencyId),
        after: competencyName(c.competencyId),
      });
    }
    for (const level of after.levels) {
      if (!beforeLevels.has(level.value)) continue;
      const was = old.descriptors[String(level.value)] ?? '';
      const now = c.descriptors[String(level.value)] ?? '';
      if (was !== now) {
        descriptors.push({
          key: c.key,
          criterion: c.name,
          value: level.value,
          level: level.label,
          before: was,
          after: now,
        });
      }
    }
  }
  for (const c of before.criteria) {
    if (!afterKeys.has(c.key)) {
      criteria.push({ kind: 'removed', key: c.key, name: c.name, before: c.name, after: null });
    }
  }
  const continuingBefore = before.criteria.map((c) => c.key).filter((k) => afterKeys.has(k));
  const continuingAfter = after.criteria.map((c) => c.key).filter((k) => beforeByKey.has(k));
  const reordered = continuingBefore.some((key, i) => continuingAfter[i] !== key);

  const change = (a: string, b: string): TextChange | null =>
    a === b ? null : { before: a, after: b };
  return {
    title: change(before.title, after.title),
    description: change(before.description, after.description),
    gradeBand:
      before.gradeBandId === after.gradeBandId
        ? null
        : { before: bandName(before.gradeBandId), after: bandName(after.gradeBandId) },
    levels,
    criteria,
    reordered,
    descriptors,
  };
}

export function isEmptyDiff(diff: RubricDiff): boolean {
  return (
    diff.title === null &&
    diff.description === null &&
    diff.gradeBand === null &&
    diff.levels.length === 0 &&
    diff.criteria.length === 0 &&
    !diff.reordered &&
    diff.descriptors.length === 0
  );
}

const quote = (text: string | null) => (text === null || text === '' ? '(none)' : `“${text}”`);

/** The diff as sentences a teacher reads on the history page, most visible changes first. */
export function describeRubricDiff(diff: RubricDiff): string[] {
  const lines: string[] = [];
  if (diff.title)
    lines.push(`Title changed from ${quote(diff.title.before)} to ${quote(diff.title.after)}.`);
  if (diff.description) lines.push('Description changed.');
  if (diff.gradeBand) {
    lines.push(
      `Grade band changed from ${quote(diff.gradeBand.before)} to ${quote(diff.gradeBand.after)}.`,
    );
  }
  for (const level of diff.levels) {
    if (level.kind === 'added') lines.push(`Level ${level.value} ${quote(level.after)} added.`);
    else if (level.kind === 'removed') {
      lines.push(`Level ${level.value} ${quote(level.before)} removed.`);
    } else {
      lines.push(
        `Level ${level.value} renamed from ${quote(level.before)} to ${quote(level.after)}.`,
      );
    }
  }
  for (const c of diff.criteria) {
    if (c.kind === 'added') lines.push(`Criterion ${quote(c.name)} added.`);
    else if (c.kind === 'removed') lines.push(`Criterion ${quote(c.name)} removed.`);
    else if (c.kind === 'renamed') {
      lines.push(`Criterion ${quote(c.before)} renamed to ${quote(c.after)}.`);
    } else {
      lines.push(
        `Criterion ${quote(c.name)} now assesses ${c.after === null ? 'no competency' : quote(c.after)} (was ${c.before === null ? 'none' : quote(c.before)}).`,
      );
    }
  }
  if (diff.reordered) lines.push('Criteria reordered.');
  for (const d of diff.descriptors) {
    lines.push(
      `Descriptor for ${quote(d.criterion)} at level ${d.value} (${d.level}) changed from ${quote(d.before)} to ${quote(d.after)}.`,
    );
  }
  return lines;
}
