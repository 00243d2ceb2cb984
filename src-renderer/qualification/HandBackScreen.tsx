import { useEffect } from 'react';

/**
 * The end of a qualification check: the rater finished (or the attempt's key expired, or the
 * coach started another attempt for them). Nothing of the workspace is reachable from here.
 */
export function HandBackScreen() {
  useEffect(() => {
    document.title = 'Check finished · Concord';
  }, []);
  return (
    <main className="standalone">
      <p className="shell__brand">Concord</p>
      <h1>Please hand the device back to the coach</h1>
      <p>
        Your qualification check is finished. Your scores and your result are saved with the coach.
      </p>
      <p className="muted">
        To continue an unfinished check later, ask the coach to open it for you again.
      </p>
    </main>
  );
}
