// The meeting's big steps, in order: start scoring, end it with the reveal, second round, close.
import { useEffect, useRef, useState } from 'react';
import type { SessionDetail } from '../../../../src-main/domain/session.js';
import { useMutation } from '../../../api/use-mutation.js';
import { Button } from '../../../ui/Button.js';
import { RevealConfirm } from '../../../meeting/RevealConfirm.js';

export function PhaseControls({ session }: { session: SessionDetail }) {
  const start = useMutation('sessions.start');
  const round2 = useMutation('sessions.startSecondRound');
  const close = useMutation('sessions.close');
  const [confirmClose, setConfirmClose] = useState(false);
  // The round the reveal question was asked in: a second round starts with it closed.
  const [revealAskedIn, setRevealAskedIn] = useState<number | null>(null);
  const confirmReveal = revealAskedIn === session.currentRound;
  // Cancelling the question removes the focused button: focus goes back to the one that asked.
  const controls = useRef<HTMLDivElement>(null);
  const refocus = useRef(false);
  useEffect(() => {
    if (confirmReveal || !refocus.current) return;
    refocus.current = false;
    controls.current?.querySelector<HTMLButtonElement>('[data-asks-reveal]')?.focus();
  }, [confirmReveal]);
  const error = start.error ?? round2.error ?? close.error;
  const canRound2 =
    session.phase === 'revealed' && session.options.rounds === 2 && session.currentRound < 2;
  return (
    <div className="phase-controls" ref={controls}>
      {session.phase === 'draft' && (
        <Button
          variant="primary"
          busy={start.pending}
          onClick={() => void start.run({ sessionId: session.id })}
        >
          Start scoring
        </Button>
      )}
      {session.phase === 'scoring' &&
        (!confirmReveal ? (
          <Button
            data-asks-reveal
            variant="primary"
            onClick={() => setRevealAskedIn(session.currentRound)}
          >
            End scoring and reveal…
          </Button>
        ) : (
          <RevealConfirm
            session={session}
            onCancel={() => {
              refocus.current = true;
              setRevealAskedIn(null);
            }}
            onRevealed={() => setRevealAskedIn(null)}
          />
        ))}
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
