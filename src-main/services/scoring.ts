import type { Actor } from '../domain/actor.js';
import { actorLabel } from '../domain/actor.js';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../domain/errors.js';
import type { ConsensusScore, ScoreEntry } from '../domain/scores.js';
import { scoresVisibleToRaters } from '../domain/session.js';
import type { Store } from '../store/index.js';
import type { ChangeBus } from './events.js';

export interface RecordScore {
  sessionId: string;
  sampleId: string;
  criterionId: string;
  score: number | null;
  note: string;
  /** For the owner scoring on behalf of a rater (one device); ignored for a rater. */
  raterId?: string;
}

export function scoringService(store: Store, bus: ChangeBus) {
  const sessionOf = (sessionId: string) => {
    const session = store.sessions.get(sessionId);
    if (!session) throw new NotFoundError(`No session ${sessionId}.`);
    return session;
  };

  return {
    /**
     * Scores the actor may see. Blind: before reveal a rater gets only its own scores, whatever it
     * asks for; the owner sees everything (the facilitator's board shows progress, not scores).
     */
    list(sessionId: string, actor: Actor, round?: number): ScoreEntry[] {
      const session = sessionOf(sessionId);
      if (actor.role === 'rater') {
        const seesOthers = scoresVisibleToRaters(session.phase) || !session.options.blind;
        // A revealed round is open to the team; the round being scored now stays blind.
        if (!seesOthers) return store.scores.current(sessionId, { round, raterId: actor.personId });
      }
      return store.scores.current(sessionId, { round });
    },

    record(input: RecordScore, actor: Actor): ScoreEntry {
      const session = sessionOf(input.sessionId);
      const raterId = actor.role === 'rater' ? actor.personId : input.raterId;
      if (raterId === undefined) throw new ValidationError('raterId: say whose score this is');
      if (session.phase !== 'scoring') {
        throw new ConflictError(`Scoring is not open in this session (it is ${session.phase}).`);
      }
      if (!session.raters.some((r) => r.personId === raterId)) {
        throw new ForbiddenError('This person is not a rater in this session.');
      }
      if (!session.sampleIds.includes(input.sampleId)) {
        throw new ValidationError(`sampleId: ${input.sampleId} is not part of this session`);
      }
      const rubric = store.rubrics.getVersion(session.rubricVersionId)!;
      if (!rubric.criteria.some((c) => c.id === input.criterionId)) {
        throw new ValidationError(
          `criterionId: ${input.criterionId} is not a criterion of this rubric`,
        );
      }
      if (input.score !== null && !rubric.levels.some((l) => l.value === input.score)) {
        const values = rubric.levels.map((l) => l.value).join(', ');
        throw new ValidationError(
          `score: ${input.score} is not a level of this rubric (${values})`,
        );
      }
      if (store.sessions.isSubmitted(session.id, session.currentRound, raterId)) {
        throw new ConflictError('These scores were submitted and are locked.');
      }
      const entry = store.scores.record(
        {
          sessionId: session.id,
          round: session.currentRound,
          sampleId: input.sampleId,
          raterId,
          criterionId: input.criterionId,
          score: input.score,
          note: input.note,
        },
        actorLabel(actor),
      );
      bus.emit({ topic: 'scores', sessionId: session.id });
      return entry;
    },

    consensus(sessionId: string, actor: Actor): ConsensusScore[] {
      const session = sessionOf(sessionId);
      if (actor.role === 'rater' && !scoresVisibleToRaters(session.phase)) return [];
      return store.scores.consensus(sessionId);
    },
  };
}
