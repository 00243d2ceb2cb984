// Grade bands, competencies and people.
import { z } from 'zod';
import type { Competency, GradeBand } from '../../domain/competency.js';
import type { Person } from '../../domain/people.js';
import { PERSON_ROLES } from '../../domain/people.js';
import { empty, id, name, text } from './common.js';
import type { AreaMethods } from './topics.js';

export const GradeBandSchema = z.object({ id, name }) satisfies z.ZodType<GradeBand>;

export const CompetencySchema = z.object({
  id,
  name,
  description: text(4000),
  archived: z.boolean(),
}) satisfies z.ZodType<Competency>;

export const PersonSchema = z.object({
  id,
  name,
  roles: z.array(z.enum(PERSON_ROLES)),
  archived: z.boolean(),
}) satisfies z.ZodType<Person>;

export const libraryMethods = {
  'gradeBands.list': {
    input: empty,
    output: z.array(GradeBandSchema),
    reads: ['rubrics'],
    changes: [],
  },
  'competencies.list': {
    input: empty,
    output: z.array(CompetencySchema),
    reads: ['rubrics'],
    changes: [],
  },
  'competencies.create': {
    input: z.object({ name, description: text(4000).default('') }),
    output: CompetencySchema,
    reads: [],
    changes: ['rubrics'],
  },
  'people.list': { input: empty, output: z.array(PersonSchema), reads: ['people'], changes: [] },
  'people.create': {
    input: z.object({ name, roles: z.array(z.enum(PERSON_ROLES)).min(1) }),
    output: PersonSchema,
    reads: [],
    changes: ['people'],
  },
} as const satisfies AreaMethods;
