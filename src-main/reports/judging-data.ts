// Everything the report of a comparative judgement session shows, read from the workspace: the
// session's facts and the judging results engine's figures (samples by code, judges by alias, as
// the results page has them). The copies follow the meeting report's rules: the owner's copy
// names every judge beside their alias; the team's names them only where the session shows
// names, and never names a facilitator who also judged when it does not.
import { ConflictError, NotFoundError, ValidationError } from '../domain/errors.js';
import { redactNames } from '../domain/redact.js';
import type { SessionPhase } from '../domain/session.js';
import { inAliasOrder } from '../domain/session.js';
import type { JudgingResults } from '../services/judging-results.js';
import type { Store } from '../store/index.js';
import type { ReportCopy } from './session-data.js';

export interface JudgingReportData {
  copy: ReportCopy;
  title: string;
  heldOn: string;
  phase: SessionPhase;
  generatedAt: string;
  /** What the judges decided, passed through the class-roster redaction. */
  question: string;
  rubric: { title: string; version: number };
  /** Judges in alias order; `name` is null where names are hidden in this copy. */
  judges: { label: string; name: string | null }[];
  facilitator: string | null;
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
  const session = store.sessions.get(sessionId);
  if (!session) throw new NotFoundError(`No session ${sessionId}.`);
  if (session.kind !== 'judgement' || !session.judging) {
    throw ValidationError.at(['sessionId'], `${session.title} is a rubric meeting`);
  }
  const { results } = sources;
  if (results.judgements === 0) {
    throw new ConflictError(
      `Session "${session.title}" has no judgements yet: a report covers the choices judges have made.`,
    );
  }
  const rubric = store.rubrics.getVersion(session.rubricVersionId)!;
  const roster = session.sampleIds
    .map((id) => store.samples.identity(id)?.studentName ?? null)
    .filter((name): name is string => name !== null && name.trim() !== '');
  const showNames = copy === 'owner' || !session.options.hideRaterNames;
  const people = new Map(store.library.listPeople().map((p) => [p.id, p.name]));

  // A facilitator who also judged would put a judge's name in a copy that hides names.
  const facilitatorName = (): string | null => {
    const id = session.facilitatorId;
    if (id === null) return null;
    const judged = session.raters.some((r) => r.personId === id);
    return judged && !showNames ? 'one of the judges' : (people.get(id) ?? null);
  };

  return {
    copy,
    title: session.title,
    heldOn: session.heldOn,
    phase: session.phase,
    generatedAt: now.toISOString(),
    question: redactNames(results.question, roster),
    rubric: { title: rubric.title, version: rubric.version },
    judges: inAliasOrder(session.raters).map((r) => ({
      label: r.alias,
      name: showNames ? r.name : null,
    })),
    facilitator: facilitatorName(),
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
