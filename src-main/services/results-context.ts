// What every results view of one session starts from: the session, its rubric, the rounds whose
// scores are revealed, and the scores labelled as the ratings export labels them (sample code,
// rater alias, criterion name), so each view's figures line up with `concord stats`.
import type { Actor } from '../domain/actor.js';
import { ForbiddenError, NotFoundError } from '../domain/errors.js';
import type { RubricVersion } from '../domain/rubric.js';
import type { SessionDetail } from '../domain/session.js';
import type { SessionConsensus, SessionRating } from '../stats/index.js';
import type { Store } from '../store/index.js';

export interface ResultsContext {
  session: SessionDetail;
  rubric: RubricVersion;
  /** The scale's values in order. */
  levels: number[];
  /** Rounds whose scores are revealed (a round being scored now stays out). */
  rounds: number[];
  /** Scores of one round, labelled as in the export. */
  ratingsOf(round: number): SessionRating[];
  /** The consensus the team recorded, labelled as in the export. */
  consensus: SessionConsensus[];
  /** Sample code by sample id, rater alias by person id, criterion name by criterion id. */
  codes: Map<string, string>;
  aliases: Map<string, string>;
  criterionNames: Map<string, string>;
}

export function loadResultsContext(store: Store, sessionId: string, actor: Actor): ResultsContext {
  const session = store.sessions.get(sessionId);
  if (!session) throw new NotFoundError(`No session ${sessionId}.`);
  const revealed = session.phase === 'revealed' || session.phase === 'closed';
  const lastRound = revealed ? session.currentRound : session.currentRound - 1;
  // During round 2 a rater may still see round 1, which the room has already seen revealed.
  if (actor.role === 'rater' && lastRound < 1) {
    throw new ForbiddenError('Results open to raters once the facilitator reveals the scores.');
  }
  const rubric = store.rubrics.getVersion(session.rubricVersionId)!;
  const codes = new Map(session.sampleIds.map((id) => [id, store.samples.get(id)!.code]));
  const aliases = new Map(session.raters.map((r) => [r.personId, r.alias]));
  const criterionNames = new Map(rubric.criteria.map((c) => [c.id, c.name]));
  const ratingsOf = (round: number): SessionRating[] =>
    store.scores.current(sessionId, { round }).map((s) => ({
      sample: codes.get(s.sampleId)!,
      rater: aliases.get(s.raterId)!,
      criterion: criterionNames.get(s.criterionId)!,
      score: s.score,
    }));
  const rounds: number[] = [];
  for (let round = 1; round <= lastRound; round++) {
    if (store.scores.current(sessionId, { round }).length > 0) rounds.push(round);
  }
  const consensus = store.scores.consensus(sessionId).map((c) => ({
    sample: codes.get(c.sampleId)!,
    criterion: criterionNames.get(c.criterionId)!,
    score: c.score,
  }));
  return {
    session,
    rubric,
    levels: rubric.levels.map((l) => l.value),
    rounds,
    ratingsOf,
    consensus,
    codes,
    aliases,
    criterionNames,
  };
}
