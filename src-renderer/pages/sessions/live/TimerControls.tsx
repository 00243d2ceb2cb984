import type { SessionDetail } from '../../../../src-main/domain/session.js';
import { useMutation } from '../../../api/use-mutation.js';
import { ProtocolTimer } from '../../../meeting/ProtocolTimer.js';
import { Button } from '../../../ui/Button.js';

/** The protocol's time-boxed phases; starting one shows its countdown on every screen. */
export function TimerControls({ session }: { session: SessionDetail }) {
  const start = useMutation('sessions.startTimer');
  const protocol = session.options.protocol;
  if (protocol.length === 0) return null;
  return (
    <section className="panel timers" aria-labelledby="timers-title">
      <h2 id="timers-title">Protocol timer</h2>
      <ProtocolTimer session={session} large />
      {!session.timer && <p className="muted">No phase started. Raters see the countdown too.</p>}
      <ol className="timers__list">
        {protocol.map((phase, i) => (
          <li key={i} className={session.timer?.phaseIndex === i ? 'timers__current' : undefined}>
            <span>
              {phase.name}: {phase.minutes} min{phase.perSample ? ' per sample' : ''}
            </span>
            <Button
              variant="quiet"
              busy={start.pending}
              onClick={() => void start.run({ sessionId: session.id, phaseIndex: i })}
            >
              {session.timer?.phaseIndex === i ? 'Restart' : 'Start'} {phase.name}
            </Button>
          </li>
        ))}
      </ol>
      {start.error && <p className="field__error">{start.error.message}</p>}
    </section>
  );
}
