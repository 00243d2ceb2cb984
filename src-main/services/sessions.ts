// A session's life: set up, scoring, reveal (sample by sample or all), a second round, close.
import { createHash } from 'node:crypto';
import type { Actor } from '../domain/actor.js';
import { ConflictError, NotFoundError, ValidationError } from '../domain/errors.js';
import type { SessionDetail, SessionPhase, SessionSummary } from '../domain/session.js';
import { canMoveTo } from '../domain/session.js';
import { newAccessToken } from '../store/access-repo.js';
import type { Store } from '../store/index.js';
import type { NewSession } from '../store/sessions-repo.js';
import { sessionAudit } from './audit.js';
import type { ChangeBus } from './events.js';

export interface RaterProgress {
  personId: string;
  alias: string;
  name: string;
  /** Criteria scored (or marked "cannot score") out of samples x criteria. */
  done: number;
  total: number;
  /** Per sample in session order: every criterion has a score or "cannot score". */
  samplesComplete: boolean[];
  submitted: boolean;
  /**
   * Has come into the session: claimed their name in the room, taken a turn on the facilitator's
   * device, or has scores (someone scored as them). A rater can be submitted without having
   * joined when the facilitator ended scoring for everyone.
   */
  joined: boolean;
}

export function sessionsService(store: Store, bus: ChangeBus) {
  const detail = (sessionId: string): SessionDetail => {
    const session = store.sessions.get(sessionId);
    if (!session) throw new NotFoundError(`No session ${sessionId}.`);
    return session;
  };

  const audit = sessionAudit(store);

  const move = (session: SessionDetail, phase: SessionPhase, actor: Actor) => {
    if (!canMoveTo(session.phase, phase)) {
      throw new ConflictError(`A session that is ${session.phase} cannot become ${phase}.`);
    }
    store.sessions.setPhase(session.id, phase);
    if (phase === 'revealed') store.sessions.markRevealed(session.id, session.currentRound);
    // The room closes with the session: join codes and rater tokens stop working.
    if (phase === 'closed') store.access.revokeSessionTokens(session.id);
    audit(actor, `session.${phase}`, session.id, {
      from: session.phase,
      round: session.currentRound,
    });
  };

  return {
    list: (): SessionSummary[] => store.sessions.list(),

    /** Where a session stands, or undefined when there is no such session. */
    phaseOf: (sessionId: string) => store.sessions.phaseOf(sessionId),

    /** A rater sees the session with itself as its only rater: colleagues are the owner's. */
    get(sessionId: string, actor: Actor): SessionDetail {
      const session = detail(sessionId);
      if (actor.role === 'rater') {
        return {
          ...session,
          facilitatorId: null,
          raters: session.raters.filter((r) => r.personId === actor.personId),
        };
      }
      return session;
    },

    create(draft: NewSession): SessionDetail {
      const rubric = store.rubrics.getVersion(draft.rubricVersionId);
      if (!rubric)
        throw ValidationError.at(['rubricVersionId'], `no rubric version ${draft.rubricVersionId}`);
      draft.sampleIds.forEach((sampleId, i) => {
        if (!store.samples.get(sampleId))
          throw ValidationError.at(['sampleIds', i], `no sample ${sampleId}`);
      });
      draft.raterIds.forEach((personId, i) => {
        if (!store.library.findPerson(personId))
          throw ValidationError.at(['raterIds', i], `no person ${personId}`);
      });
      // The report names who ran the meeting; it must be someone in the workspace.
      if (draft.facilitatorId !== null && !store.library.findPerson(draft.facilitatorId)) {
        throw ValidationError.at(['facilitatorId'], `no person ${draft.facilitatorId}`);
      }
      if (new Set(draft.sampleIds).size !== draft.sampleIds.length) {
        throw ValidationError.at(['sampleIds'], 'a sample is listed twice');
      }
      if (new Set(draft.raterIds).size !== draft.raterIds.length) {
        throw ValidationError.at(['raterIds'], 'a rater is listed twice');
      }
      const id = store.transaction(() => {
        store.rubrics.freeze(draft.rubricVersionId);
        return store.sessions.create(draft);
      });
      bus.emit({ topic: 'sessions', sessionId: id });
      bus.emit({ topic: 'rubrics' });
      return detail(id);
    },

    start(sessionId: string, actor: Actor): SessionDetail {
      store.transaction(() => move(detail(sessionId), 'scoring', actor));
      bus.emit({ topic: 'sessions', sessionId });
      return detail(sessionId);
    },

    /**
     * Reveals one sample of the current round, or all of them. A revealed sample can no longer
     * be scored in this round; once every sample is revealed the session is revealed.
     */
    reveal(sessionId: string, sampleId: string | undefined, actor: Actor): SessionDetail {
      store.transaction(() => {
        const session = detail(sessionId);
        if (session.phase !== 'scoring') {
          throw new ConflictError(
            `Only a session in scoring can be revealed (this one is ${session.phase}).`,
          );
        }
        if (sampleId !== undefined) {
          if (!session.sampleIds.includes(sampleId)) {
            throw ValidationError.at(['sampleId'], `${sampleId} is not part of this session`);
          }
          store.sessions.revealSample(sessionId, session.currentRound, sampleId);
          audit(actor, 'session.reveal_sample', sessionId, {
            sampleId,
            round: session.currentRound,
          });
        }
        const after = detail(sessionId);
        const everything =
          sampleId === undefined || after.revealedSampleIds.length === after.sampleIds.length;
        if (everything) {
          for (const id of after.sampleIds)
            store.sessions.revealSample(sessionId, after.currentRound, id);
          move(after, 'revealed', actor);
        }
      });
      bus.emit({ topic: 'sessions', sessionId });
      bus.emit({ topic: 'scores', sessionId });
      return detail(sessionId);
    },

    /** The blind re-score after discussion. */
    startSecondRound(sessionId: string, actor: Actor): SessionDetail {
      store.transaction(() => {
        const session = detail(sessionId);
        if (session.phase !== 'revealed')
          throw new ConflictError('A second round starts after the reveal.');
        if (session.options.rounds < 2 || session.currentRound >= 2) {
          throw new ConflictError('This session was set up with one round of scoring.');
        }
        store.sessions.startRound(sessionId, session.currentRound + 1);
        audit(actor, 'session.round_started', sessionId, { round: session.currentRound + 1 });
      });
      bus.emit({ topic: 'sessions', sessionId });
      bus.emit({ topic: 'scores', sessionId });
      return detail(sessionId);
    },

    close(sessionId: string, actor: Actor): SessionDetail {
      store.transaction(() => move(detail(sessionId), 'closed', actor));
      // Every rater token died with the session: open sockets check theirs again and close.
      bus.emit({ topic: 'access' });
      bus.emit({ topic: 'sessions', sessionId });
      return detail(sessionId);
    },

    startTimer(sessionId: string, phaseIndex: number): SessionDetail {
      const session = detail(sessionId);
      if (phaseIndex >= session.options.protocol.length) {
        throw ValidationError.at(
          ['phaseIndex'],
          `the protocol has ${session.options.protocol.length} phases`,
        );
      }
      store.sessions.startTimer(sessionId, phaseIndex);
      bus.emit({ topic: 'sessions', sessionId });
      return detail(sessionId);
    },

    /** Who has scored what in the current round: counts only, never a score. */
    progress(sessionId: string): RaterProgress[] {
      const session = detail(sessionId);
      const criteria = store.rubrics.criterionIdsOf(session.rubricVersionId);
      const counts = store.scores.scoredCounts(sessionId, session.currentRound);
      const submitted = new Set(store.sessions.submissions(sessionId, session.currentRound));
      const joined = new Set(store.sessions.joinedRaters(sessionId, session.currentRound));
      return session.raters.map((rater) => {
        const mine = new Map(
          counts.filter((c) => c.raterId === rater.personId).map((c) => [c.sampleId, c.scored]),
        );
        return {
          personId: rater.personId,
          alias: rater.alias,
          name: rater.name,
          done: [...mine.values()].reduce((sum, n) => sum + n, 0),
          total: session.sampleIds.length * criteria.length,
          samplesComplete: session.sampleIds.map(
            (sampleId) => mine.get(sampleId) === criteria.length,
          ),
          submitted: submitted.has(rater.personId),
          joined: joined.has(rater.personId) || mine.size > 0,
        };
      });
    },

    nudge(sessionId: string, personId: string): void {
      const session = detail(sessionId);
      if (!session.raters.some((r) => r.personId === personId)) {
        throw ValidationError.at(['raterId'], `${personId} is not a rater in this session`);
      }
      bus.emit({ topic: 'nudge', sessionId, personId });
    },

    /** Ends scoring for everyone: every rater's scores of this round are locked. */
    endScoring(sessionId: string, actor: Actor): void {
      store.transaction(() => {
        const session = detail(sessionId);
        if (session.phase !== 'scoring')
          throw new ConflictError('Scoring is not open in this session.');
        for (const rater of session.raters)
          store.sessions.submit(sessionId, session.currentRound, rater.personId);
        audit(actor, 'session.scoring_ended', sessionId, { round: session.currentRound });
      });
      bus.emit({ topic: 'sessions', sessionId });
    },

    /** A per-rater token bound to this session; only its hash is stored. */
    issueRaterToken(sessionId: string, personId: string): string {
      const session = detail(sessionId);
      if (!session.raters.some((r) => r.personId === personId)) {
        throw ValidationError.at(['personId'], `${personId} is not a rater in this session`);
      }
      const token = newAccessToken();
      store.access.grantRaterToken(token, { sessionId, personId });
      return token;
    },

    /** The same shuffled order for a rater every time, different between raters. */
    orderSeed(sessionId: string, personId: string): number {
      return createHash('sha256').update(`${sessionId}:${personId}`).digest().readUInt32LE(0);
    },
  };
}
