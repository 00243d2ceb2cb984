// Revealing ends the round's scoring for good, so the facilitator confirms it knowing who has not
// handed in their scores yet.
import type { SessionDetail } from '../../src-main/domain/session.js';
import { useMutation } from '../api/use-mutation.js';
import { useQuery } from '../api/use-query.js';
import { ConfirmDialog } from '../ui/ConfirmDialog.js';
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
  return (
    <ConfirmDialog
      title={
        lastSample
          ? `Reveal sample ${lastSample.code}, the last one, and end scoring?`
          : 'End scoring and reveal all samples?'
      }
      confirmLabel={lastSample ? `Reveal sample ${lastSample.code}` : 'Reveal all samples'}
      cancelLabel="Keep scoring"
      busy={reveal.pending}
      onConfirm={() =>
        void reveal
          .run({ sessionId: session.id, ...(lastSample ? { sampleId: lastSample.id } : {}) })
          .then((done) => done && onRevealed())
      }
      onCancel={onCancel}
      error={reveal.error}
      takeFocus
    >
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
    </ConfirmDialog>
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
