// The meeting's big steps, in order: start scoring, reveal, second round, close.
import { useState } from 'react';
import type { SessionDetail } from '../../../../src-main/domain/session.js';
import { useMutation } from '../../../api/use-mutation.js';
import { Button } from '../../../ui/Button.js';

export function PhaseControls({ session }: { session: SessionDetail }) {
  const start = useMutation('sessions.start');
  const reveal = useMutation('sessions.reveal');
  const round2 = useMutation('sessions.startSecondRound');
  const close = useMutation('sessions.close');
  const [confirmClose, setConfirmClose] = useState(false);
  const error = start.error ?? reveal.error ?? round2.error ?? close.error;
  const canRound2 =
    session.phase === 'revealed' && session.options.rounds === 2 && session.currentRound < 2;
  return (
    <div className="phase-controls">
      {session.phase === 'draft' && (
        <Button
          variant="primary"
          busy={start.pending}
          onClick={() => void start.run({ sessionId: session.id })}
        >
          Start scoring
        </Button>
      )}
      {session.phase === 'scoring' && (
        <Button
          variant="primary"
          busy={reveal.pending}
          onClick={() => void reveal.run({ sessionId: session.id })}
        >
          Reveal all samples
        </Button>
      )}
      {canRound2 && (
        <Button
          variant="primary"
          busy={round2.pending}
          onClick={() => void round2.run({ sessionId: session.id })}
        >
          Start round 2
        </Button>
      )}
      {session.phase === 'revealed' &&
        (!confirmClose ? (
          <Button variant="secondary" onClick={() => setConfirmClose(true)}>
            Close session
          </Button>
        ) : (
          <div className="confirm" role="alertdialog" aria-labelledby="confirm-close-title">
            <p id="confirm-close-title" className="confirm__title">
              Close this session?
            </p>
            <p>
              Scores and consensus become final, the room closes and raters’ access ends.
              {canRound2 && ' The second round will not take place.'}
            </p>
            <div className="form__actions">
              <Button
                variant="danger"
                busy={close.pending}
                onClick={() => void close.run({ sessionId: session.id })}
              >
                Close the session
              </Button>
              <Button variant="quiet" onClick={() => setConfirmClose(false)}>
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
