import { randomBytes } from 'node:crypto';
import type { Actor } from '../domain/actor.js';
import { actorLabel } from '../domain/actor.js';
import { ConflictError, NotFoundError, ValidationError } from '../domain/errors.js';
import type { SessionDetail, SessionPhase, SessionSummary } from '../domain/session.js';
import { canMoveTo } from '../domain/session.js';
import type { Store } from '../store/index.js';
import type { NewSession } from '../store/sessions-repo.js';
import type { ChangeBus } from './events.js';

export function sessionsService(store: Store, bus: ChangeBus) {
  return {
    list: (): SessionSummary[] => store.sessions.list(),

    /** A rater sees the session but not the other raters' names before reveal. */
    get(sessionId: string, actor: Actor): SessionDetail {
      const session = store.sessions.get(sessionId);
      if (!session) throw new NotFoundError(`No session ${sessionId}.`);
      if (actor.role === 'rater') {
        return { ...session, raters: session.raters.filter((r) => r.personId === actor.personId) };
      }
      return session;
    },

    create(session: NewSession): SessionDetail {
      if (!store.rubrics.getVersion(session.rubricVersionId)) {
        throw new ValidationError(`rubricVersionId: no rubric version ${session.rubricVersionId}`);
      }
      const id = store.transaction(() => {
        store.rubrics.freeze(session.rubricVersionId);
        return store.sessions.create(session);
      });
      bus.emit({ topic: 'sessions', sessionId: id });
      bus.emit({ topic: 'rubrics' });
      return this.get(id, { role: 'owner' });
    },

    moveTo(sessionId: string, phase: SessionPhase, actor: Actor): void {
      const from = store.sessions.phaseOf(sessionId);
      if (!from) throw new NotFoundError(`No session ${sessionId}.`);
      if (!canMoveTo(from, phase)) {
        throw new ConflictError(`A session in phase "${from}" cannot move to "${phase}".`);
      }
      store.transaction(() => {
        store.sessions.setPhase(sessionId, phase);
        const round = store.sessions.get(sessionId)!.currentRound;
        if (phase === 'revealed') store.sessions.markRevealed(sessionId, round);
        if (phase === 'closed') store.access.revokeSessionTokens(sessionId);
        store.access.audit({
          actor: actorLabel(actor),
          action: `session.${phase}`,
          subjectType: 'session',
          subjectId: sessionId,
          details: { from, round },
        });
      });
      bus.emit({ topic: 'sessions', sessionId });
    },

    /** A per-rater token bound to this session; only its hash is stored. */
    issueRaterToken(sessionId: string, personId: string): string {
      if (!store.sessions.get(sessionId)) throw new NotFoundError(`No session ${sessionId}.`);
      if (!store.sessions.isRater(sessionId, personId)) {
        throw new ValidationError(`personId: ${personId} is not a rater in this session`);
      }
      const token = randomBytes(16).toString('base64url');
      store.access.grantRaterToken(token, { sessionId, personId });
      return token;
    },
  };
}
