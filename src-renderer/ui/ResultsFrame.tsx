// What the two kinds of results page share: the header that leads back to the session, and the
// choice of names or R1..Rn above the figures (the page is often on a projector).
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { PageHeader } from './PageHeader.js';
import { RaterAliasesCheck } from './RaterAliasesCheck.js';

export function ResultsHeader({
  sessionId,
  title,
  description,
  actions,
}: {
  sessionId: string;
  title: string;
  description?: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <PageHeader
      title={title}
      before={<Link to={`/sessions/${encodeURIComponent(sessionId)}`}>← Back to the session</Link>}
      description={description}
      actions={actions}
    />
  );
}

export function ResultsFrame({
  aliases,
  onAliasesChange,
  people,
  children,
}: {
  aliases: boolean;
  onAliasesChange: (aliases: boolean) => void;
  /** Who the names are of, in the check's words: "raters" or "judges". */
  people: 'raters' | 'judges';
  children: ReactNode;
}) {
  return (
    <div className="results">
      <RaterAliasesCheck
        aliases={aliases}
        onChange={onAliasesChange}
        people={people}
        className="results__aliases"
      />
      {children}
    </div>
  );
}
