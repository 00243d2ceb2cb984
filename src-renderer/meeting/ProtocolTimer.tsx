import { useEffect, useState } from 'react';
import type { SessionDetail } from '../../src-main/domain/session.js';
import { formatClock, timerView } from './timer.js';

/** The protocol phase under way, counting down on every screen from the same start time. */
export function ProtocolTimer({
  session,
  large = false,
}: {
  session: SessionDetail;
  large?: boolean;
}) {
  const [now, setNow] = useState(() => Date.now());
  const running = session.timer !== null;
  useEffect(() => {
    if (!running) return;
    const id = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(id);
  }, [running]);
  const view = timerView(session.options.protocol, session.timer, session.sampleIds.length, now);
  if (!view) return null;
  return (
    <p className={`timer${view.overtime ? ' timer--over' : ''}${large ? ' timer--large' : ''}`}>
      <span className="timer__name">{view.name}</span>{' '}
      <span className="timer__clock numeric">
        {view.overtime ? `+${formatClock(view.remainingMs)}` : formatClock(view.remainingMs)}
      </span>
      {view.overtime && <span className="timer__note"> time is up</span>}
    </p>
  );
}
