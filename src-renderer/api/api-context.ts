// The api client and its answer cache, shared with every screen through React context.
import { createContext, useContext } from 'react';
import type { QueryStore } from '../state/query-store.js';
import type { ApiClient } from './client.js';

export interface ApiContextValue {
  client: ApiClient;
  queries: QueryStore;
}

export const ApiContext = createContext<ApiContextValue | null>(null);

export function useApi(): ApiContextValue {
  const value = useContext(ApiContext);
  if (!value) throw new Error('useApi needs an <ApiProvider> above it');
  return value;
}
