// One device taking turns (hot seat): what the turn screen shows.
import type { SessionPhase } from './session.js';

/** The facilitator's PIN that unlocks a device taking turns: short enough to type in a meeting. */
export const PIN_PATTERN = /^\d{4,12}$/;

export type TurnStatus = 'waiting' | 'scoring' | 'ended' | 'submitted';

export interface TurnsState {
  sessionId: string;
  title: string;
  phase: SessionPhase;
  /** Alphabetical by name; a list the teachers pick their own name from. */
  raters: { personId: string; name: string; status: TurnStatus }[];
  current: { personId: string; name: string } | null;
}
