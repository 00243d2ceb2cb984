import type { ReactNode } from 'react';
import type { QueryResult } from '../api/use-query.js';
import { QueryView } from './QueryView.js';

const isEmptyList = (data: unknown) => Array.isArray(data) && data.length === 0;

/**
 * A query's data, or what the page says while there is nothing yet (usually an EmptyState);
 * loading and failure read as QueryView shows them. Empty means an empty list unless `isEmpty`
 * says otherwise.
 */
export function QueryOrEmpty<T>({
  query,
  what,
  empty,
  isEmpty = isEmptyList,
  children,
}: {
  query: QueryResult<T>;
  /** Plain words for what is loading: "rubrics", "the session". */
  what: string;
  empty: ReactNode;
  isEmpty?: (data: T) => boolean;
  children: (data: T) => ReactNode;
}) {
  return (
    <QueryView query={query} what={what}>
      {(data) => (isEmpty(data) ? empty : children(data))}
    </QueryView>
  );
}
