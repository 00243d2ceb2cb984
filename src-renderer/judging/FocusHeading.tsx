// A screen's main heading that takes the focus when the screen changes under the judge (a new
// pair, or the last one done), so a keyboard or screen reader user hears what is there now.
import type { ReactNode } from 'react';
import { useEffect, useRef } from 'react';

export function FocusHeading({
  focus,
  className,
  children,
}: {
  focus: boolean;
  className?: string;
  children: ReactNode;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focus) heading.current?.focus();
  }, [focus]);
  return (
    <h1 ref={heading} className={className} tabIndex={-1}>
      {children}
    </h1>
  );
}
