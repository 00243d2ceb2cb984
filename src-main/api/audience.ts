// Which open screens hear a change. Events carry no data, but even that a colleague scored, or
// when, is for the owner and that colleague alone.
import type { Actor } from '../domain/actor.js';
import type { Change } from '../services/events.js';
import type { Services } from '../services/index.js';

/** Who a screen listens as: a caller, or the owner's device between two turns. */
export type Listener = Actor | { role: 'device'; sessionId: string };

/** The owner's key listens as the turns allow while its device takes turns. */
export function listenerOf(services: Services, caller: Actor): Listener {
  if (caller.role !== 'owner') return caller;
  const gate = services.turns.gate();
  if (gate.kind === 'open') return caller;
  if (gate.kind === 'between-turns') return { role: 'device', sessionId: gate.sessionId };
  return { role: 'rater', sessionId: gate.sessionId, personId: gate.personId };
}

export function hears(listener: Listener, change: Change): boolean {
  // Revocations are for the transports (an open socket checks its token again), not for screens.
  if (change.topic === 'access') return false;
  if (listener.role === 'owner') return true;
  // Sets and attempts are the coach's business; a candidate learns its result from its own call.
  if (change.topic === 'qualification') return false;
  // A candidate's screen changes only by its own calls.
  if (listener.role === 'candidate') return false;
  if (change.sessionId !== listener.sessionId) return false;
  if (listener.role === 'device') return change.topic === 'turns';
  return change.personId === undefined || change.personId === listener.personId;
}
