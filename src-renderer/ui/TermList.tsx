import type { ReactNode } from 'react';

/** A term and what it holds or means: a figure with its name, or a word with its explanation. */
export interface Term {
  term: string;
  value: ReactNode;
}

/**
 * Terms with their values as a description list, each pair in its own box so a style sheet can
 * lay them out as cards (`facts`) or as a glossary (`drift-explain`). `false` leaves out a term
 * the page does not show this time; `label` names the list where nothing around it does.
 */
export function TermList({
  terms,
  className,
  label,
}: {
  terms: readonly (Term | false)[];
  className: string;
  label?: string;
}) {
  return (
    <dl className={className} aria-label={label}>
      {terms
        .filter((term) => term !== false)
        .map(({ term, value }) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
    </dl>
  );
}
