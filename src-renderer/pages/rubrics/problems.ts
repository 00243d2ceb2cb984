// Turns the domain's "field.path: message" problems into words a teacher reads, tied to the
// inputs they are about.
import { rubricProblems } from '../../../src-main/domain/rubric.js';
import type { MethodInput } from '../../../src-main/api/contract.js';

export interface FormProblem {
  /** The inputs it is about: "title", "levels.2", "criteria.0.name", "criteria.0.descriptors.3". */
  fields: string[];
  text: string;
}

const PATH = /^([a-zA-Z]+)(?:\[(\d+)\])?(?:\.([a-zA-Z]+))?(?:\.(\d+))?:\s*(.*)$/s;

export function describeProblem(problem: string): FormProblem {
  const match = PATH.exec(problem.trim());
  if (!match) return { fields: [], text: capitalize(problem.trim()) };
  const [, root, index, part, level, message = ''] = match;
  const n = index === undefined ? undefined : Number(index);
  const text = capitalize(message);
  if (root === 'title') return { fields: ['title'], text: `Title: ${text}` };
  if (root === 'levels' && n !== undefined) {
    return { fields: [`levels.${n}`], text: `Level ${n + 1}: ${text}` };
  }
  if (root === 'levels') return { fields: [], text: `Levels: ${text}` };
  if (root === 'criteria' && n !== undefined) {
    const field =
      part === 'descriptors' && level !== undefined
        ? `criteria.${n}.descriptors.${level}`
        : `criteria.${n}.${part ?? 'name'}`;
    return { fields: [field], text: `Criterion ${n + 1}: ${text}` };
  }
  if (root === 'criteria') return { fields: [], text: `Criteria: ${text}` };
  return { fields: [], text: capitalize(problem.trim()) };
}

/**
 * What is wrong with a draft before it is sent, by the same rules the main side applies. Missing
 * descriptors are gathered into one line per criterion instead of one per empty box.
 */
export function draftProblems(draft: MethodInput<'rubrics.create'>): FormProblem[] {
  const problems: FormProblem[] = [];
  const missing = new Map<number, number[]>();
  for (const problem of rubricProblems(draft)) {
    const descriptor = /^criteria\[(\d+)\]\.descriptors\.(\d+):/.exec(problem);
    if (descriptor) {
      const criterion = Number(descriptor[1]);
      missing.set(criterion, [...(missing.get(criterion) ?? []), Number(descriptor[2])]);
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

/** A server message may hold several problems, one a line or separated by semicolons. */
export function serverProblems(message: string): FormProblem[] {
  return message
    .split(/\n|;\s+(?=[a-zA-Z]+(?:\[\d+\])?[.:])/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map(describeProblem);
}

function joinWords(words: string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
