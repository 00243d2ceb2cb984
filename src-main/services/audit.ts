// Who did what to a session, in the audit log: one shape for every service that records it.
import type { Actor } from '../domain/actor.js';
import { actorLabel } from '../domain/actor.js';
import type { Store } from '../store/index.js';

export function sessionAudit(store: Store) {
  return (actor: Actor, action: string, sessionId: string, details: object = {}) =>
    store.access.audit({
      actor: actorLabel(actor),
      action,
      subjectType: 'session',
      subjectId: sessionId,
      details,
    });
}
