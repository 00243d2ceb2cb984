// A phase control that asks a question puts it where its button was. Cancelling removes the
// focused question, so focus goes back to the button that asked (marked `data-asks`) rather than
// falling to the top of the page.
import type { RefObject } from 'react';
import { useCallback, useEffect, useRef } from 'react';

export function useFocusBack(asking: boolean): {
  /** The element holding the asking buttons. */
  controls: RefObject<HTMLDivElement | null>;
  /** Call as a question is cancelled; focus moves once it has gone. */
  cancelled: () => void;
} {
  const controls = useRef<HTMLDivElement>(null);
  const refocus = useRef(false);
  useEffect(() => {
    if (asking || !refocus.current) return;
    refocus.current = false;
    controls.current?.querySelector<HTMLButtonElement>('[data-asks]')?.focus();
  }, [asking]);
  const cancelled = useCallback(() => {
    refocus.current = true;
  }, []);
  return { controls, cancelled };
}
