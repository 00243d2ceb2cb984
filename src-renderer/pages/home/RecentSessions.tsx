import { useQuery } from '../../api/use-query.js';
import { QueryOrEmpty } from '../../ui/QueryOrEmpty.js';
import { EmptyState } from '../../ui/EmptyState.js';
import { SessionsTable } from '../sessions/SessionsTable.js';

export function RecentSessions() {
  const sessions = useQuery('sessions.list', {});
  return (
    <section className="section" aria-labelledby="recent-sessions-title">
      <h2 id="recent-sessions-title">Sessions</h2>
      <QueryOrEmpty
        query={sessions}
        what="sessions"
        empty={
          <EmptyState title="No sessions yet">
            <p>
              A session is one calibration meeting: a rubric, a set of samples and the raters who
              score them.
            </p>
          </EmptyState>
        }
      >
        {(list) => <SessionsTable sessions={list} caption="Sessions" captionHidden />}
      </QueryOrEmpty>
    </section>
  );
}
