// Building blocks every part of the contract uses.
import { z } from 'zod';

export const id = z.string().min(1).max(64);
export const text = (max: number) => z.string().max(max);
export const name = z.string().trim().min(1, 'must not be empty').max(200);
export const empty = z.object({}).strict();
export const sessionRef = z.object({ sessionId: id });
export const done = z.object({ done: z.literal(true) });
