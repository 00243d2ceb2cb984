import { useEffect } from 'react';

/**
 * A browser without a usable access key: it arrived without the address `concord serve` printed,
 * or the server no longer accepts the key (it was restarted and printed a new address).
 */
export function NoTokenScreen({ refused = false }: { refused?: boolean }) {
  useEffect(() => {
    document.title = 'Open the printed address · Concord';
  }, []);
  return (
    <main className="standalone">
      <p className="shell__brand">Concord</p>
      <h1>Open the address printed by concord serve</h1>
      {refused && (
        <p className="notice notice--error" role="alert">
          Concord no longer accepts the access key this tab had. This happens when concord serve is
          restarted: it prints a new address each time.
        </p>
      )}
      <p>
        That address carries your access key. Copy the whole line that starts with{' '}
        <code>http://</code> from the window where <code>concord serve</code> is running, and open
        it in this browser.
      </p>
      <p>
        Joining a calibration session as a rater? <a href="#/join">Type your session code</a>.
      </p>
      <p className="muted">
        The key is kept only in this browser tab and hidden from the address bar once it is read.
      </p>
    </main>
  );
}
