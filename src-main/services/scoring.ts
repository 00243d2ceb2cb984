// A rater's side of the meeting: what to score, in which order, and the scores themselves.
import type { Actor } from '../domain/actor.js';
import { actorLabel } from '../domain/actor.js';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../domain/errors.js';
import { shuffled } from '../domain/order.js';
import type { RubricVersion } from '../domain/rubric.js';
import type { Sample } from '../domain/sample.js';
import type { ScoreEntry } from '../domain/scores.js';
import type { SessionDetail } from '../domain/session.js';
import type { Store } from '../store/index.js';
import type { ChangeBus } from './events.js';
import type { sessionsService } from './sessions.js';

export interface RecordScore {
  sessionId: string;
  sampleId: string;
  criterionId: string;
  score: number | null;
  note: string;
  /** For the owner scoring on behalf of a rater (one device); ignored for a rater. */
  raterId?: string;
}

export interface Assignment {
  sessionId: string;
  title: string;
  round: number;
  phase: SessionDetail['phase'];
  raterId: string;
  raterName: string;
  submitted: boolean;
  rubric: RubricVersion;
  /** In this rater's order. */
  samples: Pick<Sample, 'id' | 'code' | 'kind' | 'mediaType'>[];
  revealedSampleIds: string[];
  /** This rater's own current scores of this round. */
  scores: ScoreEntry[];
}

export function scoringService(
  store: Store,
  bus: ChangeBus,
  sessions: ReturnType<typeof sessionsService>,
) {
  const sessionOf = (sessionId: string) => {
    const session = store.sessions.get(sessionId);
    if (!session) throw new NotFoundError(`No session ${sessionId}.`);
    return session;
  };

  /** The rater a call acts for: a rater always itself, the owner whoever it names. */
  const raterFor = (session: SessionDetail, actor: Actor, raterId: string | undefined): string => {
    const id = actor.role === 'rater' ? actor.personId : raterId;
    if (id === undefined) throw ValidationError.at(['raterId'], 'say whose scores these are');
    if (!session.raters.some((r) => r.personId === id)) {
      throw new ForbiddenError('This person is not a rater in this session.');
    }
    return id;
  };

  /** The hot path of a meeting: one read checks everything, then the write. */
  const record = (input: RecordScore, actor: Actor): ScoreEntry => {
    const raterId = actor.role === 'rater' ? actor.personId : input.raterId;
    const session = store.sessions.scoreWriteState(input.sessionId, raterId ?? '', input.sampleId);
    if (!session) throw new NotFoundError(`No session ${input.sessionId}.`);
    if (raterId === undefined) throw ValidationError.at(['raterId'], 'say whose scores these are');
    if (!session.isRater) {
      throw new ForbiddenError('This person is not a rater in this session.');
    }
    if (session.kind !== 'rubric') {
      throw new ConflictError('This session compares samples in pairs; it takes no rubric scores.');
    }
    if (session.phase !== 'scoring') {
      throw new ConflictError(`Scoring is not open in this session (it is ${session.phase}).`);
    }
    if (!session.hasSample) {
      throw ValidationError.at(['sampleId'], `${input.sampleId} is not part of this session`);
    }
    if (session.sampleRevealed) {
      throw new ConflictError(
        'This sample has been revealed; its scores for this round are final.',
      );
    }
    const rubric = store.rubrics.getVersion(session.rubricVersionId)!;
    if (!rubric.criteria.some((c) => c.id === input.criterionId)) {
      throw ValidationError.at(
        ['criterionId'],
        `${input.criterionId} is not a criterion of this rubric`,
      );
    }
    if (input.score !== null && !rubric.levels.some((l) => l.value === input.score)) {
      const values = rubric.levels.map((l) => l.value).join(', ');
      throw ValidationError.at(
        ['score'],
        `${input.score} is not a level of this rubric (${values})`,
      );
    }
    if (session.submitted) {
      throw new ConflictError('These scores were submitted and are locked.');
    }
    const entry = store.scores.record(
      {
        sessionId: input.sessionId,
        round: session.currentRound,
        sampleId: input.sampleId,
        raterId,
        criterionId: input.criterionId,
        score: input.score,
        note: input.note,
      },
      actorLabel(actor),
    );
    // Only this rater's screens and the owner's hear of it: the others are blind to it, and once
    // its sample is revealed it can no longer change.
    bus.emit({ topic: 'scores', sessionId: input.sessionId, personId: raterId });
    return entry;
  };

  return {
    /**
     * Scores with their raters, notes and times: the owner's. A rater gets its own only; its
     * colleagues' scores reach it on the reveal board, by alias and without ids or times, which
     * could link an alias to a person.
     */
    list(sessionId: string, actor: Actor, round?: number): ScoreEntry[] {
      sessionOf(sessionId);
      if (actor.role === 'owner') return store.scores.current(sessionId, { round });
      if (actor.role !== 'rater') throw new ForbiddenError('Scores are for the session’s raters.');
      return store.scores.current(sessionId, { round, raterId: actor.personId });
    },

    assignment(sessionId: string, actor: Actor, raterId?: string): Assignment {
      const session = sessionOf(sessionId);
      const personId = raterFor(session, actor, raterId);
      const samples = session.sampleIds.map((id) => store.samples.get(id)!);
      const ordered = session.options.randomizeOrder
        ? shuffled(samples, sessions.orderSeed(sessionId, personId))
        : samples;
      return {
        sessionId,
        title: session.title,
        round: session.currentRound,
        phase: session.phase,
        raterId: personId,
        raterName: session.raters.find((r) => r.personId === personId)!.name,
        submitted: store.sessions.isSubmitted(sessionId, session.currentRound, personId),
        rubric: store.rubrics.getVersion(session.rubricVersionId)!,
        samples: ordered.map(({ id, code, kind, mediaType }) => ({ id, code, kind, mediaType })),
        revealedSampleIds: session.revealedSampleIds,
        scores: store.scores.current(sessionId, { round: session.currentRound, raterId: personId }),
      };
    },

    record,

    /** `record` as the live room calls it: in a transaction shared with the scores arriving with it. */
    recordGrouped(input: RecordScore, actor: Actor): Promise<ScoreEntry> {
      return store.grouped(() => record(input, actor));
    },

    /** The rater is done: its scores of this round are locked. */
    submit(sessionId: string, actor: Actor, raterId?: string): void {
      const session = sessionOf(sessionId);
      const personId = raterFor(session, actor, raterId);
      if (session.phase !== 'scoring')
        throw new ConflictError('Scoring is not open in this session.');
      store.sessions.submit(sessionId, session.currentRound, personId);
      bus.emit({ topic: 'sessions', sessionId });
    },
  };
}
