// The app a qualification-attempt token opens (a candidate): the attempt and nothing else, at any
// address, so `#/samples/anchors` or any other page of the workspace shows the attempt too.
import type { RouteObject } from 'react-router';
import { useQuery } from '../api/use-query.js';
import { RouteError } from '../shell/RouteError.js';
import { QueryView } from '../ui/QueryView.js';
import { AttemptPage } from './AttemptPage.js';

function CandidateHome() {
  const whoami = useQuery('app.whoami', {});
  return (
    <QueryView query={whoami} what="your qualification check">
      {(me) =>
        me.role === 'candidate' ? (
          <AttemptPage attemptId={me.attemptId} />
        ) : (
          <p>This address is not for a qualification check.</p>
        )
      }
    </QueryView>
  );
}

export const candidateRoutes: RouteObject[] = [
  { path: '*', element: <CandidateHome />, errorElement: <RouteError /> },
];
