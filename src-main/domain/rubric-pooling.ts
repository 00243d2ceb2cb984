// "Statistics never mix versions silently": a session scores against exactly one rubric version,
// and ratings from sessions on different versions are never pooled into one statistic. Results
// and drift call this before putting sessions together; across versions they report per version.
import { ConflictError } from './errors.js';

export interface SessionOnVersion {
  id: string;
  rubricVersionId: string;
  /** For the message; optional. */
  title?: string;
}

/**
 * The one rubric version all `sessions` used. Throws a ConflictError naming the sessions and
 * versions when they differ, so a caller must choose to compare per version instead of pooling.
 */
export function assertSameRubricVersion(sessions: readonly SessionOnVersion[]): string {
  const first = sessions[0];
  if (!first) throw new ConflictError('sessions: there are no sessions to put together');
  const other = sessions.find((s) => s.rubricVersionId !== first.rubricVersionId);
  if (other) {
    const label = (s: SessionOnVersion) => (s.title ? `“${s.title}”` : s.id);
    throw new ConflictError(
      `sessions: ${label(first)} and ${label(other)} used different rubric versions ` +
        `(${first.rubricVersionId} and ${other.rubricVersionId}); their ratings are not pooled, ` +
        'compare them version by version',
    );
  }
  return first.rubricVersionId;
}

/** Sessions grouped by rubric version, in first-seen order: what may be pooled, group by group. */
export function groupByRubricVersion<T extends SessionOnVersion>(
  sessions: readonly T[],
): { rubricVersionId: string; sessions: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const s of sessions) {
    const group = groups.get(s.rubricVersionId);
    if (group) group.push(s);
    else groups.set(s.rubricVersionId, [s]);
  }
  return [...groups].map(([rubricVersionId, list]) => ({ rubricVersionId, sessions: list }));
}
