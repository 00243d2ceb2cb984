// One device taking turns (hot seat): the facilitator locks the device to the turns of a session
// with a PIN; teachers take their turns; the PIN unlocks it again.
import { z } from 'zod';
import { SESSION_PHASES } from '../../domain/session.js';
import type { TurnsState } from '../../domain/turns.js';
import { PIN_PATTERN } from '../../domain/turns.js';
import { done, empty, id } from './common.js';
import type { AreaMethods } from './topics.js';

const pin = z.string().regex(PIN_PATTERN, 'use 4 to 12 digits');

export const TurnsStateSchema = z.object({
  sessionId: id,
  title: z.string(),
  phase: z.enum(SESSION_PHASES),
  raters: z.array(
    z.object({
      personId: id,
      name: z.string(),
      status: z.enum(['waiting', 'scoring', 'ended', 'submitted']),
    }),
  ),
  current: z.object({ personId: id, name: z.string() }).nullable(),
}) satisfies z.ZodType<TurnsState>;

export const turnMethods = {
  /** Owner: hand the device over to the turns of this session, locked by a PIN. */
  'turns.start': {
    input: z.object({ sessionId: id, pin }).strict(),
    output: TurnsStateSchema,
    reads: [],
    changes: ['turns'],
  },
  /** null when the device is not taking turns. */
  'turns.state': {
    input: empty,
    output: TurnsStateSchema.nullable(),
    reads: ['turns', 'sessions', 'scores'],
    changes: [],
  },
  /** A teacher takes a turn; a second turn of the same teacher needs the PIN. */
  'turns.begin': {
    input: z.object({ personId: id, pin: pin.optional() }).strict(),
    output: TurnsStateSchema,
    reads: [],
    changes: ['turns'],
  },
  'turns.end': { input: empty, output: TurnsStateSchema, reads: [], changes: ['turns'] },
  'turns.unlock': {
    input: z.object({ pin }).strict(),
    output: done,
    reads: [],
    changes: ['turns'],
  },
} as const satisfies AreaMethods;
