// Competencies (editing, order), grade bands, and each competency's learning continuum.
import { z } from 'zod';
import type { Continuum } from '../../domain/competency.js';
import { CompetencySchema, GradeBandSchema } from './library.js';
import { id, name, text } from './common.js';
import type { AreaMethods } from './topics.js';

export const ContinuumLevelSchema = z.object({
  value: z.number().int().min(0).max(6),
  label: z.string().max(200),
  descriptor: text(4000),
});

export const ContinuumSchema = z.object({
  competencyId: id,
  bands: z.array(
    z.object({ gradeBandId: id, gradeBandName: z.string(), levels: z.array(ContinuumLevelSchema) }),
  ),
}) satisfies z.ZodType<Continuum>;

const idList = z.array(id).min(1).max(200);

export const competencyMethods = {
  'competencies.update': {
    input: z
      .object({ id, name, description: text(4000).default(''), archived: z.boolean() })
      .strict(),
    output: CompetencySchema,
    reads: [],
    changes: ['rubrics'],
  },
  'competencies.reorder': {
    input: z.object({ ids: idList }).strict(),
    output: z.array(CompetencySchema),
    reads: [],
    changes: ['rubrics'],
  },
  'gradeBands.create': {
    input: z.object({ name }).strict(),
    output: GradeBandSchema,
    reads: [],
    changes: ['rubrics'],
  },
  'gradeBands.rename': {
    input: z.object({ id, name }).strict(),
    output: GradeBandSchema,
    reads: [],
    changes: ['rubrics'],
  },
  'gradeBands.reorder': {
    input: z.object({ ids: idList }).strict(),
    output: z.array(GradeBandSchema),
    reads: [],
    changes: ['rubrics'],
  },
  'continuum.get': {
    input: z.object({ competencyId: id }).strict(),
    output: ContinuumSchema,
    reads: ['rubrics'],
    changes: [],
  },
  /** One grade band's levels for one competency: 3 to 6, values going up, label + descriptor each. */
  'continuum.set': {
    input: z
      .object({ competencyId: id, gradeBandId: id, levels: z.array(ContinuumLevelSchema).max(7) })
      .strict(),
    output: ContinuumSchema,
    reads: [],
    changes: ['rubrics'],
  },
} as const satisfies AreaMethods;
