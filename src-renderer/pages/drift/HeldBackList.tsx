import type { HeldBackNote } from './drift-words.js';

/**
 * Sessions whose figures crossed a threshold (or could not be checked) but raised no alert, each
 * with the engine's plain reason, so a quiet row is not mistaken for a good one.
 */
export function HeldBackList({ notes }: { notes: readonly HeldBackNote[] }) {
  return (
    <ul className="drift-held" aria-label="Held back">
      {notes.map((n) => (
        <li key={`${n.rater}-${n.session}`} className="drift-held__item">
          <span className="drift-held__tag">
            {n.reason === 'no-consensus' ? 'Not checked:' : 'Held back:'}
          </span>{' '}
          <span>{n.message}.</span>
        </li>
      ))}
    </ul>
  );
}
