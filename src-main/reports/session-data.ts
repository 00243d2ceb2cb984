// Everything a session report shows, read from the workspace: the results engine's figures
// (the same as `concord stats` on the exported long CSV), the scores per sample, the consensus
// and clarifications (free text passed through the class-roster redaction), and, for the
// owner's copy only, the raters the drift alerts flag in this session.
import { ConflictError } from '../domain/errors.js';
import { redactNames } from '../domain/redact.js';
import type { PerformanceLevel } from '../domain/rubric.js';
import type { SessionDetail } from '../domain/session.js';
import type { DriftService } from '../services/drift.js';
import type { SessionResults } from '../services/results.js';
import type { AgreementReport } from '../stats/index.js';
import type { Store } from '../store/index.js';
import type { ReportCopy, ReportSeat, SessionBasics } from './session-basics.js';
import { reportSession } from './session-basics.js';

export type { ReportCopy } from './session-basics.js';

export interface SessionReportData extends SessionBasics {
  levels: PerformanceLevel[];
  /** Seats in alias order; `name` is null where names are hidden in this copy. */
  participants: ReportSeat[];
  criteria: string[];
  rounds: { round: number; report: AgreementReport }[];
  samples: SampleScores[];
  clarifications: { criterion: string | null; text: string }[];
  /** Owner's copy only (null in the team's copy). */
  flagged: FlaggedRater[] | null;
}

export interface SampleScores {
  code: string;
  criteria: {
    criterion: string;
    /** Per round: count of scores per level (scale order) and of "cannot score". */
    rounds: { round: number; counts: number[]; cannotScore: number }[];
    consensus: number | null;
    rationale: string;
  }[];
}

export interface FlaggedRater {
  label: string;
  name: string;
  reasons: string[];
}

/** What the report takes from the results and drift services (their cached figures). */
export interface ReportSources {
  /** The session's results as the owner sees them. */
  results: SessionResults;
  drift: Pick<DriftService, 'report'>;
}

export function sessionReportData(
  store: Store,
  sessionId: string,
  copy: ReportCopy,
  sources: ReportSources,
  now: Date = new Date(),
): SessionReportData {
  const { session, rubric, basics, seats, roster } = reportSession(
    store,
    sessionId,
    copy,
    'raters',
    now,
  );
  const { results } = sources;
  if (results.rounds.length === 0) {
    throw new ConflictError(
      `Session "${session.title}" has no revealed scores yet: a report covers rounds whose scores the facilitator has revealed.`,
    );
  }
  const criterionName = new Map(rubric.criteria.map((c) => [c.id, c.name]));
  const levelIndex = new Map(rubric.levels.map((l, i) => [l.value, i]));
  const clean = (text: string) => redactNames(text, roster);
  const rounds = results.rounds.map((r) => r.round);
  const scores = new Map(
    rounds.map((round) => [round, store.scores.current(sessionId, { round })] as const),
  );
  const consensus = store.scores.consensus(sessionId);
  const samples: SampleScores[] = session.sampleIds.map((sampleId) => ({
    code: store.samples.get(sampleId)!.code,
    criteria: rubric.criteria.map((criterion) => {
      const agreed = consensus.find(
        (c) => c.sampleId === sampleId && c.criterionId === criterion.id,
      );
      return {
        criterion: criterion.name,
        rounds: rounds.map((round) => {
          const counts = rubric.levels.map(() => 0);
          let cannotScore = 0;
          for (const s of scores.get(round)!) {
            if (s.sampleId !== sampleId || s.criterionId !== criterion.id) continue;
            if (s.score === null) cannotScore++;
            else counts[levelIndex.get(s.score)!]!++;
          }
          return { round, counts, cannotScore };
        }),
        consensus: agreed?.score ?? null,
        rationale: agreed ? clean(agreed.rationale) : '',
      };
    }),
  }));

  return {
    ...basics,
    levels: rubric.levels,
    participants: seats,
    criteria: rubric.criteria.map((c) => c.name),
    rounds: results.rounds,
    samples,
    clarifications: store.scores.clarifications(sessionId).map((c) => ({
      criterion: c.criterionId === null ? null : (criterionName.get(c.criterionId) ?? null),
      text: clean(c.text),
    })),
    flagged: copy === 'owner' ? flaggedRaters(sources.drift, session) : null,
  };
}

/** The drift alerts of this session (round 1 against consensus), per rater. */
function flaggedRaters(drift: ReportSources['drift'], session: SessionDetail): FlaggedRater[] {
  if (session.phase !== 'revealed' && session.phase !== 'closed') return [];
  const { report } = drift.report(session.rubricVersionId);
  const alias = new Map(session.raters.map((r) => [r.personId, r.alias]));
  const out: FlaggedRater[] = [];
  for (const rater of report.raters) {
    const here = rater.sessions.find((s) => s.session === session.id);
    if (!here || here.alerts.length === 0 || !alias.has(rater.rater)) continue;
    out.push({
      label: alias.get(rater.rater)!,
      name: rater.name,
      reasons: here.alerts.map((a) => a.message),
    });
  }
  return out.sort((a, b) => a.label.localeCompare(b.label, 'en', { numeric: true }));
}
