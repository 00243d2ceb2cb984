// What the exchange jobs (exports, package building, package import) read about a session.
import { NotFoundError } from '../../domain/errors.js';
import type { RubricVersion } from '../../domain/rubric.js';
import type { Sample } from '../../domain/sample.js';
import type { SessionDetail } from '../../domain/session.js';
import type { Store } from '../../store/index.js';

export interface SessionReads {
  store: Store;
  /** @throws NotFoundError when there is no such session. */
  sessionOf(sessionId: string): SessionDetail;
  rubricOf(session: SessionDetail): RubricVersion;
  samplesOf(session: SessionDetail): Sample[];
}

export function sessionReads(store: Store): SessionReads {
  return {
    store,
    sessionOf: (sessionId) => {
      const session = store.sessions.get(sessionId);
      if (!session) throw new NotFoundError(`No session ${sessionId}.`);
      return session;
    },
    rubricOf: (session) => store.rubrics.getVersion(session.rubricVersionId)!,
    samplesOf: (session) => session.sampleIds.map((id) => store.samples.get(id)!),
  };
}

/** What every file that carries a session says about it first, whatever else it holds. */
export function sessionHeading(session: SessionDetail) {
  const { id, title, heldOn, phase, currentRound, options } = session;
  return { id, title, heldOn, phase, currentRound, options };
}

/** Oldest first; same-day sessions by title. */
export const chronological = (a: SessionDetail, b: SessionDetail) =>
  a.heldOn.localeCompare(b.heldOn) || a.title.localeCompare(b.title) || a.id.localeCompare(b.id);
