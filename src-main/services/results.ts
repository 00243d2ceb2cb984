// Session results: the agreement engine run on a session's scores, labelled exactly as the
// ratings export labels them (sample code, rater alias, criterion name), so every figure equals
// what `concord stats` prints for the exported file. The charts and each rater's own view are
// built from the same labelled scores.
import type { Actor } from '../domain/actor.js';
import type { PerformanceLevel } from '../domain/rubric.js';
import type { AgreementReport } from '../stats/index.js';
import { computeAgreementReport, sampleSizeWarnings, sessionReading } from '../stats/index.js';
import type { Store } from '../store/index.js';
import type { SessionCharts } from './results-charts.js';
import { sessionCharts } from './results-charts.js';
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
  raters: { label: string; personId: string; name: string | null }[];
  /** The session's option: team views show R1..Rn unless the team opted in to names. */
  namesHidden: boolean;
  rounds: {
    round: number;
    report: AgreementReport;
    /** One line for the team, e.g. "You agree exactly on 7 of 10 scores; ...". */
    reading: string;
    /** Criteria with too few samples scored by two or more raters for a stable estimate. */
    warnings: { criterion: string; samples: number; message: string }[];
  }[];
}

export function resultsService(store: Store) {
  return {
    session(sessionId: string, actor: Actor): SessionResults {
      const ctx = loadResultsContext(store, sessionId, actor);
      const { session, rubric } = ctx;
      const showNames = actor.role === 'owner' || !session.options.hideRaterNames;
      const rounds = ctx.rounds.map((round) => {
        const report = computeAgreementReport(ctx.ratingsOf(round), {
          levels: ctx.levels,
          ci: RESULT_CI,
        });
        return {
          round,
          report,
          reading: sessionReading(report),
          warnings: sampleSizeWarnings(report),
        };
      });
      return {
        sessionId,
        title: session.title,
        heldOn: session.heldOn,
        levels: rubric.levels,
        criteria: rubric.criteria.map((c) => ({ id: c.id, name: c.name })),
        raters: session.raters.map((r) => ({
          label: r.alias,
          personId: r.personId,
          name: showNames ? r.name : null,
        })),
        namesHidden: session.options.hideRaterNames,
        rounds,
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
