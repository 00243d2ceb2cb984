// The folded "Session set-up" at the foot of a session's page, for either kind of session: open
// while it is a draft and once it is closed, folded while people work. Each kind names its own
// facts; the rubric, the counts, the samples and the people are the same for both.
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { SessionDetail } from '../../../src-main/domain/session.js';
import { plural } from '../../lib/words.js';
import type { Term } from '../../ui/TermList.js';
import { TermList } from '../../ui/TermList.js';
import { SessionRaters } from './SessionRaters.js';
import { SessionSamples } from './SessionSamples.js';

export function SessionSetUp({
  session,
  noun = 'rater',
  facts,
  notice,
  anchorWords,
}: {
  session: SessionDetail;
  /** What the session calls its people. */
  noun?: 'rater' | 'judge';
  /** The kind's own facts, before the counts; `false` leaves one out. */
  facts: readonly (Term | false)[];
  /** A warning about the set-up, under the facts. */
  notice?: ReactNode;
  anchorWords?: string;
}) {
  return (
    <details
      className="section session-facts"
      open={session.phase === 'draft' || session.phase === 'closed'}
    >
      <summary>Session set-up</summary>
      <TermList
        className="facts"
        terms={[
          ...facts,
          {
            term: 'In this session',
            value: `${plural(session.sampleIds.length, 'sample')}, ${plural(session.raters.length, noun)}`,
          },
        ]}
      />
      {notice}
      <SessionSamples sampleIds={session.sampleIds} anchorWords={anchorWords} />
      <SessionRaters raters={session.raters} noun={noun} />
    </details>
  );
}

/** The rubric version the session uses, as a link to it; `note` says what it is for. */
export function rubricFact(session: SessionDetail, note?: string): Term {
  return {
    term: 'Rubric',
    value: (
      <>
        <Link to={`/rubrics/${encodeURIComponent(session.rubricVersionId)}`}>
          {session.rubricTitle}
        </Link>
        {note}
      </>
    ),
  };
}
