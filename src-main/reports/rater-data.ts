// One rater across sessions, for the coach: the drift service's figures for every rubric
// version the rater scored on (statistics never mix versions, so each version is its own part).
import { NotFoundError } from '../domain/errors.js';
import type { DriftService } from '../services/drift.js';
import type { DriftThresholds, RaterDrift } from '../stats/index.js';
import type { Store } from '../store/index.js';

export interface RaterReportData {
  name: string;
  generatedAt: string;
  thresholds: DriftThresholds;
  parts: {
    rubricTitle: string;
    version: number;
    levels: number[];
    /** Sessions on this version in the team, whether or not this rater scored in each. */
    teamSessions: number;
    drift: RaterDrift;
  }[];
}

export function raterReportData(
  store: Store,
  drift: Pick<DriftService, 'versions' | 'report' | 'thresholds'>,
  personId: string,
  now: Date = new Date(),
): RaterReportData {
  const person = store.library.listPeople().find((p) => p.id === personId);
  if (!person) throw new NotFoundError(`No person ${personId}.`);
  const parts: RaterReportData['parts'] = [];
  for (const choice of drift.versions()) {
    const { report } = drift.report(choice.rubricVersionId);
    const mine = report.raters.find((r) => r.rater === personId);
    if (!mine || mine.overall.n === 0) continue;
    parts.push({
      rubricTitle: choice.title,
      version: choice.version,
      levels: report.levels,
      teamSessions: report.sessions.length,
      drift: { ...mine, sessions: mine.sessions.filter((s) => s.n > 0) },
    });
  }
  if (parts.length === 0) {
    throw new NotFoundError(
      `${person.name} has no scores in a revealed session yet, so there is nothing to report.`,
    );
  }
  return {
    name: person.name,
    generatedAt: now.toISOString(),
    thresholds: drift.thresholds(),
    parts,
  };
}
