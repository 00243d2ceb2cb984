import { useId } from 'react';
import { formatDate } from '../../lib/words.js';
import type { AlertRecord } from './drift-words.js';
import { alertStatusWords } from './drift-words.js';

const TAG: Record<AlertRecord['status'], string> = {
  current: 'Now',
  earlier: 'Earlier',
  resolved: 'Resolved',
};

/**
 * Alerts of earlier sessions, newest first, each with its session, date and where it stands
 * now: they stay listed after a later session comes out fine.
 */
export function AlertHistory({
  records,
  heading,
  headingId,
  intro,
  empty,
}: {
  records: readonly AlertRecord[];
  heading: 'h2' | 'h3';
  /** The heading's id, when a section around is labelled by it. */
  headingId?: string;
  intro: string;
  /** What to say when there is none. */
  empty: string;
}) {
  const ownId = useId();
  const id = headingId ?? ownId;
  const Heading = heading;
  const newestFirst = [...records].sort((a, b) =>
    a.date === b.date ? 0 : a.date < b.date ? 1 : -1,
  );
  return (
    <>
      <Heading id={id}>Alert history</Heading>
      <p className="drift-intro">{intro}</p>
      {newestFirst.length === 0 ? (
        <p className="drift-alerts__none">{empty}</p>
      ) : (
        <ul className="drift-history" aria-labelledby={id}>
          {newestFirst.map((r) => (
            <li
              key={`${r.rater}-${r.session}-${r.kind}`}
              className={`drift-history__item drift-history__item--${r.status}`}
            >
              <span className="drift-history__tag">{TAG[r.status]}</span>
              <div>
                <p className="drift-history__when">
                  {r.label} ({formatDate(r.date)})
                </p>
                <p className="drift-history__message">{r.message}.</p>
                <p className="drift-history__status">{alertStatusWords(r, formatDate)}.</p>
              </div>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
