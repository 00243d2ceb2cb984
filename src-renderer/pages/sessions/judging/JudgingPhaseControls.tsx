// A comparative judgement session's big steps: start judging, end it and show the results, close.
// Ending and closing ask first, since neither can be undone.
import { useState } from 'react';
import type { SessionDetail } from '../../../../src-main/domain/session.js';
import { inAliasOrder } from '../../../../src-main/domain/session.js';
import { useMutation } from '../../../api/use-mutation.js';
import { useQuery } from '../../../api/use-query.js';
import { useRaterAliases } from '../../../state/rater-aliases-store.js';
import { Button } from '../../../ui/Button.js';
import { ConfirmDialog } from '../../../ui/ConfirmDialog.js';
import { CloseSessionConfirm } from '../live/CloseSessionConfirm.js';
import { StartSession } from '../live/StartSession.js';
import { useFocusBack } from '../live/use-focus-back.js';

export function JudgingPhaseControls({ session }: { session: SessionDetail }) {
  const close = useMutation('sessions.close');
  const [asking, setAsking] = useState<'end' | 'close' | null>(null);
  const { controls, cancelled } = useFocusBack(asking !== null);
  const cancel = () => {
    cancelled();
    setAsking(null);
  };
  return (
    <div className="phase-controls" ref={controls}>
      {session.phase === 'draft' && (
        <StartSession sessionId={session.id}>Start judging</StartSession>
      )}
      {session.phase === 'scoring' &&
        (asking !== 'end' ? (
          <Button data-asks variant="primary" onClick={() => setAsking('end')}>
            End judging and show results…
          </Button>
        ) : (
          <EndConfirm session={session} onCancel={cancel} onEnded={() => setAsking(null)} />
        ))}
      {session.phase === 'revealed' &&
        (asking !== 'close' ? (
          <Button data-asks variant="secondary" onClick={() => setAsking('close')}>
            Close session
          </Button>
        ) : (
          <CloseSessionConfirm
            busy={close.pending}
            onClose={() => void close.run({ sessionId: session.id })}
            onCancel={cancel}
          >
            The judgements become final, the room closes and judges’ access ends.
          </CloseSessionConfirm>
        ))}
      {close.error && (
        <p className="field__error" role="alert">
          {close.error.message}
        </p>
      )}
    </div>
  );
}

/** Ending judging is for good: the facilitator confirms knowing who is still judging. */
function EndConfirm({
  session,
  onCancel,
  onEnded,
}: {
  session: SessionDetail;
  onCancel: () => void;
  onEnded: () => void;
}) {
  const progress = useQuery('judging.progress', { sessionId: session.id });
  const reveal = useMutation('sessions.reveal');
  const [aliases] = useRaterAliases(session.id, session.options.hideRaterNames);
  const rows = progress.data ?? [];
  // By alias, R1 first, while names are hidden: an order of choosing would tie aliases to names.
  const unfinished = (aliases ? inAliasOrder(rows) : rows).filter((row) => row.done < row.total);
  return (
    <ConfirmDialog
      title="End judging and show results?"
      confirmLabel="End judging and show results"
      cancelLabel="Keep judging"
      busy={reveal.pending}
      onConfirm={() => void reveal.run({ sessionId: session.id }).then((done) => done && onEnded())}
      onCancel={onCancel}
      error={reveal.error}
      takeFocus
    >
      {!progress.data ? (
        <p className="muted">
          {progress.error
            ? `Could not check who is still judging: ${progress.error.message}`
            : 'Checking who is still judging…'}
        </p>
      ) : unfinished.length === 0 ? (
        <p>Every judge has made all their judgements.</p>
      ) : (
        <p>
          <strong>
            Still judging ({unfinished.length} of {progress.data.length}):
          </strong>{' '}
          {unfinished
            .map((row) => {
              const judge = aliases ? row.alias : row.name;
              return row.joined
                ? `${judge} (${row.done} of ${row.total})`
                : `${judge} (not joined yet)`;
            })
            .join(', ')}
          .
        </p>
      )}
      <p>
        No judge can make another judgement, and the scale becomes the session’s results. This
        cannot be undone.
      </p>
    </ConfirmDialog>
  );
}
