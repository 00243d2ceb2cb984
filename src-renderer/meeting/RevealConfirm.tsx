// Revealing ends the round's scoring for good, so the facilitator confirms it knowing who has not
// handed in their scores yet.
import { useEffect, useRef } from 'react';
import type { SessionDetail } from '../../src-main/domain/session.js';
import { useMutation } from '../api/use-mutation.js';
import { useQuery } from '../api/use-query.js';
import { Button } from '../ui/Button.js';
import type { RaterProgressRow } from './rater-status.js';
import { notSubmitted, raterStatus } from './rater-status.js';

export function RevealConfirm({
  session,
  lastSample,
  onCancel,
  onRevealed,
}: {
  session: SessionDetail;
  /** Asked from the reveal board for the last hidden sample, which ends scoring just the same. */
  lastSample?: { id: string; code: string };
  onCancel: () => void;
  onRevealed: () => void;
}) {
  const progress = useQuery('sessions.progress', { sessionId: session.id });
  const reveal = useMutation('sessions.reveal');
  const dialog = useRef<HTMLDivElement>(null);
  // The question replaces the button that asked for it: keyboard and screen reader users land on it.
  useEffect(() => dialog.current?.focus(), []);
  return (
    <div
      ref={dialog}
      tabIndex={-1}
      className="confirm"
      role="alertdialog"
      aria-labelledby="confirm-reveal-title"
      aria-describedby="confirm-reveal-body"
    >
      <p id="confirm-reveal-title" className="confirm__title">
        {lastSample
          ? `Reveal sample ${lastSample.code}, the last one, and end scoring?`
          : 'End scoring and reveal all samples?'}
      </p>
      <div id="confirm-reveal-body">
        {progress.data ? (
          <Missing rows={progress.data} />
        ) : (
          <p className="muted">
            {progress.error
              ? `Could not check who has submitted: ${progress.error.message}`
              : 'Checking who has submitted…'}
          </p>
        )}
        <p>
          Scoring of round {session.currentRound} ends for everyone and every score appears on the
          reveal board. Revealing cannot be undone.
        </p>
      </div>
      <div className="form__actions">
        <Button
          variant="danger"
          busy={reveal.pending}
          onClick={() =>
            void reveal
              .run({ sessionId: session.id, ...(lastSample ? { sampleId: lastSample.id } : {}) })
              .then((done) => done && onRevealed())
          }
        >
          {lastSample ? `Reveal sample ${lastSample.code}` : 'Reveal all samples'}
        </Button>
        <Button variant="quiet" onClick={onCancel}>
          Keep scoring
        </Button>
      </div>
      {reveal.error && (
        <p className="field__error" role="alert">
          {reveal.error.message}
        </p>
      )}
    </div>
  );
}

function Missing({ rows }: { rows: RaterProgressRow[] }) {
  const missing = notSubmitted(rows);
  if (missing.length === 0) return <p>Everyone has submitted.</p>;
  const names = missing.map((row) =>
    raterStatus(row) === 'not-joined' ? `${row.name} (not joined yet)` : row.name,
  );
  return (
    <p>
      <strong>
        Not submitted yet ({missing.length} of {rows.length}):
      </strong>{' '}
      {names.join(', ')}. Whatever they have not scored stays unscored.
    </p>
  );
}
