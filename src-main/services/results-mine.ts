// One rater's own results after reveal: how their scores compare with the team's consensus,
// with the anchors' reference scores and with their colleagues, and where they lean. Raters get
// their own figures only; other raters appear in none of it.
import type { Actor } from '../domain/actor.js';
import { ForbiddenError, NotFoundError, ValidationError } from '../domain/errors.js';
import type { AccuracyFigures, ColleagueFigures, MonitorRating } from '../stats/index.js';
import { computeDrift, raterLean, severityGrid } from '../stats/index.js';
import type { Store } from '../store/index.js';
import type { ResultsContext } from './results-context.js';

export interface OwnFigures {
  /** Ratings counted (scored, not "cannot score"). */
  n: number;
  consensus: AccuracyFigures;
  anchors: AccuracyFigures;
  colleagues: ColleagueFigures;
}

export interface RaterOwnResults {
  sessionId: string;
  /** The rater's R-label in this session. */
  rater: string;
  rounds: {
    round: number;
    overall: OwnFigures;
    criteria: ({ criterion: string } & OwnFigures)[];
    lean: {
      criterion: string | null;
      /** Mean difference in levels; negative = harsher. */
      lean: number | null;
      against: 'consensus' | 'colleagues';
      message: string;
    };
  }[];
}

const EMPTY_ACCURACY: AccuracyFigures = { n: 0, exact: null, withinOne: null, severity: null };
const EMPTY_COLLEAGUES: ColleagueFigures = { pairs: 0, exact: null, withinOne: null };

export function raterOwnResults(
  store: Store,
  ctx: ResultsContext,
  actor: Actor,
  personId: string | undefined,
): RaterOwnResults {
  const who = whose(actor, personId);
  const label = ctx.aliases.get(who);
  if (label === undefined) throw new NotFoundError(`personId: ${who} is no rater of this session.`);
  const keyToName = new Map(ctx.rubric.criteria.map((c) => [c.key, c.name]));
  const anchors = store.samples
    .listAnchorScores()
    .filter((a) => ctx.codes.has(a.sampleId) && keyToName.has(a.criterionKey))
    .map((a) => ({
      sample: ctx.codes.get(a.sampleId)!,
      criterion: keyToName.get(a.criterionKey)!,
      score: a.score,
    }));
  const session = ctx.session.id;
  const consensus = ctx.consensus.map((c) => ({ ...c, session }));
  const figuresOf = (ratings: MonitorRating[], round: number): OwnFigures => {
    const report = computeDrift(
      {
        ratings,
        consensus,
        anchors,
        sessions: [{ id: session, date: ctx.session.heldOn }],
        levels: ctx.levels,
      },
      { round },
    );
    const mine = report.raters.find((r) => r.rater === label);
    if (!mine) {
      return {
        n: 0,
        consensus: EMPTY_ACCURACY,
        anchors: EMPTY_ACCURACY,
        colleagues: EMPTY_COLLEAGUES,
      };
    }
    const { n, consensus: c, anchors: a, colleagues } = mine.overall;
    return { n, consensus: c, anchors: a, colleagues };
  };
  return {
    sessionId: session,
    rater: label,
    rounds: ctx.rounds.map((round) => {
      const scored = ctx.ratingsOf(round);
      const ratings = scored.map((r) => ({ ...r, session, round }));
      return {
        round,
        overall: figuresOf(ratings, round),
        criteria: ctx.rubric.criteria.map((c) => ({
          criterion: c.name,
          ...figuresOf(
            ratings.filter((r) => r.criterion === c.name),
            round,
          ),
        })),
        lean: raterLean(severityGrid(scored, ctx.consensus, ctx.levels), label),
      };
    }),
  };
}

/** The rater whose figures are asked for: a rater may ask only for their own. */
function whose(actor: Actor, personId: string | undefined): string {
  if (actor.role === 'rater') {
    if (personId !== undefined && personId !== actor.personId) {
      throw new ForbiddenError('A rater sees only their own results.');
    }
    return actor.personId;
  }
  if (personId === undefined) throw ValidationError.at(['personId'], 'name the rater to show.');
  return personId;
}
