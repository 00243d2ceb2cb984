import type { ReactNode } from 'react';
import { useEffect, useState } from 'react';
import { createQueryStore } from '../state/query-store.js';
import type { ApiContextValue } from './api-context.js';
import { ApiContext } from './api-context.js';
import type { ApiClient } from './client.js';

/** Gives screens the client and keeps the cache in step with the main side's change events. */
export function ApiProvider({ client, children }: { client: ApiClient; children: ReactNode }) {
  const [value] = useState<ApiContextValue>(() => ({
    client,
    queries: createQueryStore(client),
  }));
  useEffect(() => value.client.subscribe((event) => value.queries.applyChange(event)), [value]);
  return <ApiContext.Provider value={value}>{children}</ApiContext.Provider>;
}
