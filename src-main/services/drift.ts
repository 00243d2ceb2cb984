// Raters across sessions, for the coach: accuracy, severity, scale use, trends and alerts, and a
// many-facet Rasch estimate. Only sessions on one rubric version are put together (domain rule:
// statistics never mix versions silently); the coach picks the version.
import { NotFoundError, ValidationError } from '../domain/errors.js';
import { groupByRubricVersion } from '../domain/rubric-pooling.js';
import type { DriftReport, DriftThresholds, MonitorRating, RaschResult } from '../stats/index.js';
import { computeDrift, defaultThresholds, raschFromRatings } from '../stats/index.js';
import type { Store } from '../store/index.js';
import type { SessionSummary } from '../domain/session.js';

const THRESHOLDS_KEY = 'drift-thresholds';

/** Each threshold's allowed range, and what it is, for the message when it is refused. */
const THRESHOLD_RANGES: Record<keyof DriftThresholds, [number, number, string]> = {
  exactWithConsensus: [0, 1, 'a share of scores'],
  withinOneWithConsensus: [0, 1, 'a share of scores'],
  meanSeverity: [0, 10, 'a number of levels'],
  declinePoints: [0, 100, 'percentage points'],
};

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

  // The last answer of each kind, kept while nothing it depends on changed: the coach opens the
  // same view again and again, and a large workspace takes a second to read and compute. The key
  // holds everything the answer is computed from except the scores themselves, which are
  // represented by the newest event of their append-only log.
  const cache = new Map<'report' | 'rasch', { key: string; value: unknown }>();
  const remembered = <T>(kind: 'report' | 'rasch', key: string, compute: () => T): T => {
    const hit = cache.get(kind);
    if (hit && hit.key === key) return hit.value as T;
    const value = compute();
    cache.set(kind, { key, value });
    return value;
  };
  const sessionsKey = (sessions: readonly SessionSummary[]) =>
    sessions.map((s) => [s.id, s.phase, s.heldOn, s.title]);

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
      const checked = {} as DriftThresholds;
      for (const [field, [min, max, what]] of Object.entries(THRESHOLD_RANGES)) {
        const key = field as keyof DriftThresholds;
        const value = thresholds[key];
        if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
          throw ValidationError.at([field], `${what} from ${min} to ${max}, not ${value}`);
        }
        checked[key] = value;
      }
      store.settings.set(THRESHOLDS_KEY, checked);
      return this.thresholds();
    },

    /** Every rater's figures over the revealed sessions on one rubric version, round 1 (blind). */
    report(rubricVersionId?: string): { rubricVersionId: string; report: DriftReport } {
      const group = sessionsOf(rubricVersionId);
      const version = store.rubrics.getVersion(group.rubricVersionId)!;
      const criterionKey = new Map(version.criteria.map((c) => [c.id, c.key]));
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
      const thresholds = this.thresholds();
      const levels = version.levels.map((l) => l.value);
      const key = JSON.stringify([
        version.id,
        sessionsKey(group.sessions),
        store.scores.lastEvent(),
        consensus,
        anchors,
        raterNames,
        thresholds,
        levels,
      ]);
      const report = remembered('report', key, () => {
        // Only round 1 (blind) counts; reading just it keeps the largest read small.
        // Straight from the rows into one object each: this is the largest read of the app. Rows
        // come in runs of one criterion, so its key is looked up once per run.
        const ratings: MonitorRating[] = [];
        let lastId = '';
        let lastKey = '';
        for (const session of group.sessions) {
          for (const [sample, rater, criterionId, score] of store.scores.roundScoreRows(
            session.id,
            1,
          )) {
            if (criterionId !== lastId) {
              lastId = criterionId;
              lastKey = criterionKey.get(criterionId)!;
            }
            ratings.push({ session: session.id, sample, rater, criterion: lastKey, score });
          }
        }
        return computeDrift(
          {
            ratings,
            consensus,
            anchors,
            sessions: group.sessions.map((s) => ({ id: s.id, date: s.heldOn, label: s.title })),
            levels,
            raterNames,
          },
          { thresholds },
        );
      });
      return { rubricVersionId: group.rubricVersionId, report };
    },

    /** Many-facet Rasch over the same sessions: a sample in one session is one examinee. */
    rasch(rubricVersionId?: string): { rubricVersionId: string; result: RaschResult } {
      const group = sessionsOf(rubricVersionId);
      const version = store.rubrics.getVersion(group.rubricVersionId)!;
      const levels = version.levels.map((l) => l.value);
      const key = JSON.stringify([
        version.id,
        sessionsKey(group.sessions),
        store.scores.lastEvent(),
        levels,
      ]);
      const result = remembered('rasch', key, () => {
        const ratings = group.sessions.flatMap((session) =>
          store.scores.roundScoreRows(session.id, 1).map(([sample, rater, criterion, score]) => ({
            examinee: `${session.id}:${sample}`,
            rater,
            criterion,
            score,
          })),
        );
        return raschFromRatings(ratings, levels);
      });
      return { rubricVersionId: group.rubricVersionId, result };
    },
  };
}
export type DriftService = ReturnType<typeof driftService>;
