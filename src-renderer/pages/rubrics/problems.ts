// Turns the domain's problems (the path of a field and a message) into words a teacher reads,
// tied to the inputs they are about.
import type { MethodInput } from '../../../src-main/api/contract.js';
import { problemText } from '../../../src-main/domain/errors.js';
import type { Problem } from '../../../src-main/domain/errors.js';
import { rubricProblems } from '../../../src-main/domain/rubric.js';

export interface FormProblem {
  /** The inputs it is about: "title", "levels.2", "criteria.0.name", "criteria.0.descriptors.3". */
  fields: string[];
  text: string;
}

export function describeProblem(problem: Problem): FormProblem {
  const [root, index, part, key] = problem.path;
  const text = capitalize(problem.message.trim());
  const n = typeof index === 'number' ? index : undefined;
  if (root === 'title') return { fields: ['title'], text: `Title: ${text}` };
  if (root === 'levels' && n !== undefined) {
    return { fields: [`levels.${n}`], text: `Level ${n + 1}: ${text}` };
  }
  if (root === 'levels') return { fields: [], text: `Levels: ${text}` };
  if (root === 'criteria' && n !== undefined) {
    const field =
      part === 'descriptors' && key !== undefined
        ? `criteria.${n}.descriptors.${key}`
        : `criteria.${n}.${part ?? 'name'}`;
    return { fields: [field], text: `Criterion ${n + 1}: ${text}` };
  }
  if (root === 'criteria') return { fields: [], text: `Criteria: ${text}` };
  return { fields: [], text: capitalize(problemText(problem).trim()) };
}

/**
 * What is wrong with a draft before it is sent, by the same rules the main side applies. Missing
 * descriptors are gathered into one line per criterion instead of one per empty box.
 */
export function draftProblems(draft: MethodInput<'rubrics.create'>): FormProblem[] {
  const problems: FormProblem[] = [];
  const missing = new Map<number, number[]>();
  for (const problem of rubricProblems(draft)) {
    const [root, criterion, part, value] = problem.path;
    if (root === 'criteria' && typeof criterion === 'number' && part === 'descriptors') {
      missing.set(criterion, [...(missing.get(criterion) ?? []), Number(value)]);
    } else {
      problems.push(describeProblem(problem));
    }
  }
  for (const [criterion, values] of missing) {
    const name = draft.criteria[criterion]?.name.trim();
    const levels = values.map((value) => {
      const label = draft.levels.find((level) => level.value === value)?.label.trim();
      return label ? `${value} (${label})` : String(value);
    });
    problems.push({
      fields: values.map((value) => `criteria.${criterion}.descriptors.${value}`),
      text: `Criterion ${criterion + 1}${name ? ` (${name})` : ''}: describe ${
        levels.length === 1 ? 'level' : 'levels'
      } ${joinWords(levels)}`,
    });
  }
  return problems;
}

/**
 * A server refusal's problems, each at its field. A refusal that names none (a conflict, a file
 * the server could not read) is shown as its message, one problem a line.
 */
export function serverProblems(error: {
  message: string;
  problems: readonly Problem[];
}): FormProblem[] {
  if (error.problems.length > 0) return error.problems.map(describeProblem);
  return error.message
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => describeProblem({ path: [], message: line }));
}

function joinWords(words: string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
