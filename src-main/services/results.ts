// Session results: the agreement engine run on a session's scores, labelled exactly as the
// ratings export labels them (sample code, rater alias, criterion name), so every figure equals
// what `concord stats` prints for the exported file.
import type { Actor } from '../domain/actor.js';
import { ForbiddenError, NotFoundError } from '../domain/errors.js';
import type { PerformanceLevel } from '../domain/rubric.js';
import type { AgreementReport, Rating } from '../stats/index.js';
import { computeAgreementReport } from '../stats/index.js';
import type { Store } from '../store/index.js';

/** The defaults of `concord stats`, so the app and the command line agree to the digit. */
export const RESULT_CI = { kind: 'bootstrap', reps: 1000, seed: 1 } as const;

export interface SessionResults {
  sessionId: string;
  title: string;
  heldOn: string;
  levels: PerformanceLevel[];
  criteria: { id: string; name: string }[];
  raters: { label: string; personId: string; name: string | null }[];
  rounds: { round: number; report: AgreementReport }[];
}

export function resultsService(store: Store) {
  return {
    session(sessionId: string, actor: Actor): SessionResults {
      const session = store.sessions.get(sessionId);
      if (!session) throw new NotFoundError(`No session ${sessionId}.`);
      const revealed = session.phase === 'revealed' || session.phase === 'closed';
      if (actor.role === 'rater' && !revealed) {
        throw new ForbiddenError('Results open to raters once the facilitator reveals the scores.');
      }
      const rubric = store.rubrics.getVersion(session.rubricVersionId)!;
      const codes = new Map(session.sampleIds.map((id) => [id, store.samples.get(id)!.code]));
      const aliases = new Map(session.raters.map((r) => [r.personId, r.alias]));
      const names = new Map(rubric.criteria.map((c) => [c.id, c.name]));
      const showNames = actor.role === 'owner' || !session.options.hideRaterNames;
      // A round being scored now stays out of the results until it is revealed.
      const lastRound = revealed ? session.currentRound : session.currentRound - 1;
      const rounds = [];
      for (let round = 1; round <= lastRound; round++) {
        const ratings: Rating[] = store.scores.current(sessionId, { round }).map((s) => ({
          sample: codes.get(s.sampleId)!,
          rater: aliases.get(s.raterId)!,
          criterion: names.get(s.criterionId)!,
          score: s.score,
        }));
        if (ratings.length === 0) continue;
        const report = computeAgreementReport(ratings, {
          levels: rubric.levels.map((l) => l.value),
          ci: RESULT_CI,
        });
        rounds.push({ round, report });
      }
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
        rounds,
      };
    },
  };
}
