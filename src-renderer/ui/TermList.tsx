import type { ReactNode } from 'react';

/** A term and what it holds or means: a figure with its name, or a word with its explanation. */
export interface Term {
  term: string;
  value: ReactNode;
}

/**
 * Terms with their values as a description list, each pair in its own box so a style sheet can
 * lay them out as cards (`facts`) or as a glossary (`drift-explain`).
 */
export function TermList({ terms, className }: { terms: readonly Term[]; className: string }) {
  return (
    <dl className={className}>
      {terms.map(({ term, value }) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
