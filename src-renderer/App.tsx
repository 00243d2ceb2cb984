import { useEffect, useMemo } from 'react';
import type { createHashRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { ApiProvider } from './api/ApiProvider.js';
import type { ApiClient } from './api/client.js';
import { useQuery } from './api/use-query.js';
import { HandBackScreen } from './qualification/HandBackScreen.js';
import { RaterEndedScreen } from './rater/RaterEndedScreen.js';
import { NoTokenScreen } from './shell/NoTokenScreen.js';
import type { Role } from './state/access-store.js';
import { useAccess } from './state/access-store.js';
import { ErrorNotice } from './ui/ErrorNotice.js';
import { Loading } from './ui/Loading.js';

export type AppRouter = ReturnType<typeof createHashRouter>;
export type { Role };

/** The app once a transport is chosen; it gives way entirely if the access key is refused. */
export function App({
  client,
  routerFor,
}: {
  client: ApiClient;
  /**
   * The owner's full app, a rater's minimal one, a qualification candidate's single screen, or a
   * device taking turns (the owner's key locked to them).
   */
  routerFor: (role: Role) => AppRouter;
}) {
  const refused = useAccess((state) => state.refused);
  const role = useAccess((state) => state.role);
  if (refused) {
    if (role === 'rater') return <RaterEndedScreen />;
    if (role === 'candidate') return <HandBackScreen />;
    return <NoTokenScreen refused />;
  }
  return (
    <ApiProvider client={client}>
      <RoleGate routerFor={routerFor} />
    </ApiProvider>
  );
}

/** Asks who this key belongs to, then mounts the owner's, the rater's or the candidate's app. */
function RoleGate({ routerFor }: { routerFor: (role: Role) => AppRouter }) {
  const whoami = useQuery('app.whoami', {});
  const role = whoami.data?.role;
  const setRole = useAccess((state) => state.setRole);
  useEffect(() => {
    if (role) setRole(role);
  }, [role, setRole]);
  const router = useMemo(() => (role ? routerFor(role) : null), [role, routerFor]);
  if (whoami.status === 'error' && !whoami.data) {
    return (
      <main className="standalone">
        <ErrorNotice
          title="Concord could not be reached"
          message={whoami.error.message}
          onRetry={whoami.refetch}
        />
      </main>
    );
  }
  if (!router) {
    return (
      <main className="standalone">
        <Loading what="Concord" />
      </main>
    );
  }
  return <RouterProvider router={router} />;
}
