import type { ReactNode } from 'react';
import type { QueryResult } from '../api/use-query.js';
import { ErrorNotice } from './ErrorNotice.js';
import { Loading } from './Loading.js';

/** Renders a query's data, or its loading line, or its error with a retry. */
export function QueryView<T>({
  query,
  what,
  children,
}: {
  query: QueryResult<T>;
  /** Plain words for what is loading: "rubrics", "the session". */
  what: string;
  children: (data: T) => ReactNode;
}) {
  if (query.status === 'loading') return <Loading what={what} />;
  if (query.status === 'error') {
    return (
      <ErrorNotice
        title={`Could not load ${what}`}
        message={query.error.message}
        onRetry={query.refetch}
      />
    );
  }
  return <>{children(query.data)}</>;
}
