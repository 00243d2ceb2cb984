// Who is calling, and the workspace as a whole.
import { z } from 'zod';
import { empty, id } from './common.js';
import type { AreaMethods } from './topics.js';

export const CallerSchema = z.discriminatedUnion('role', [
  z.object({ role: z.literal('owner') }),
  z.object({ role: z.literal('rater'), sessionId: id, raterId: id, name: z.string() }),
  /** The owner's key while its device is locked to one-device turns of a session. */
  z.object({ role: z.literal('turns'), sessionId: id }),
  /** A rater taking one qualification attempt with that attempt's own token. */
  z.object({ role: z.literal('candidate'), attemptId: id, raterId: id, name: z.string() }),
]);

/** How many rubrics, samples, people and sessions a workspace holds. */
export const WorkspaceCountsSchema = z.object({
  rubrics: z.number().int(),
  samples: z.number().int(),
  people: z.number().int(),
  sessions: z.number().int(),
});

export const WorkspaceInfoSchema = z.object({
  path: z.string(),
  schemaVersion: z.number().int(),
  counts: WorkspaceCountsSchema,
  isEmpty: z.boolean(),
  /** What the full integrity check found after a quick open, or null. */
  damage: z.string().nullable(),
});

export const workspaceMethods = {
  'app.whoami': { input: empty, output: CallerSchema, reads: ['turns'], changes: [] },
  'workspace.info': {
    input: empty,
    output: WorkspaceInfoSchema,
    reads: ['rubrics', 'samples', 'people', 'sessions'],
    changes: [],
  },
  'workspace.loadDemo': {
    input: empty,
    output: z.object({ loaded: z.boolean() }),
    reads: [],
    changes: ['workspace'],
  },
} as const satisfies AreaMethods;
