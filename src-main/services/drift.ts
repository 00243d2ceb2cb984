// Raters across sessions, for the coach: accuracy, severity, scale use, trends and alerts, and a
// many-facet Rasch estimate. Only sessions on one rubric version are put together (domain rule:
// statistics never mix versions silently); the coach picks the version.
import { NotFoundError, ValidationError } from '../domain/errors.js';
import { groupByRubricVersion } from '../domain/rubric-pooling.js';
import type { DriftReport, DriftThresholds, RaschResult } from '../stats/index.js';
import { computeDrift, defaultThresholds, raschFromRatings } from '../stats/index.js';
import type { Store } from '../store/index.js';

const THRESHOLDS_KEY = 'drift-thresholds';

export interface RubricVersionChoice {
  rubricVersionId: string;
  title: string;
  version: number;
  sessions: number;
}

export function driftService(store: Store) {
  /** Sessions whose scores are revealed, grouped by the rubric version they used. */
  const groups = () =>
    groupByRubricVersion(
      store.sessions.list().filter((s) => s.phase === 'revealed' || s.phase === 'closed'),
    );

  const sessionsOf = (rubricVersionId: string | undefined) => {
    const all = groups();
    const chosen =
      rubricVersionId === undefined
        ? [...all].sort((a, b) => b.sessions.length - a.sessions.length)[0]
        : all.find((g) => g.rubricVersionId === rubricVersionId);
    if (!chosen) {
      throw new NotFoundError(
        rubricVersionId === undefined
          ? 'No session has been revealed yet, so there is nothing to follow.'
          : `No revealed session used rubric version ${rubricVersionId}.`,
      );
    }
    return chosen;
  };

  return {
    versions(): RubricVersionChoice[] {
      return groups().map((g) => {
        const version = store.rubrics.getVersion(g.rubricVersionId)!;
        return {
          rubricVersionId: g.rubricVersionId,
          title: version.title,
          version: version.version,
          sessions: g.sessions.length,
        };
      });
    },

    thresholds(): DriftThresholds {
      const saved = store.settings.get(THRESHOLDS_KEY) as Partial<DriftThresholds> | undefined;
      return { ...defaultThresholds, ...saved };
    },

    setThresholds(thresholds: DriftThresholds): DriftThresholds {
      if (thresholds.exactWithConsensus > 1 || thresholds.withinOneWithConsensus > 1) {
        throw new ValidationError('thresholds: agreement thresholds are shares from 0 to 1');
      }
      store.settings.set(THRESHOLDS_KEY, thresholds);
      return this.thresholds();
    },

    /** Every rater's figures over the revealed sessions on one rubric version, round 1 (blind). */
    report(rubricVersionId?: string): { rubricVersionId: string; report: DriftReport } {
      const group = sessionsOf(rubricVersionId);
      const version = store.rubrics.getVersion(group.rubricVersionId)!;
      const criterionKey = new Map(version.criteria.map((c) => [c.id, c.key]));
      const ratings = group.sessions.flatMap((session) =>
        store.scores.current(session.id).map((s) => ({
          session: session.id,
          round: s.round,
          sample: s.sampleId,
          rater: s.raterId,
          criterion: criterionKey.get(s.criterionId)!,
          score: s.score,
        })),
      );
      const consensus = group.sessions.flatMap((session) =>
        store.scores.consensus(session.id).map((c) => ({
          session: session.id,
          sample: c.sampleId,
          criterion: criterionKey.get(c.criterionId)!,
          score: c.score,
        })),
      );
      const anchors = store.samples
        .listAnchorScores()
        .filter((a) => version.criteria.some((c) => c.key === a.criterionKey))
        .map((a) => ({ sample: a.sampleId, criterion: a.criterionKey, score: a.score }));
      const raterNames = Object.fromEntries(store.library.listPeople().map((p) => [p.id, p.name]));
      const report = computeDrift(
        {
          ratings,
          consensus,
          anchors,
          sessions: group.sessions.map((s) => ({ id: s.id, date: s.heldOn, label: s.title })),
          levels: version.levels.map((l) => l.value),
          raterNames,
        },
        { thresholds: this.thresholds() },
      );
      return { rubricVersionId: group.rubricVersionId, report };
    },

    /** Many-facet Rasch over the same sessions: a sample in one session is one examinee. */
    rasch(rubricVersionId?: string): { rubricVersionId: string; result: RaschResult } {
      const group = sessionsOf(rubricVersionId);
      const version = store.rubrics.getVersion(group.rubricVersionId)!;
      const ratings = group.sessions.flatMap((session) =>
        store.scores.current(session.id, { round: 1 }).map((s) => ({
          examinee: `${session.id}:${s.sampleId}`,
          rater: s.raterId,
          criterion: s.criterionId,
          score: s.score,
        })),
      );
      return {
        rubricVersionId: group.rubricVersionId,
        result: raschFromRatings(
          ratings,
          version.levels.map((l) => l.value),
        ),
      };
    },
  };
}
