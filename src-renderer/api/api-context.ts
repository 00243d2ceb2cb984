// The api client and the server state kept from it, shared with every screen through React context.
import { createContext, useContext } from 'react';
import type { ApiClient } from './client.js';
import type { ServerState } from './server-state.js';

export interface ApiContextValue {
  client: ApiClient;
  queries: ServerState;
}

export const ApiContext = createContext<ApiContextValue | null>(null);

export function useApi(): ApiContextValue {
  const value = useContext(ApiContext);
  if (!value) throw new Error('useApi needs an <ApiProvider> above it');
  return value;
}
