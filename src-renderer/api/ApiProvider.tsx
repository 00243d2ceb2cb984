import { QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useEffect, useState } from 'react';
import type { ApiContextValue } from './api-context.js';
import { ApiContext } from './api-context.js';
import type { ApiClient } from './client.js';
import { createQueryClient } from './query-client.js';
import { createServerState } from './server-state.js';

/** Gives screens the client and one answer cache, kept in step with the main side's changes. */
export function ApiProvider({ client, children }: { client: ApiClient; children: ReactNode }) {
  const [queryClient] = useState(createQueryClient);
  const [value] = useState<ApiContextValue>(() => ({
    client,
    queries: createServerState(client, queryClient),
  }));
  useEffect(() => value.client.subscribe((event) => value.queries.applyChange(event)), [value]);
  return (
    <QueryClientProvider client={queryClient}>
      <ApiContext.Provider value={value}>{children}</ApiContext.Provider>
    </QueryClientProvider>
  );
}
