// Rubrics: criteria (rows) x ordered performance levels (columns), a descriptor in each cell.
import { excerpt } from './errors.js';
import type { Problem } from './errors.js';

export interface PerformanceLevel {
  /** The ordered score value: 0..6. */
  value: number;
  label: string;
}

/**
 * The item of a published competency framework a criterion assesses (a CASE CFItem), as the
 * framework names it, so that an export links the very item the rubric was imported from.
 */
export interface FrameworkItem {
  identifier: string;
  /** The item's address in its framework; empty when the framework gave none. */
  uri: string;
  title: string;
}

export interface Criterion {
  id: string;
  /** Stable across versions of one rubric, so statistics and anchors can follow a criterion. */
  key: string;
  name: string;
  competencyId: string | null;
  /** Descriptor per level value, in the order of the rubric's levels. */
  descriptors: Record<string, string>;
  /** Set only for a criterion imported with a framework link; kept while its competency stays. */
  frameworkItem?: FrameworkItem;
}

export interface RubricVersion {
  id: string;
  rubricId: string;
  version: number;
  title: string;
  description: string;
  gradeBandId: string | null;
  levels: PerformanceLevel[];
  criteria: Criterion[];
  /** Set once a session uses this version; a frozen version is never edited again. */
  frozenAt: string | null;
  createdAt: string;
}

/** A rubric as written before it is stored: what the editor and every importer produce. */
export interface RubricDraft {
  title: string;
  description: string;
  gradeBandId: string | null;
  levels: PerformanceLevel[];
  criteria: {
    name: string;
    competencyId: string | null;
    descriptors: Record<string, string>;
    /**
     * The framework link to store; null for none. Left out, an edit keeps the link the criterion
     * (same key) had, unless its competency changes.
     */
    frameworkItem?: FrameworkItem | null;
  }[];
}

export interface RubricSummary {
  id: string;
  title: string;
  latestVersionId: string;
  latestVersion: number;
  criteriaCount: number;
  levelsCount: number;
  archived: boolean;
  frozen: boolean;
}

export const MIN_LEVELS = 3;
export const MAX_LEVELS = 6;

/**
 * Problems with a scale's levels (a rubric's, or a continuum's in one grade band), each naming
 * its field; `more` adds a level's own further problems right after that level's.
 */
export function scaleProblems<L extends PerformanceLevel>(
  levels: readonly L[],
  scale: string,
  more: (level: L, i: number) => Problem[] = () => [],
): Problem[] {
  const problems: Problem[] = [];
  const add = (path: Problem['path'], message: string) => problems.push({ path, message });
  if (levels.length < MIN_LEVELS || levels.length > MAX_LEVELS) {
    add(['levels'], `a ${scale} has ${MIN_LEVELS} to ${MAX_LEVELS} levels, not ${levels.length}`);
  }
  levels.forEach((level, i) => {
    if (!Number.isInteger(level.value) || level.value < 0 || level.value > MAX_LEVELS) {
      add(['levels', i, 'value'], `${level.value} is not a whole number from 0 to 6`);
    }
    if (i > 0 && level.value <= levels[i - 1]!.value) {
      add(
        ['levels', i, 'value'],
        `levels must go up, ${level.value} follows ${levels[i - 1]!.value}`,
      );
    }
    if (level.label.trim() === '') add(['levels', i, 'label'], 'every level needs a label');
    problems.push(...more(level, i));
  });
  return problems;
}

/** The levels alone, without whatever else the objects carry. */
export function plainLevels(levels: readonly PerformanceLevel[]): PerformanceLevel[] {
  return levels.map((l) => ({ value: l.value, label: l.label }));
}

/**
 * A criterion's descriptors of exactly these levels, in level order ('' where one is missing),
 * keyed by the level's value as text: a descriptor of a level the rubric lacks is dropped.
 */
export function levelDescriptors(
  levels: readonly PerformanceLevel[],
  descriptors: Readonly<Record<string, string>>,
): Record<string, string> {
  return Object.fromEntries(
    levels.map((l) => [String(l.value), descriptors[String(l.value)] ?? '']),
  );
}

/** Problems that make a rubric draft unusable for scoring, each naming the field at fault. */
export function rubricProblems(
  draft: Pick<RubricDraft, 'title' | 'levels'> & {
    criteria: Pick<RubricDraft['criteria'][number], 'name' | 'descriptors'>[];
  },
): Problem[] {
  const problems: Problem[] = [];
  const add = (path: Problem['path'], message: string) => problems.push({ path, message });
  if (draft.title.trim() === '') add(['title'], 'a rubric needs a title');
  const { levels } = draft;
  problems.push(...scaleProblems(levels, 'rubric'));
  if (draft.criteria.length === 0) add(['criteria'], 'a rubric needs at least one criterion');
  draft.criteria.forEach((criterion, i) => {
    if (criterion.name.trim() === '') add(['criteria', i, 'name'], 'every criterion needs a name');
    for (const level of levels) {
      // Descriptors are keyed by the level's value as text, as the draft (and zod) name them.
      const key = String(level.value);
      const text = criterion.descriptors[key];
      if (text === undefined || text.trim() === '') {
        add(
          ['criteria', i, 'descriptors', key],
          `"${excerpt(criterion.name)}" has no descriptor for level ${level.value} (${excerpt(level.label)})`,
        );
      }
    }
  });
  return problems;
}
