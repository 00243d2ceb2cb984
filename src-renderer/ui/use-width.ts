// The width a box has on screen in whole pixels, kept up to date as the window or the layout
// changes. Until it has been measured, and where nothing lays out (as in tests), it is the given
// fallback: a width to draw at anyway, or null for "not measured yet". A box that is hidden
// (0 wide, as the pane a narrow screen switches away from) keeps the width it had.
import type { RefObject } from 'react';
import { useLayoutEffect, useState } from 'react';

export function useWidth<F extends number | null>(
  ref: RefObject<HTMLElement | null>,
  fallback: F,
): number | F {
  const [width, setWidth] = useState<number | F>(fallback);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const measure = () => {
      const measured = Math.floor(element.clientWidth);
      if (measured > 0) setWidth(measured);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}
