// What each method's answer depends on and what a call of it changes, in change topics (the one
// list is domain/change.ts). An open screen refreshes an answer when a change of a topic it reads
// arrives, and a write refreshes at once what it changes; the compiler holds every method to
// declaring both.
import type { z } from 'zod';
import type { ChangeTopic } from '../../domain/change.js';

/**
 * The topics an answer can depend on. 'workspace' is not among them because it means "anything
 * may have changed" (a restore, the demo, a reconnect) and so refreshes every answer; 'access'
 * never reaches a screen.
 */
export type ReadTopic = Exclude<ChangeTopic, 'workspace' | 'access'>;

export interface MethodSpec {
  input: z.ZodType;
  output: z.ZodType;
  /** The change topics after which this method's answer may differ. */
  reads: readonly ReadTopic[];
  /** The change topics its service announces when a call succeeds (none for a pure read). */
  changes: readonly ChangeTopic[];
}

/** One area of the contract: every method with its schemas and topics. */
export type AreaMethods = Record<string, MethodSpec>;

/** Figures computed from a session's scores (agreement, Rasch): any of these can move them. */
export const FIGURES_READ = ['scores', 'sessions', 'consensus', 'samples'] as const;

/** The same figures where raters are named (reports, exports, drift per person). */
export const NAMED_FIGURES_READ = [...FIGURES_READ, 'people'] as const;
