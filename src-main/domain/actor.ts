/** Who is asking: the owner at the desktop, or a rater bound to one session. */
export type Actor = { role: 'owner' } | { role: 'rater'; sessionId: string; personId: string };

export function actorLabel(actor: Actor): string {
  return actor.role === 'owner' ? 'owner' : `rater:${actor.personId}`;
}
