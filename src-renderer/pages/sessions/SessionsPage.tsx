import { useQuery } from '../../api/use-query.js';
import { ButtonLink } from '../../ui/ButtonLink.js';
import { EmptyState } from '../../ui/EmptyState.js';
import { PageHeader } from '../../ui/PageHeader.js';
import { QueryOrEmpty } from '../../ui/QueryOrEmpty.js';
import { PhaseLegend } from './PhaseLegend.js';
import { SessionsTable } from './SessionsTable.js';

export function SessionsPage() {
  const sessions = useQuery('sessions.list', {});
  return (
    <>
      <PageHeader
        title="Sessions"
        description="Each session is one calibration meeting: a rubric, a set of samples, and the raters who score them."
        actions={
          <ButtonLink to="/sessions/new" variant="primary">
            New session
          </ButtonLink>
        }
      />
      <QueryOrEmpty
        query={sessions}
        what="sessions"
        empty={
          <EmptyState title="No sessions yet">
            <p>Sessions you plan and run will be listed here, newest first.</p>
          </EmptyState>
        }
      >
        {(list) => (
          <>
            <SessionsTable sessions={list} caption="All sessions" captionHidden />
            <PhaseLegend />
          </>
        )}
      </QueryOrEmpty>
    </>
  );
}
