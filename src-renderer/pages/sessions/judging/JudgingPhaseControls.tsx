// A comparative judgement session's big steps: start judging, end it and show the results, close.
// Ending and closing ask first, since neither can be undone.
import { useEffect, useRef, useState } from 'react';
import type { SessionDetail } from '../../../../src-main/domain/session.js';
import { useMutation } from '../../../api/use-mutation.js';
import { useQuery } from '../../../api/use-query.js';
import { useRaterAliases } from '../../../state/rater-aliases-store.js';
import { Button } from '../../../ui/Button.js';

export function JudgingPhaseControls({ session }: { session: SessionDetail }) {
  const start = useMutation('sessions.start');
  const close = useMutation('sessions.close');
  const [asking, setAsking] = useState<'end' | 'close' | null>(null);
  // Cancelling a question removes the focused button: focus goes back to the one that asked.
  const controls = useRef<HTMLDivElement>(null);
  const refocus = useRef(false);
  useEffect(() => {
    if (asking !== null || !refocus.current) return;
    refocus.current = false;
    controls.current?.querySelector<HTMLButtonElement>('[data-asks]')?.focus();
  }, [asking]);
  const cancel = () => {
    refocus.current = true;
    setAsking(null);
  };
  const error = start.error ?? close.error;
  return (
    <div className="phase-controls" ref={controls}>
      {session.phase === 'draft' && (
        <Button
          variant="primary"
          busy={start.pending}
          onClick={() => void start.run({ sessionId: session.id })}
        >
          Start judging
        </Button>
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
          <div className="confirm" role="alertdialog" aria-labelledby="confirm-close-title">
            <p id="confirm-close-title" className="confirm__title">
              Close this session?
            </p>
            <p>The judgements become final, the room closes and judges’ access ends.</p>
            <div className="form__actions">
              <Button
                variant="danger"
                busy={close.pending}
                onClick={() => void close.run({ sessionId: session.id })}
              >
                Close the session
              </Button>
              <Button variant="quiet" onClick={cancel}>
                Keep it open
              </Button>
            </div>
          </div>
        ))}
      {error && (
        <p className="field__error" role="alert">
          {error.message}
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
  const dialog = useRef<HTMLDivElement>(null);
  // The question replaces the button that asked for it: keyboard and screen reader users land on it.
  useEffect(() => dialog.current?.focus(), []);
  const unfinished = (progress.data ?? []).filter((row) => row.done < row.total);
  return (
    <div
      ref={dialog}
      tabIndex={-1}
      className="confirm"
      role="alertdialog"
      aria-labelledby="confirm-end-title"
      aria-describedby="confirm-end-body"
    >
      <p id="confirm-end-title" className="confirm__title">
        End judging and show results?
      </p>
      <div id="confirm-end-body">
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
      </div>
      <div className="form__actions">
        <Button
          variant="danger"
          busy={reveal.pending}
          onClick={() =>
            void reveal.run({ sessionId: session.id }).then((done) => done && onEnded())
          }
        >
          End judging and show results
        </Button>
        <Button variant="quiet" onClick={onCancel}>
          Keep judging
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
