// Heavy work under way, for the owner's screens to show how far it has got.
import { z } from 'zod';
import type { WorkUnderWay } from '../../domain/work.js';
import { empty, id } from './common.js';
import type { AreaMethods } from './topics.js';

export const WorkUnderWaySchema = z.object({
  id,
  what: z.string(),
  done: z.number().int().min(0),
  total: z.number().int().min(0),
  unit: z.string(),
}) satisfies z.ZodType<WorkUnderWay>;

export const workMethods = {
  'work.list': { input: empty, output: z.array(WorkUnderWaySchema), reads: ['work'], changes: [] },
} as const satisfies AreaMethods;
