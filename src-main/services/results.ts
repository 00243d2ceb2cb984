// Session results: the agreement engine run on a session's scores, labelled exactly as the
// ratings export labels them (sample code, rater alias, criterion name), so every figure equals
// what `concord stats` prints for the exported file. The charts and each rater's own view are
// built from the same labelled scores.
import type { Actor } from '../domain/actor.js';
import type { PerformanceLevel } from '../domain/rubric.js';
import { inAliasOrder } from '../domain/session.js';
import type { AgreementReport, ReadingScheme, Verdict } from '../stats/index.js';
import type { JobRunner } from '../jobs/runner.js';
import { sessionReading } from '../stats/index.js';
import { criterionVerdict, READING } from '../stats/interpret.js';
import type { SampleSizeNote } from '../stats/sample-size.js';
import { sampleSizeNotes } from '../stats/sample-size.js';
import type { Store } from '../store/index.js';
import type { SessionCharts } from './results-charts.js';
import { sessionCharts } from './results-charts.js';
import type { ResultsContext } from './results-context.js';
import { loadResultsContext } from './results-context.js';
import type { RaterOwnResults } from './results-mine.js';
import { raterOwnResults } from './results-mine.js';

/** The defaults of `concord stats`, so the app and the command line agree to the digit. */
export const RESULT_CI = { kind: 'bootstrap', reps: 1000, seed: 1 } as const;

export interface SessionResults {
  sessionId: string;
  title: string;
  heldOn: string;
  levels: PerformanceLevel[];
  criteria: { id: string; name: string }[];
  /**
   * In alias order. Person ids and names are the owner's; a rater's device gets aliases only,
   * with its own marked.
   */
  raters: { label: string; personId: string | null; name: string | null; you: boolean }[];
  /** The session's option: the owner's screens show R1..Rn unless the facilitator shows names. */
  namesHidden: boolean;
  /** How the figures are read: when a range is shown, which ICC (stats/interpret.ts). */
  scheme: ReadingScheme;
  rounds: {
    round: number;
    report: AgreementReport;
    /** One line for the team, e.g. "You agree exactly on 7 of 10 scores; ...". */
    reading: string;
    /** The one verdict per criterion, keyed as `report.criteria` (all criteria pooled too). */
    verdicts: Record<string, Verdict>;
    /**
     * Too few samples scored by two or more raters for a stable estimate: one sentence when every
     * criterion has the same number, else one per group of criteria with the same number.
     */
    warnings: SampleSizeNote[];
  }[];
}

/** The figures of one revealed round: the same for every caller, so computed once. */
type RoundFigures = SessionResults['rounds'][number];

/** How many sessions' figures are kept: the sessions a team looks at in one sitting. */
const CACHED_SESSIONS = 20;

export function resultsService(store: Store, jobs: JobRunner) {
  // Per session, keyed by what the figures depend on: the scores (their version grows with every
  // write), the phase and the round. A repeated view is a lookup; the bootstrap runs in a job.
  const cache = new Map<string, { key: string; rounds: Promise<RoundFigures[]> }>();

  const figures = (ctx: ResultsContext): Promise<RoundFigures[]> => {
    const { session } = ctx;
    const key = `${store.scores.version(session.id)}:${session.phase}:${session.currentRound}`;
    const cached = cache.get(session.id);
    if (cached?.key === key) return cached.rounds;
    const rounds = Promise.all(
      ctx.rounds.map(async (round) => {
        const report = await jobs.run('agreementReport', {
          ratings: ctx.ratingsOf(round),
          options: { levels: ctx.levels, ci: RESULT_CI },
        });
        const verdicts = Object.fromEntries(
          Object.entries(report.criteria).map(([key, c]) => [key, criterionVerdict(c)]),
        );
        return {
          round,
          report,
          reading: sessionReading(report),
          verdicts,
          warnings: sampleSizeNotes(report, {
            order: ctx.rubric.criteria.map((c) => c.name),
          }),
        };
      }),
    );
    cache.delete(session.id);
    cache.set(session.id, { key, rounds });
    if (cache.size > CACHED_SESSIONS) cache.delete(cache.keys().next().value!);
    // A failed computation is not kept: the next view tries again.
    rounds.catch(() => {
      if (cache.get(session.id)?.rounds === rounds) cache.delete(session.id);
    });
    return rounds;
  };

  return {
    async session(sessionId: string, actor: Actor): Promise<SessionResults> {
      const ctx = loadResultsContext(store, sessionId, actor);
      const { session, rubric } = ctx;
      const owner = actor.role === 'owner';
      return {
        sessionId,
        title: session.title,
        heldOn: session.heldOn,
        levels: rubric.levels,
        criteria: rubric.criteria.map((c) => ({ id: c.id, name: c.name })),
        raters: inAliasOrder(session.raters).map((r) => ({
          label: r.alias,
          personId: owner ? r.personId : null,
          name: owner ? r.name : null,
          you: actor.role === 'rater' && r.personId === actor.personId,
        })),
        namesHidden: session.options.hideRaterNames,
        scheme: READING,
        rounds: await figures(ctx),
      };
    },

    /** The charts' data (owner): confusion matrices, severity grid and per-sample spread. */
    charts(sessionId: string, actor: Actor): SessionCharts {
      return sessionCharts(loadResultsContext(store, sessionId, actor));
    },

    /**
     * One rater's own figures after reveal. A rater gets only their own; the owner names the
     * rater.
     */
    mine(sessionId: string, actor: Actor, personId?: string): RaterOwnResults {
      return raterOwnResults(store, loadResultsContext(store, sessionId, actor), actor, personId);
    },
  };
}
export type ResultsService = ReturnType<typeof resultsService>;
