// Shared rubrics and generators for the rubric format tests.
import { expect } from 'vitest';
import { InputError } from '../../../src-main/domain/errors.js';
import type { RubricFile } from '../../../src-main/formats/rubrics/rubric-file.js';
import { seededRandom } from '../../../src-main/domain/order.js';

export const argumentWriting: RubricFile = {
  title: 'Argument writing',
  description: 'Grade 7, unit 2: "Should school start later?"',
  gradeBand: '6-8',
  levels: [
    { value: 1, label: 'Not yet' },
    { value: 2, label: 'Emerging' },
    { value: 3, label: 'Proficient' },
    { value: 4, label: 'Advanced' },
  ],
  criteria: [
    {
      name: 'Claim',
      competency: 'Communication',
      descriptors: {
        '1': 'No claim, or the claim is off topic.',
        '2': 'States a claim, but it is vague.',
        '3': 'States a clear, arguable claim.',
        '4': 'States a precise claim and\nacknowledges its limits.',
      },
    },
    {
      name: 'Evidence, reasoning',
      competency: null,
      descriptors: {
        '1': 'Little or no evidence.',
        '2': 'Some evidence; "because" links are missing.',
        '3': 'Relevant evidence, explained.',
        '4': 'Well-chosen evidence from several sources, weighed against each other.',
      },
    },
  ],
};

/** Runs `fn` and checks it throws an InputError with exactly this message. */
export function expectRefusal(fn: () => unknown, message: string): InputError {
  let thrown: unknown;
  try {
    fn();
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(InputError);
  expect((thrown as InputError).message).toBe(message);
  return thrown as InputError;
}

/** Seeded data, so a failing random case can be replayed from its seed. */
export const prng = seededRandom;

const WORDS = [
  'evidence',
  'claim',
  'Reasoning',
  'a, b',
  '"quoted"',
  "it's",
  'naïve',
  'Größe',
  '数学',
  '🙂',
  '#1',
  '50%',
  'semi;colon',
  'tab\there',
  '=SUM(A1)',
  '-dash',
  '3 things',
];

/**
 * A random rubric the domain accepts. Texts are trimmed and labels stay on one line, as a CSV
 * cell reads back trimmed; descriptors and descriptions may hold line breaks, commas, quotes.
 */
export function randomRubric(random: () => number): RubricFile {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const text = (maxWords: number, lines: boolean): string => {
    const count = 1 + Math.floor(random() * maxWords);
    let out = '';
    for (let i = 0; i < count; i++) {
      if (i > 0) out += lines && random() < 0.15 ? '\n' : ' ';
      out += pick(WORDS);
    }
    return out;
  };
  const levelCount = 3 + Math.floor(random() * 4);
  const values = [0, 1, 2, 3, 4, 5, 6];
  while (values.length > levelCount) values.splice(Math.floor(random() * values.length), 1);
  const levels = values.map((value) => ({ value, label: text(3, false) }));
  const criteria = Array.from({ length: 1 + Math.floor(random() * 6) }, () => ({
    name: text(4, false),
    competency: random() < 0.4 ? null : text(2, false),
    descriptors: Object.fromEntries(levels.map((l) => [String(l.value), text(12, true)])),
  }));
  return {
    title: text(5, false),
    description: random() < 0.3 ? '' : text(20, true),
    gradeBand: random() < 0.5 ? null : pick(['K-2', '3-5', '6-8', '9-12']),
    levels,
    criteria,
  };
}
