import { useQuery } from '../../api/use-query.js';
import { EmptyState } from '../../ui/EmptyState.js';
import { PageHeader } from '../../ui/PageHeader.js';
import { QueryView } from '../../ui/QueryView.js';
import { SessionsTable } from '../sessions/SessionsTable.js';

export function ReportsPage() {
  const sessions = useQuery('sessions.list', {});
  return (
    <>
      <PageHeader
        title="Reports"
        description="Sessions whose scores have been revealed, so their results can be reported."
      />
      <p className="notice notice--info">
        The calibration report for each session (agreement, reliability and each rater’s severity)
        arrives with the results work in a coming version. Until then this page lists the sessions
        it will cover.
      </p>
      <QueryView query={sessions} what="sessions">
        {(list) => {
          const ready = list.filter(
            (session) => session.phase === 'revealed' || session.phase === 'closed',
          );
          return ready.length === 0 ? (
            <EmptyState title="No revealed sessions yet">
              <p>A session appears here once its scores have been revealed to the team.</p>
            </EmptyState>
          ) : (
            <SessionsTable sessions={ready} caption="Revealed and closed sessions" />
          );
        }}
      </QueryView>
    </>
  );
}
