// A box a wide table may scroll in sideways. It becomes a focusable, named region only while its
// content is wider than it (on a phone, say): then keyboard users can reach it and scroll it
// with the arrow keys, and a line above says that there is more to the side. When everything
// fits, it adds no tab stop.
import type { ReactNode } from 'react';
import { useId, useRef } from 'react';
import { useScrollsSideways } from '../../ui/scrolls-sideways.js';

export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const overflowing = useScrollsSideways(ref);
  const hintId = useId();
  return (
    <>
      {overflowing && (
        <p id={hintId} className="drift-scroll-hint">
          This table is wider than the screen: scroll it sideways (or select it and use the arrow
          keys) to see every column. The first column stays in place.
        </p>
      )}
      <div
        ref={ref}
        className="drift-scroll"
        role="region"
        aria-label={label}
        aria-describedby={overflowing ? hintId : undefined}
        tabIndex={overflowing ? 0 : undefined}
      >
        {children}
      </div>
    </>
  );
}
