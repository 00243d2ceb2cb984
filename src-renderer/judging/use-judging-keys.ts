// The judging keyboard: ← or 1 chooses the left sample, → or 2 the right one. Like the scoring
// keys (scoring/use-scoring-keys.ts) the listener sits on the window, so a judge need not click
// into the page first; keys typed into the note or pressed with a modifier belong to someone
// else, and a held-down key does not go on to choose the next pair as well.
import { useEffect, useLayoutEffect, useRef } from 'react';
import type { Side } from '../../src-main/domain/judging.js';
import { isTypingTarget } from '../scoring/keys.js';

/** Which side a key chooses; null when the key is not ours. */
export function sideOfKey(key: string): Side | null {
  if (key === 'ArrowLeft' || key === '1') return 'left';
  if (key === 'ArrowRight' || key === '2') return 'right';
  return null;
}

/** Calls `onChoose` for a judging key while `active`. */
export function useJudgingKeys(active: boolean, onChoose: (side: Side) => void): void {
  // The listener stays put while the screen re-renders (each keystroke in the note does).
  const latest = useRef(onChoose);
  useLayoutEffect(() => {
    latest.current = onChoose;
  });
  useEffect(() => {
    if (!active) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || event.repeat) return;
      if (event.defaultPrevented || isTypingTarget(event.target)) return;
      const side = sideOfKey(event.key);
      if (!side) return;
      event.preventDefault();
      latest.current(side);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [active]);
}
