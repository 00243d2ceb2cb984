import { useEffect } from 'react';
import { useStatus } from '../state/status-store.js';

/** Good news fades after a while; errors stay until someone dismisses them. */
const FADE_AFTER_MS = 8_000;

/**
 * The live region for what just happened. It stays in the page even when empty, because screen
 * readers only announce changes to a region that already exists.
 */
export function StatusRegion() {
  const message = useStatus((state) => state.message);
  const dismiss = useStatus((state) => state.dismiss);

  useEffect(() => {
    if (!message || message.tone === 'error') return;
    const timer = setTimeout(() => {
      if (useStatus.getState().message?.id === message.id) dismiss();
    }, FADE_AFTER_MS);
    return () => clearTimeout(timer);
  }, [message, dismiss]);

  return (
    <div className="status-region" role="status" aria-live="polite">
      {message && (
        <div key={message.id} className={`status status--${message.tone}`}>
          <span className="status__text">{message.text}</span>
          <button
            type="button"
            className="status__dismiss"
            onClick={dismiss}
            aria-label="Dismiss message"
          >
            Dismiss
          </button>
        </div>
      )}
    </div>
  );
}
