// Everything the report of a comparative judgement session shows, read from the workspace: the
// session's facts and the judging results engine's figures (samples by code, judges by alias, as
// the results page has them). Who each copy names follows the meeting report's rule, one rule
// for both (session-basics.ts).
import { ConflictError, ValidationError } from '../domain/errors.js';
import { redactNames } from '../domain/redact.js';
import type { JudgingResults } from '../services/judging-results.js';
import type { Store } from '../store/index.js';
import type { ReportCopy, ReportSeat, SessionBasics } from './session-basics.js';
import { reportSession } from './session-basics.js';

export interface JudgingReportData extends SessionBasics {
  /** What the judges decided, passed through the class-roster redaction. */
  question: string;
  /** Judges in alias order; `name` is null where names are hidden in this copy. */
  judges: ReportSeat[];
  counts: {
    samples: number;
    anchors: number;
    /** Judgements each judge was asked for. */
    perJudge: number;
    judgements: number;
    /** Judges who made at least one judgement. */
    judged: number;
  };
  /** The results page's figures, as `judging.results` answers them. */
  results: JudgingResults;
}

export interface JudgingReportSources {
  /** The session's judging results (services/judging-results.ts). */
  results: JudgingResults;
}

export function judgingReportData(
  store: Store,
  sessionId: string,
  copy: ReportCopy,
  sources: JudgingReportSources,
  now: Date = new Date(),
): JudgingReportData {
  const { session, basics, seats, roster } = reportSession(store, sessionId, copy, 'judges', now);
  if (session.kind !== 'judgement' || !session.judging) {
    throw ValidationError.at(['sessionId'], `${session.title} is a rubric meeting`);
  }
  const { results } = sources;
  if (results.judgements === 0) {
    throw new ConflictError(
      `Session "${session.title}" has no judgements yet: a report covers the choices judges have made.`,
    );
  }
  return {
    ...basics,
    question: redactNames(results.question, roster),
    judges: seats,
    counts: {
      samples: session.sampleIds.length,
      anchors: results.anchors.length,
      perJudge: session.judging.perJudge,
      judgements: results.judgements,
      judged: results.judges,
    },
    results,
  };
}
