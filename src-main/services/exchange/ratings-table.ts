// The current scores of some sessions as rows of labels: what the long and wide CSV and FACETS
// exports write.
import type { SessionDetail } from '../../domain/session.js';
import type { RatingRow, RatingsTable } from '../../formats/exchange/index.js';
import type { RaterLabeling } from './rater-labeling.js';
import type { SessionReads } from './reads.js';

/**
 * Current scores as rows of labels, ordered session (oldest first), round, sample code, rater,
 * criterion. `criterionName` overrides the names of the session's own rubric version.
 */
export function ratingsTable(
  reads: SessionReads,
  sessions: SessionDetail[],
  round: number | undefined,
  raters: RaterLabeling,
  criterionName?: (criterionId: string) => string | undefined,
): RatingsTable {
  const rows: RatingRow[] = [];
  const columns = raters.order([
    ...new Map(sessions.flatMap((s) => s.raters).map((r) => [r.personId, r])).values(),
  ]);
  for (const session of sessions) {
    const rubric = reads.rubricOf(session);
    const criterionPos = new Map(rubric.criteria.map((c, i) => [c.id, i]));
    const ownName = new Map(rubric.criteria.map((c) => [c.id, c.name]));
    const nameOf = (id: string) => criterionName?.(id) ?? ownName.get(id) ?? id;
    const codes = new Map(reads.samplesOf(session).map((s) => [s.id, s.code]));
    const seats = new Map(session.raters.map((r) => [r.personId, r]));
    const raterPos = new Map(raters.order(session.raters).map((r, i) => [r.personId, i]));
    const scores = reads.store.scores
      .current(session.id, round !== undefined ? { round } : {})
      .sort(
        (a, b) =>
          a.round - b.round ||
          (codes.get(a.sampleId) ?? '').localeCompare(codes.get(b.sampleId) ?? '') ||
          (raterPos.get(a.raterId) ?? 0) - (raterPos.get(b.raterId) ?? 0) ||
          (criterionPos.get(a.criterionId) ?? 0) - (criterionPos.get(b.criterionId) ?? 0),
      );
    for (const s of scores) {
      const seat = seats.get(s.raterId);
      const sessionAlias = seat ? raters.sessionAlias(seat) : undefined;
      rows.push({
        session: session.id,
        round: s.round,
        sample: codes.get(s.sampleId) ?? s.sampleId,
        rater: seat ? raters.of(seat) : s.raterId,
        ...(sessionAlias !== undefined ? { sessionAlias } : {}),
        criterion: nameOf(s.criterionId),
        score: s.score,
      });
    }
  }
  return {
    rows,
    raters: [...new Set(columns.map((r) => raters.of(r)))],
    ...(raters.acrossSessions ? { acrossSessions: true } : {}),
  };
}
