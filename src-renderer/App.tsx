import type { createHashRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { ApiProvider } from './api/ApiProvider.js';
import type { ApiClient } from './api/client.js';
import { NoTokenScreen } from './shell/NoTokenScreen.js';
import { useAccess } from './state/access-store.js';

export type AppRouter = ReturnType<typeof createHashRouter>;

/** The app once a transport is chosen; it gives way entirely if the access key is refused. */
export function App({ client, router }: { client: ApiClient; router: AppRouter }) {
  const refused = useAccess((state) => state.refused);
  if (refused) return <NoTokenScreen refused />;
  return (
    <ApiProvider client={client}>
      <RouterProvider router={router} />
    </ApiProvider>
  );
}
