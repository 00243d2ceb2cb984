/**
 * Who is asking: the owner at the desktop, a rater bound to one session, or a candidate bound to
 * one qualification attempt (the rater taking it; see SECURITY.md).
 */
export type Actor =
  | { role: 'owner' }
  | { role: 'rater'; sessionId: string; personId: string }
  | { role: 'candidate'; attemptId: string; personId: string };

export function actorLabel(actor: Actor): string {
  return actor.role === 'owner' ? 'owner' : `${actor.role}:${actor.personId}`;
}
