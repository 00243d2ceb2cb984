// 1EdTech CASE rubric JSON, so frameworks published in CASE can be used (field sources in
// case-schema.ts). Read from a bare CFRubric or a CFPackage-like `{ "CFRubrics": [...] }`.
//
// Mapping (CASE -> Concord):
//   CFRubric.title / description                    -> title / description (title: file name when absent)
//   CFRubricCriterion.category (else description)   -> criterion name
//   CFRubricCriterion.CFItemURI.title               -> competency name (the CFItem it assesses)
//   CFRubricCriterion.CFItemURI                     -> framework item (identifier, uri, title kept
//                                                      as read, so an export links the same item)
//   CFRubricCriterion.position                      -> criterion order, when every criterion has one
//   CFRubricCriterionLevel.score / quality          -> level value / label
//   CFRubricCriterionLevel.description              -> the descriptor in that cell
// Levels are ordered by score, since Concord's scale goes up by value. Every criterion must
// have the same (score, quality) pairs: Concord scores all criteria on one scale. Not carried:
// grade band (CASE has no place for it on a rubric), feedback, weight, extensions, and the
// identifiers of the rubric, its criteria and levels (an export makes its own).
import { excerpt, InputError } from '../../domain/errors.js';
import type { FrameworkItem } from '../../domain/rubric.js';
import { caseRubricSchema } from './case-schema.js';
import type { CaseCriterion, CaseLevel } from './case-schema.js';
import { competencyItemIdentifier } from './case-write.js';
import { issueError, jsonPath, parseJsonText } from './json-input.js';
import { rubricFileProblems, titleFromFileName } from './rubric-file.js';
import type { RubricFile } from './rubric-file.js';

export { writeRubricCase } from './case-write.js';
export type { CaseWriteOptions } from './case-write.js';

export interface CaseReadOptions {
  /** Which rubric of a `CFRubrics` list to read (0-based); default the first. */
  rubricIndex?: number;
}

interface Located<T> {
  value: T;
  path: string;
}

export function parseRubricCase(
  text: string,
  fileName: string,
  options: CaseReadOptions = {},
): RubricFile {
  const fail = (message: string, field?: string): never => {
    throw new InputError(message, { file: fileName, field });
  };
  const root = parseJsonText(text, fileName);
  if (root === null || typeof root !== 'object' || Array.isArray(root)) {
    return fail('a CASE rubric file holds one JSON object (a CFRubric or a CFPackage)');
  }
  const { input, prefix } = pickRubric(root as Record<string, unknown>, options, fail);

  const parsed = caseRubricSchema.safeParse(input);
  if (!parsed.success) throw issueError(parsed.error.issues[0]!, { file: fileName, input, prefix });
  const rubric = parsed.data;

  const criteriaPath = jsonPath(['CFRubricCriteria'], prefix);
  let criteria: Located<CaseCriterion>[] = (rubric.CFRubricCriteria ?? []).map((value, i) => ({
    value,
    path: `${criteriaPath}[${i}]`,
  }));
  if (criteria.every((c) => typeof c.value.position === 'number')) {
    criteria = [...criteria].sort((a, b) => a.value.position! - b.value.position!);
  }

  const levelsOf = criteria.map((c) => sortedLevels(c, fail));
  const name = (i: number): string => criterionName(criteria[i]!.value);
  const quality = (level: CaseLevel): string => level.quality ?? '';
  // Names and level labels quoted in a message are short excerpts of the file's text.
  const quotedName = (i: number): string => excerpt(name(i));
  const quotedQuality = (level: CaseLevel): string => excerpt(quality(level));
  const first = levelsOf[0] ?? [];
  levelsOf.slice(1).forEach((levels, k) => {
    const i = k + 1;
    const theirs = new Map(levels.map((l) => [l.value.score!, l]));
    for (const level of levels) {
      const ours = first.find((l) => l.value.score === level.value.score);
      if (!ours) {
        fail(
          `criterion "${quotedName(i)}" has a level with score ${level.value.score} that criterion "${quotedName(0)}" does not have; every criterion needs the same levels`,
          `${level.path}.score`,
        );
      } else if (quality(ours.value).trim() !== quality(level.value).trim()) {
        fail(
          `criterion "${quotedName(i)}" calls score ${level.value.score} "${quotedQuality(level.value)}", criterion "${quotedName(0)}" calls it "${quotedQuality(ours.value)}"; every criterion needs the same levels`,
          `${level.path}.quality`,
        );
      }
    }
    for (const ours of first) {
      if (!theirs.has(ours.value.score!)) {
        fail(
          `criterion "${quotedName(i)}" has no level with score ${ours.value.score} ("${quotedQuality(ours.value)}"), which criterion "${quotedName(0)}" has; every criterion needs the same levels`,
          `${criteria[i]!.path}.CFRubricCriterionLevels`,
        );
      }
    }
  });

  const result: RubricFile = {
    title: rubric.title ?? titleFromFileName(fileName),
    description: rubric.description ?? '',
    gradeBand: null,
    levels: first.map((l) => ({ value: l.value.score!, label: quality(l.value) })),
    criteria: criteria.map((c, i) => {
      const competency = c.value.CFItemURI?.title ?? '';
      const item = frameworkItemOf(c.value);
      return {
        name: name(i),
        competency: competency.trim() === '' ? null : competency,
        descriptors: Object.fromEntries(
          levelsOf[i]!.map((l) => [String(l.value.score), l.value.description ?? '']),
        ),
        ...(item ? { frameworkItem: item } : {}),
      };
    }),
  };

  // Levels live inside criteria in CASE, so without criteria the missing criteria are the cause.
  const problems = rubricFileProblems(result);
  const problem = criteria.length === 0 ? problems.find((p) => p.path === 'criteria') : problems[0];
  if (problem) {
    const { criterion, level, descriptor } = problem;
    if (criterion !== undefined && descriptor !== undefined) {
      const cell = levelsOf[criterion]!.find((l) => String(l.value.score) === descriptor);
      fail(problem.message, cell ? `${cell.path}.description` : criteria[criterion]!.path);
    }
    if (criterion !== undefined) fail(problem.message, `${criteria[criterion]!.path}.category`);
    if (level !== undefined) {
      const end = problem.path.endsWith('.label') ? 'quality' : 'score';
      fail(problem.message, `${first[level]!.path}.${end}`);
    }
    if (problem.path === 'levels' && criteria[0]) {
      fail(problem.message, `${criteria[0].path}.CFRubricCriterionLevels`);
    }
    if (problem.path === 'criteria') fail(problem.message, criteriaPath);
    fail(problem.message, jsonPath([problem.path], prefix));
  }
  return result;
}

/** The rubric object to read and its JSON path, from a bare CFRubric or a `CFRubrics` list. */
function pickRubric(
  root: Record<string, unknown>,
  options: CaseReadOptions,
  fail: (message: string, field?: string) => never,
): { input: unknown; prefix: string } {
  if (!('CFRubrics' in root)) {
    if ('CFDocument' in root || 'CFItems' in root) {
      fail('this CASE package has no rubric: it has no "CFRubrics" list', 'CFRubrics');
    }
    return { input: root, prefix: '' };
  }
  const list = root.CFRubrics;
  if (!Array.isArray(list)) return fail('a list of CFRubric objects is needed', 'CFRubrics');
  if (list.length === 0)
    return fail('this CASE package has no rubric: "CFRubrics" is empty', 'CFRubrics');
  const index = options.rubricIndex ?? 0;
  if (!Number.isInteger(index) || index < 0 || index >= list.length) {
    return fail(
      `this CASE package has ${list.length} rubric(s); there is no rubric number ${index + 1}`,
      'CFRubrics',
    );
  }
  return { input: list[index], prefix: `CFRubrics[${index}]` };
}

/** A criterion's levels ordered by score, each with its JSON path; a missing or repeated score is refused. */
function sortedLevels(
  criterion: Located<CaseCriterion>,
  fail: (message: string, field?: string) => never,
): Located<CaseLevel>[] {
  const levels = (criterion.value.CFRubricCriterionLevels ?? []).map((value, j) => ({
    value,
    path: `${criterion.path}.CFRubricCriterionLevels[${j}]`,
  }));
  const seen = new Map<number, string>();
  for (const level of levels) {
    const { score } = level.value;
    if (score === null || score === undefined) {
      fail('missing: Concord needs a score for every level', `${level.path}.score`);
    } else if (seen.has(score)) {
      fail(
        `score ${score} is used twice in criterion "${excerpt(criterionName(criterion.value))}" (also at ${seen.get(score)})`,
        `${level.path}.score`,
      );
    } else {
      seen.set(score, level.path);
    }
  }
  return [...levels].sort((a, b) => a.value.score! - b.value.score!);
}

/**
 * The framework item a criterion links, exactly as the file writes it. An item without an
 * identifier links nothing, and one Concord made up from a competency name is no framework's.
 */
function frameworkItemOf(criterion: CaseCriterion): FrameworkItem | undefined {
  const link = criterion.CFItemURI;
  const identifier = link?.identifier ?? '';
  if (!link || identifier.trim() === '') return undefined;
  const title = link.title ?? '';
  const made = [title, title.trim()].map(competencyItemIdentifier);
  if (made.includes(identifier)) return undefined;
  return { identifier, uri: link.uri ?? '', title };
}

function criterionName(criterion: CaseCriterion): string {
  const category = criterion.category ?? '';
  return category.trim() !== '' ? category : (criterion.description ?? '');
}
