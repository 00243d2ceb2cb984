// Whether a box's content is wider than the box: wide tables scroll sideways on narrow screens,
// and only then does their box become a named, focusable region (so a table that fits adds no
// tab stop, and one that scrolls can be reached and scrolled from the keyboard).
import type { RefObject } from 'react';
import { useLayoutEffect, useState } from 'react';

/** Kept up to date as the box or its content resizes; measured before paint. */
export function useScrollsSideways(ref: RefObject<HTMLElement | null>): boolean {
  // Without a way to watch sizes, assume it may scroll: a needless tab stop beats an unreachable
  // column.
  const [scrolls, setScrolls] = useState(() => typeof ResizeObserver === 'undefined');
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const measure = () => setScrolls(element.scrollWidth > element.clientWidth + 1);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    // A table grows with its rows and cells while its box keeps its width.
    if (element.firstElementChild) observer.observe(element.firstElementChild);
    return () => observer.disconnect();
  }, [ref]);
  return scrolls;
}
