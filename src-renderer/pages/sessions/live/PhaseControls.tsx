// The meeting's big steps, in order: start scoring, end it with the reveal, second round, close.
import { useState } from 'react';
import type { SessionDetail } from '../../../../src-main/domain/session.js';
import { useMutation } from '../../../api/use-mutation.js';
import { Button } from '../../../ui/Button.js';
import { RevealConfirm } from '../../../meeting/RevealConfirm.js';
import { CloseSessionConfirm } from './CloseSessionConfirm.js';
import { StartSession } from './StartSession.js';
import { useFocusBack } from './use-focus-back.js';

export function PhaseControls({ session }: { session: SessionDetail }) {
  const round2 = useMutation('sessions.startSecondRound');
  const close = useMutation('sessions.close');
  const [confirmClose, setConfirmClose] = useState(false);
  // The round the reveal question was asked in: a second round starts with it closed.
  const [revealAskedIn, setRevealAskedIn] = useState<number | null>(null);
  const confirmReveal = revealAskedIn === session.currentRound;
  const { controls, cancelled } = useFocusBack(confirmReveal);
  const error = round2.error ?? close.error;
  const canRound2 =
    session.phase === 'revealed' && session.options.rounds === 2 && session.currentRound < 2;
  return (
    <div className="phase-controls" ref={controls}>
      {session.phase === 'draft' && (
        <StartSession sessionId={session.id}>Start scoring</StartSession>
      )}
      {session.phase === 'scoring' &&
        (!confirmReveal ? (
          <Button
            data-asks
            variant="primary"
            onClick={() => setRevealAskedIn(session.currentRound)}
          >
            End scoring and reveal…
          </Button>
        ) : (
          <RevealConfirm
            session={session}
            onCancel={() => {
              cancelled();
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
          <CloseSessionConfirm
            busy={close.pending}
            onClose={() => void close.run({ sessionId: session.id })}
            onCancel={() => setConfirmClose(false)}
          >
            Scores and consensus become final, the room closes and raters’ access ends.
            {canRound2 && ' The second round will not take place.'}
          </CloseSessionConfirm>
        ))}
      {error && (
        <p className="field__error" role="alert">
          {error.message}
        </p>
      )}
    </div>
  );
}
