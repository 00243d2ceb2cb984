import { useQuery } from '../../api/use-query.js';
import { ButtonLink } from '../../ui/ButtonLink.js';
import { EmptyState } from '../../ui/EmptyState.js';
import { PageHeader } from '../../ui/PageHeader.js';
import { QueryView } from '../../ui/QueryView.js';
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
      <QueryView query={sessions} what="sessions">
        {(list) =>
          list.length === 0 ? (
            <EmptyState title="No sessions yet">
              <p>Sessions you plan and run will be listed here, newest first.</p>
            </EmptyState>
          ) : (
            <>
              <SessionsTable sessions={list} caption="All sessions" captionHidden />
              <PhaseLegend />
            </>
          )
        }
      </QueryView>
    </>
  );
}
