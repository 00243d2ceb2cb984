import { useQuery } from '../../api/use-query.js';
import { QueryView } from '../../ui/QueryView.js';
import { EmptyState } from '../../ui/EmptyState.js';
import { SessionsTable } from '../sessions/SessionsTable.js';

export function RecentSessions() {
  const sessions = useQuery('sessions.list', {});
  return (
    <section className="section" aria-labelledby="recent-sessions-title">
      <h2 id="recent-sessions-title">Sessions</h2>
      <QueryView query={sessions} what="sessions">
        {(list) =>
          list.length === 0 ? (
            <EmptyState title="No sessions yet">
              <p>
                A session is one calibration meeting: a rubric, a set of samples and the raters who
                score them.
              </p>
            </EmptyState>
          ) : (
            <SessionsTable sessions={list} caption="Sessions" captionHidden />
          )
        }
      </QueryView>
    </section>
  );
}
