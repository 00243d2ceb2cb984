// Coalesces the change events of one open screen. Forty raters scoring at once would otherwise
// send the facilitator's board one event, and so one refetch, per score; events carry no data, so
// a later event says all that an earlier one of the same topic and session said. The first event
// goes out at once, then at most one more per window, after the last one within it.
import type { Change } from '../services/events.js';

export interface ChangeThrottle {
  push(change: Change): void;
  /** Drops whatever is pending (the screen went away). */
  stop(): void;
}

interface Window {
  pending: Change | null;
  timer: NodeJS.Timeout;
}

export function throttleChanges(
  deliver: (change: Change) => void,
  windowMs: number,
): ChangeThrottle {
  const open = new Map<string, Window>();

  const startWindow = (key: string): Window => {
    const window: Window = {
      pending: null,
      timer: setTimeout(() => {
        const last = window.pending;
        if (last === null) {
          open.delete(key);
          return;
        }
        deliver(last);
        open.set(key, startWindow(key));
      }, windowMs),
    };
    return window;
  };

  return {
    push(change) {
      const key = `${change.topic}\u001f${change.sessionId ?? ''}`;
      const window = open.get(key);
      if (window) {
        window.pending = window.pending === null ? change : merged(window.pending, change);
        return;
      }
      deliver(change);
      open.set(key, startWindow(key));
    },
    stop() {
      for (const window of open.values()) clearTimeout(window.timer);
      open.clear();
    },
  };
}

/** One event for two of the same topic and session: it names a person only if both name them. */
function merged(earlier: Change, later: Change): Change {
  if (earlier.personId === later.personId) return later;
  const { personId: _dropped, ...rest } = later;
  return rest;
}
