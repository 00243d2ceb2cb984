import { useEffect } from 'react';

/** A rater's key stops working when the session closes (or the facilitator lets them rejoin). */
export function RaterEndedScreen() {
  useEffect(() => {
    document.title = 'Session closed · Concord';
  }, []);
  return (
    <main className="standalone">
      <p className="shell__brand">Concord</p>
      <h1>This session is closed</h1>
      <p>Thank you for scoring. Your scores are saved with the facilitator.</p>
      <p className="muted">
        If the meeting is still going, your facilitator can let you join again with the session
        code.
      </p>
    </main>
  );
}
